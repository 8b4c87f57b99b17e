// Offscreen test of the dashboard's chart panel: kinds, messages instead of
// charts, dropped stale results, export. With HEDGEPLAN_SCREENSHOT_DIR set it
// also saves chartpanel.png (1400×800) of the demo's cost chart there.
#include "ViewTestRegistry.h"
#include "charts/ChartPanel.h"
#include "charts/ChartView.h"
#include "canonical/DemoPortfolio.h"

#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

class ChartPanelTest : public QObject {
    Q_OBJECT

private:
    hp::Project m_demo = hp::DemoPortfolio::load();

    static void settle(hp::ChartPanel &panel)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 60000);
    }

    void showDemo(hp::ChartPanel &panel, const QString &scenario, const QString &compare = {})
    {
        panel.setDebounce(0);
        panel.setProject(m_demo);
        panel.setScenarios(scenario, compare);
    }

private Q_SLOTS:
    void costChartOfTheDemo()
    {
        hp::ChartPanel panel;
        QVERIFY(!panel.hasChart()); // nothing fed yet
        QVERIFY(!panel.copyButton()->isEnabled());
        showDemo(panel, QStringLiteral("Status quo"));
        QVERIFY(panel.isBusy());
        settle(panel);
        QVERIFY2(panel.hasChart(), qPrintable(panel.messageLabel()->text()));
        QCOMPARE(panel.kind(), hp::ChartKind::CostByComponent);
        QCOMPARE(panel.chartData().kind, hp::ChartKind::CostByComponent);
        QVERIFY(panel.chartView()->chart()->series().count() > 0);
        QVERIFY(panel.copyButton()->isEnabled());
        QVERIFY(panel.exportButton()->isEnabled());
        QCOMPARE(panel.suggestedFileName(), QStringLiteral("cost-status-quo.png"));
    }

    void pickingAKindShowsIt()
    {
        hp::ChartPanel panel;
        showDemo(panel, QStringLiteral("Status quo"));
        settle(panel);
        QCOMPARE(panel.kindPicker()->count(), 14);
        const int providers = panel.kindPicker()->findData(int(hp::ChartKind::SpendByProvider));
        QVERIFY(providers > 0);
        panel.kindPicker()->setCurrentIndex(providers);
        settle(panel);
        QVERIFY2(panel.hasChart(), qPrintable(panel.messageLabel()->text()));
        QCOMPARE(panel.chartData().kind, hp::ChartKind::SpendByProvider);
        QVERIFY(panel.chartView()->chart()->series().count() > 0);
        panel.setScenarios(QStringLiteral("Pivot"));
        panel.setKind(hp::ChartKind::Tornado); // an analysis, off the GUI thread
        settle(panel);
        QVERIFY2(panel.hasChart(), qPrintable(panel.messageLabel()->text()));
        QCOMPARE(panel.chartData().kind, hp::ChartKind::Tornado);
    }

    void capacityAndSiliconAuditAreInThePicker()
    {
        // The demo's Status quo rations H200 inference on Cloud A and pays a silicon premium.
        hp::ChartPanel panel;
        showDemo(panel, QStringLiteral("Status quo"));
        settle(panel);
        const int capacity = panel.kindPicker()->findData(int(hp::ChartKind::Capacity));
        const int audit = panel.kindPicker()->findData(int(hp::ChartKind::SiliconAudit));
        QVERIFY(capacity > 0);
        QVERIFY(audit > 0);
        QCOMPARE(panel.kindPicker()->itemText(capacity), QStringLiteral("Capacity (rationing)"));
        panel.kindPicker()->setCurrentIndex(capacity);
        settle(panel);
        QVERIFY2(panel.hasChart(), qPrintable(panel.messageLabel()->text()));
        QCOMPARE(panel.chartData().kind, hp::ChartKind::Capacity);
        QCOMPARE(int(panel.chartData().series.size()), 3); // placed, available, served
        panel.kindPicker()->setCurrentIndex(audit);
        settle(panel);
        QVERIFY2(panel.hasChart(), qPrintable(panel.messageLabel()->text()));
        QCOMPARE(panel.chartData().kind, hp::ChartKind::SiliconAudit);
        QVERIFY(panel.chartData().horizontalBars);
        QCOMPARE(panel.suggestedFileName(), QStringLiteral("silicon-audit-status-quo.png"));
    }

    void aTornadoWithoutRangesSaysHowToAddThem()
    {
        hp::ChartPanel panel;
        showDemo(panel, QStringLiteral("Status quo")); // the demo's Status quo has no uncertainty ranges
        panel.setKind(hp::ChartKind::Tornado);
        settle(panel);
        QVERIFY(!panel.hasChart()); // no empty $0–$1 chart
        const QString text = panel.messageLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("no uncertainty ranges")) && text.contains(QStringLiteral("Scenarios page")), qPrintable(text));
        QVERIFY(!panel.exportButton()->isEnabled());
    }

    void unknownScenarioShowsTheMessage()
    {
        hp::ChartPanel panel;
        showDemo(panel, QStringLiteral("No such plan"));
        settle(panel);
        QVERIFY(!panel.hasChart());
        QCOMPARE(panel.messageLabel()->text(), QStringLiteral("unknown scenario 'No such plan'"));
        QVERIFY(!panel.copyButton()->isEnabled());
        QVERIFY(!panel.exportButton()->isEnabled());
        panel.setScenarios(QStringLiteral("Status quo")); // and back
        settle(panel);
        QVERIFY(panel.hasChart());
    }

    void comparisonNeedsScenarioB()
    {
        hp::ChartPanel panel;
        panel.setKind(hp::ChartKind::ScenarioComparison);
        showDemo(panel, QStringLiteral("Status quo"));
        settle(panel);
        QVERIFY(!panel.hasChart());
        QVERIFY(panel.messageLabel()->text().contains(QStringLiteral("compare with")));
        panel.setScenarios(QStringLiteral("Status quo"), QStringLiteral("Pivot"));
        settle(panel);
        QVERIFY2(panel.hasChart(), qPrintable(panel.messageLabel()->text()));
        QCOMPARE(panel.chartData().kind, hp::ChartKind::ScenarioComparison);
    }

    void staleResultIsDropped()
    {
        hp::ChartPanel panel;
        panel.setKind(hp::ChartKind::MonteCarloFan); // 1000 trials: the slow one
        showDemo(panel, QStringLiteral("Status quo"));
        QCoreApplication::processEvents(); // the debounce fires: the fan starts
        QVERIFY(panel.isBusy());
        panel.setKind(hp::ChartKind::CostByComponent);
        settle(panel);
        QThreadPool::globalInstance()->waitForDone(); // the fan ends…
        QCoreApplication::processEvents();            // …and its result arrives
        QCoreApplication::processEvents();
        QCOMPARE(panel.chartData().kind, hp::ChartKind::CostByComponent);
        QVERIFY(!panel.isBusy());
    }

    void exportsByTheSuffix()
    {
        hp::ChartPanel panel;
        showDemo(panel, QStringLiteral("Status quo"));
        settle(panel);
        QTemporaryDir dir;
        QString error;
        const QString svg = dir.filePath(QStringLiteral("cost.svg"));
        QVERIFY2(panel.exportTo(svg, &error), qPrintable(error));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("<svg"));
        QVERIFY(!panel.exportTo(dir.filePath(QStringLiteral("cost.doc")), &error));
        QVERIFY2(error.contains(QStringLiteral("cost.doc")), qPrintable(error));
        const QString png = dir.filePath(QStringLiteral("chosen.png"));
        panel.setFileChooser([&](const QString &suggestion) {
            [&] { QCOMPARE(suggestion, QStringLiteral("cost-status-quo.png")); }();
            return png;
        });
        panel.exportButton()->click();
        QFile p(png);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QCOMPARE(p.read(4), QByteArray("\x89PNG"));
    }

    void fontsFollowTheHeight()
    {
        hp::ChartPanel panel;
        panel.resize(1400, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        showDemo(panel, QStringLiteral("Status quo"));
        settle(panel);
        QVERIFY(panel.hasChart());
        QCOMPARE(panel.chartView()->chart()->titleFont().pixelSize(), 30); // the house style at scale 1
        panel.resize(700, 300); // a dock: scale 0.55 (the floor) → 30 × 0.55 = 16.5 → 17
        QTRY_COMPARE(panel.chartView()->chart()->titleFont().pixelSize(), 17);
        QCOMPARE(panel.chartData().kind, hp::ChartKind::CostByComponent); // restyled, not rebuilt
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("HEDGEPLAN_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("HEDGEPLAN_SCREENSHOT_DIR not set");
        hp::ChartPanel panel;
        panel.resize(1400, 800);
        panel.show();
        showDemo(panel, QStringLiteral("Status quo"));
        settle(panel);
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTest::qWait(200);
        QVERIFY(panel.grab().save(dir + QStringLiteral("/chartpanel.png")));
    }
};

HP_VIEW_TEST(ChartPanelTest)
#include "ChartPanelTest.moc"
