#include "engine/ScenarioEngine.h"
#include "io/DemoPortfolio.h"
#include "main/MainWindow.h"
#include "main/MoneyFormat.h"

#include <QTableWidget>
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
        const hp::Project demo = hp::DemoPortfolio::load();
        const hp::ScenarioEngine engine(demo);
        std::vector<hp::ScenarioOutcome> outcomes;
        for (const hp::Scenario &s : demo.scenarios)
            outcomes.push_back({s.name, engine.evaluate(s.name)});
        outcomes.push_back({QStringLiteral("Broken"), QStringLiteral("no such scenario")});
        hp::MainWindow w;
        w.showProject(demo, outcomes);
        QTableWidget *t = w.scenarioTable();
        QCOMPARE(t->rowCount(), 5);
        QCOMPARE(t->item(0, 0)->text(), QStringLiteral("Status quo"));
        QCOMPARE(t->item(3, 0)->text(), QStringLiteral("Full exit"));
        // The total column shows the engine's figure, formatted.
        QCOMPARE(t->item(1, 1)->text(), hp::MoneyFormat::full(std::get<hp::EngineResult>(outcomes[1].result).totals.total));
        QVERIFY(t->item(4, 1)->text().contains(QStringLiteral("cannot evaluate")));
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
