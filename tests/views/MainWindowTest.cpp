#include "document/ScenarioOverviewModel.h"
#include "engine/ScenarioEngine.h"
#include "io/DemoPortfolio.h"
#include "main/MainWindow.h"
#include "main/MoneyFormat.h"

#include <QTableView>
#include <QtTest>

class MainWindowTest : public QObject {
    Q_OBJECT

private slots:
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
        QCOMPARE(m->index(1, 1).data().toString(), hp::MoneyFormat::full(pivot.totals.total));
        QCOMPARE(m->index(1, 2).data().toString(), hp::MoneyFormat::full(pivot.totals.riskAdjustedTotal));
        QCOMPARE(m->index(1, 3).data().toString(), hp::MoneyFormat::full(pivot.totals.npv));
        QCOMPARE(m->index(4, 0).data().toString(), QStringLiteral("Pivot, settled"));
        QVERIFY(m->index(5, 1).data().toString().contains(QStringLiteral("cannot evaluate")));
        QCOMPARE(t->columnSpan(5, 1), hp::ScenarioOverviewModel::figureCount());
        QCOMPARE(t->columnSpan(1, 1), 1);
        QVERIFY(w.windowTitle().contains(QStringLiteral("Frontier lab")));
    }

    void formatsMoney()
    {
        QCOMPARE(hp::MoneyFormat::full(hp::Decimal::fromString(u"1234567.125")), QStringLiteral("1,234,567.12"));
        QCOMPARE(hp::MoneyFormat::full(hp::Decimal::fromString(u"-999.995")), QStringLiteral("-1,000.00"));
        QCOMPARE(hp::MoneyFormat::full(hp::Decimal::fromString(u"12")), QStringLiteral("12.00"));
        QCOMPARE(hp::MoneyFormat::compact(hp::Decimal::fromString(u"1234567890")), QStringLiteral("$1.23B"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
