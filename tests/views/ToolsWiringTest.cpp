// Offscreen test of ToolsWiring: the Import/Export submenus and the Analysis
// menu appear in a MainWindow, and the ChartPanel in the dashboard follows
// the document and the dashboard's scenario pickers.
#include "ViewTestRegistry.h"
#include "charts/ChartPanel.h"
#include "charts/ChartView.h"
#include "document/ProjectDocument.h"
#include "canonical/DemoPortfolio.h"
#include "main/DashboardWidget.h"
#include "main/MainWindow.h"
#include "main/ToolsController.h"
#include "main/ToolsWiring.h"

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QtTest>

namespace {

QStringList titles(const QList<QAction *> &actions)
{
    QStringList out;
    for (const QAction *a : actions)
        if (!a->isSeparator())
            out << a->text();
    return out;
}

} // namespace

class ToolsWiringTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void installsMenusAndTheDashboardChart()
    {
        hp::MainWindow w; // installs the tools itself (ToolsWiring)
        const hp::ToolsWiring wiring{w.tools(), w.chartPanel()};
        QVERIFY(wiring.tools);
        QVERIFY(wiring.chartPanel);
        wiring.chartPanel->setDebounce(0);

        const QStringList bar = titles(w.menuBar()->actions());
        QCOMPARE(bar.last(), QStringLiteral("&Help"));
        QCOMPARE(bar.at(bar.size() - 2), QStringLiteral("&Analysis"));
        QMenu *file = w.menuBar()->actions().front()->menu();
        const QStringList fileItems = titles(file->actions());
        QCOMPARE(fileItems.last(), QStringLiteral("&Quit"));
        QCOMPARE(fileItems.at(fileItems.size() - 3), QStringLiteral("&Import"));
        QCOMPARE(fileItems.at(fileItems.size() - 2), QStringLiteral("E&xport"));
        QCOMPARE(fileItems.count(QStringLiteral("&Import")), 1); // installed once

        QVERIFY(w.dashboard()->chartArea()->isAncestorOf(wiring.chartPanel));
        for (QLabel *l : w.dashboard()->chartArea()->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly))
            QVERIFY(l->isHidden()); // the placeholder

        w.showProject(hp::DemoPortfolio::load());
        QTRY_VERIFY_WITH_TIMEOUT(wiring.chartPanel->hasChart() && !wiring.chartPanel->isBusy(), 30000);
        QVERIFY(wiring.chartPanel->chartView()->chart()->series().count() > 0);
        const QString first = w.dashboard()->scenarioPicker()->currentText();
        QVERIFY(wiring.chartPanel->chartData().subtitle.contains(first));

        // Another scenario on the dashboard → the chart follows it.
        QComboBox *picker = w.dashboard()->scenarioPicker();
        picker->setCurrentIndex(picker->findText(QStringLiteral("Pivot")));
        QTRY_VERIFY_WITH_TIMEOUT(wiring.chartPanel->chartData().subtitle.contains(QStringLiteral("Pivot")), 30000);

        QVERIFY(wiring.tools->exportChartAction()->isEnabled());
        Q_EMIT wiring.tools->message(QStringLiteral("hello"));
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("hello"));

        const QString dir = qEnvironmentVariable("HEDGEPLAN_SCREENSHOT_DIR");
        if (!dir.isEmpty()) { // a look at the whole window (docs/gui-tools.md)
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QTest::qWait(300);
            QVERIFY(w.grab().save(dir + QStringLiteral("/mainwindow-tools.png")));
        }
    }
};

HP_VIEW_TEST(ToolsWiringTest)
#include "ToolsWiringTest.moc"
