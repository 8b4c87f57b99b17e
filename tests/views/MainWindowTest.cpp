#include "ViewTestRegistry.h"
#include "itemmodels/ScenarioOverviewModel.h"
#include "engine/ScenarioEngine.h"
#include "canonical/DemoPortfolio.h"
#include "charts/ChartView.h"
#include "main/ExecutiveOverview.h"
#include "main/MainWindow.h"
#include "main/MoneyFormat.h"

#include <QClipboard>
#include <QLabel>
#include <QTableView>
#include <QtTest>

class MainWindowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings and recovery copies out of the user's folders
    }

    void showsEveryScenarioWithItsFigures()
    {
        hp::Project demo = hp::DemoPortfolio::load();
        hp::Scenario broken;
        broken.name = QStringLiteral("Broken");
        broken.start = hp::YearMonth(2026, 1);
        broken.months = 0; // outside 1–240: this scenario alone cannot be evaluated
        demo.scenarios.push_back(broken);
        hp::MainWindow w;
        w.showProject(demo);
        w.showPage(hp::MainWindow::Overview);
        QTableView *t = w.scenarioTable();
        QCOMPARE(t->model(), w.overviewModel());
        const QAbstractItemModel *m = t->model();
        QTRY_COMPARE_WITH_TIMEOUT(m->rowCount(), 6, 10000); // the demo's five scenarios and the broken one
        QCOMPARE(m->index(0, 0).data().toString(), QStringLiteral("Status quo"));
        QCOMPARE(m->index(3, 0).data().toString(), QStringLiteral("Full exit"));
        QCOMPARE(m->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Total cost (USD)"));
        QCOMPARE(m->columnCount(), 13);
        // The total column shows the engine's figure, formatted.
        const hp::EngineResult pivot = hp::ScenarioEngine(demo).evaluate(QStringLiteral("Pivot"));
        QCOMPARE(m->index(1, 1).data().toString(), hp::MoneyFormat::compact(pivot.totals.total)); // compact by default
        QCOMPARE(m->index(1, 1).data(Qt::ToolTipRole).toString(), hp::MoneyFormat::full(pivot.totals.total) + QStringLiteral(" USD"));
        QAction *exact = w.findChild<QAction *>(QStringLiteral("exactMoney"));
        QVERIFY(exact);
        exact->setChecked(true); // View → Exact money
        QCOMPARE(m->index(1, 1).data().toString(), hp::MoneyFormat::full(pivot.totals.total));
        QCOMPARE(m->index(1, 2).data().toString(), hp::MoneyFormat::full(pivot.totals.riskAdjustedTotal));
        QCOMPARE(m->index(1, 3).data().toString(), hp::MoneyFormat::full(pivot.totals.npv));
        exact->setChecked(false);
        QCOMPARE(m->index(1, 3).data().toString(), hp::MoneyFormat::compact(pivot.totals.npv));
        QCOMPARE(m->index(4, 0).data().toString(), QStringLiteral("Pivot, settled"));
        QVERIFY(m->index(5, 1).data().toString().contains(QStringLiteral("cannot evaluate")));
        QCOMPARE(t->columnSpan(5, 1), hp::ScenarioOverviewModel::figureCount());
        QCOMPARE(t->columnSpan(1, 1), 1);
        QVERIFY(w.windowTitle().contains(QStringLiteral("Frontier lab")));
    }

    void executiveOverviewRanksCardsWithCompactMoneyExactOnHoverAndCopy()
    {
        const hp::Project demo = hp::DemoPortfolio::load();
        hp::MainWindow w;
        w.resize(1600, 940);
        w.show();
        w.showProject(demo);
        w.showPage(hp::MainWindow::Overview);
        hp::ExecutiveOverview *overview = w.executiveOverview();
        QVERIFY(overview);
        QTRY_COMPARE_WITH_TIMEOUT(overview->cards().size(), 5, 10000);
        // The engine's totals decide the order; the cheapest card is marked.
        const hp::ScenarioEngine engine(demo);
        const hp::EngineResult fullExit = engine.evaluate(QStringLiteral("Full exit"));
        const hp::EngineResult statusQuo = engine.evaluate(QStringLiteral("Status quo"));
        QCOMPARE(overview->cards().front()->objectName(), QStringLiteral("card:Full exit"));
        QVERIFY(overview->cards().front()->property("cheapest").toBool());
        QVERIFY(!overview->cards().back()->property("cheapest").toBool());
        QCOMPARE(overview->cards().back()->objectName(), QStringLiteral("card:Status quo"));
        QCOMPARE(overview->headline()->text(),
                 QStringLiteral("Full exit is the cheapest plan: %1, %2 below Status quo. With exposure and revenue at risk, "
                                "Pivot, settled is lowest: %3 risk-adjusted.")
                     .arg(hp::MoneyFormat::compact(fullExit.totals.total),
                          hp::MoneyFormat::compact(statusQuo.totals.total - fullExit.totals.total),
                          hp::MoneyFormat::compact(engine.evaluate(QStringLiteral("Pivot, settled")).totals.riskAdjustedTotal)));
        // Compact money on the card, the exact figure on hover.
        QLabel *total = nullptr;
        const auto labels = overview->cards().front()->findChildren<QLabel *>();
        for (int i = 0; i + 1 < labels.size(); ++i)
            if (labels[i]->text() == QStringLiteral("Total cost"))
                total = labels[i + 1];
        QVERIFY(total);
        QCOMPARE(total->text(), hp::MoneyFormat::compact(fullExit.totals.total)); // "$123.84B"
        QCOMPARE(total->toolTip(), hp::MoneyFormat::full(fullExit.totals.total) + QStringLiteral(" USD"));
        // Copy puts the exact figures on the clipboard.
        const auto actions = overview->cards().front()->actions();
        QCOMPARE(actions.size(), 1);
        actions.front()->trigger();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(QStringLiteral("Total cost (USD)\t%1").arg(fullExit.totals.total.toCents())), qPrintable(copied));
        QVERIFY(copied.contains(QStringLiteral("Full exit pays back against Status quo in")));
        // The chart ranks the same scenarios.
        QCOMPARE(overview->chart()->chartData().categories.front(), QStringLiteral("Full exit"));
        QCOMPARE(overview->chart()->chartData().categories.size(), 5);
    }

    void formatsMoney()
    {
        QCOMPARE(hp::MoneyFormat::full(hp::Decimal::fromString(u"1234567.125")), QStringLiteral("1,234,567.12"));
        QCOMPARE(hp::MoneyFormat::full(hp::Decimal::fromString(u"-999.995")), QStringLiteral("-1,000.00"));
        QCOMPARE(hp::MoneyFormat::full(hp::Decimal::fromString(u"12")), QStringLiteral("12.00"));
        QCOMPARE(hp::MoneyFormat::compact(hp::Decimal::fromString(u"1234567890")), QStringLiteral("$1.23B"));
    }
};

HP_VIEW_TEST(MainWindowTest)
#include "MainWindowTest.moc"
