// The overview's model (models/itemmodels/ScenarioOverviewModel) and the
// calculator's evaluation of every scenario that feeds it.
#include "ProjectBuilder.h"
#include "document/ProjectDocument.h"
#include "document/ResultsCalculator.h"
#include "itemmodels/ScenarioOverviewModel.h"
#include "canonical/DemoPortfolio.h"
#include "money/MoneyFormat.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace hptest;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

/// Base: 12 months of 100 units at 2.00 (2,400.00); Long: 24 months (4,800.00); Broken: no length.
hp::Project threeScenarios()
{
    ProjectBuilder b;
    b.provider("cloud").offering("gpu", "cloud", "2.00");
    b.workload("chat", hp::WorkloadClass::StatelessApi, "100");
    b.scenario("Base", "2026-01", 12).place("chat", "2026-01", {{"gpu", "100"}});
    b.lastScenario().discountRatePct = D("0");
    b.scenario("Long", "", 24, "Base");
    b.scenario("Broken", "2026-01", 12, "Base");
    b.lastScenario().months = 300; // more than 240 months: cannot be evaluated
    return b.p;
}

} // namespace

TEST(ResultsCalculator, EvaluatesEveryScenarioOnceForTheOverview)
{
    const hp::Project demo = hp::DemoPortfolio::load();
    const hp::ScenarioResults r = hp::ResultsCalculator::evaluate(demo, S("Pivot"), S("Status quo"), 7, true);
    ASSERT_TRUE(r.all.has_value());
    ASSERT_EQ(r.all->size(), demo.scenarios.size());
    EXPECT_EQ(r.currency, S("USD"));
    for (std::size_t i = 0; i < demo.scenarios.size(); ++i) {
        EXPECT_EQ((*r.all)[i].scenario, demo.scenarios[i].name);
        ASSERT_TRUE((*r.all)[i].result.has_value()) << (*r.all)[i].error.toStdString();
    }
    // The dashboard's scenarios are the same evaluations as the overview's.
    const hp::ScenarioResults alone = hp::ResultsCalculator::evaluate(demo, S("Pivot"), S("Status quo"), 7);
    EXPECT_FALSE(alone.all.has_value());
    ASSERT_TRUE(alone.primary.result && r.primary.result && r.compare && r.compare->result);
    EXPECT_EQ(r.primary.result->totals.total, alone.primary.result->totals.total);
    EXPECT_EQ(r.primary.result->totals.total, (*r.all)[1].result->totals.total);
    EXPECT_EQ(r.compare->result->totals.npv, (*r.all)[0].result->totals.npv);
    // A name that is no scenario still gets its own error.
    const hp::ScenarioResults unknown = hp::ResultsCalculator::evaluate(demo, S("Nope"), {}, 8, true);
    EXPECT_FALSE(unknown.primary.result.has_value());
    EXPECT_FALSE(unknown.primary.error.isEmpty());
}

TEST(ScenarioOverviewModel, ShowsEachScenarioTotalsOrWhyNot)
{
    hp::ScenarioOverviewModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), 1 + hp::ScenarioOverviewModel::figureCount());
    model.setResults(hp::ResultsCalculator::evaluate(threeScenarios(), S("Base"), {}, 1)); // no `all`: ignored
    EXPECT_EQ(model.rowCount(), 0);

    model.setResults(hp::ResultsCalculator::evaluate(threeScenarios(), S("Base"), {}, 2, true));
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), S("Scenario"));
    EXPECT_EQ(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), S("Total cost (USD)"));
    EXPECT_EQ(model.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(), S("Risk-adjusted total (USD)"));
    EXPECT_EQ(model.headerData(3, Qt::Horizontal, Qt::DisplayRole).toString(), S("NPV (USD)"));
    EXPECT_EQ(model.index(0, 0).data().toString(), S("Base"));
    // Compact money by default (issue #17), the exact figure in the tooltip.
    EXPECT_EQ(model.moneyStyle(), hp::MoneyStyle::Compact);
    EXPECT_EQ(model.index(0, 1).data().toString(), S("$2.4K"));
    EXPECT_EQ(model.index(0, 1).data(Qt::ToolTipRole).toString(), S("2,400.00 USD"));
    EXPECT_EQ(model.index(1, 1).data().toString(), S("$4.8K"));
    // No exposure, no rationing: risk-adjusted = total 4 800 + 0 + 0.
    EXPECT_EQ(model.index(1, 2).data().toString(), S("$4.8K"));
    {
        QSignalSpy restyled(&model, &QAbstractItemModel::dataChanged);
        model.setMoneyStyle(hp::MoneyStyle::Exact);
        EXPECT_EQ(restyled.count(), 1);
        model.setMoneyStyle(hp::MoneyStyle::Exact); // no change, no signal
        EXPECT_EQ(restyled.count(), 1);
    }
    EXPECT_EQ(model.index(0, 1).data().toString(), S("2,400.00"));
    EXPECT_EQ(model.index(1, 2).data().toString(), S("4,800.00"));
    EXPECT_EQ(model.index(1, 4).data().toString(), S("4,800.00")); // spend
    EXPECT_EQ(model.index(1, 1).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    EXPECT_FALSE(model.isError(0));
    EXPECT_TRUE(model.isError(2));
    EXPECT_TRUE(model.index(2, 1).data().toString().startsWith(S("cannot evaluate: ")));
    EXPECT_TRUE(model.index(2, 2).data().toString().isEmpty());
    EXPECT_TRUE(model.index(2, 1).data(Qt::ForegroundRole).isValid());

    // Same scenarios, new figures: rows change in place (no reset).
    hp::Project cheaper = threeScenarios();
    cheaper.offerings[0].unitPrice = D("1.00");
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setResults(hp::ResultsCalculator::evaluate(cheaper, S("Base"), {}, 3, true));
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(model.index(0, 1).data().toString(), S("1,200.00"));

    // A scenario fewer: the model resets.
    cheaper.scenarios.pop_back();
    model.setResults(hp::ResultsCalculator::evaluate(cheaper, S("Base"), {}, 4, true));
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.rowCount(), 2);
}

TEST(ResultsCalculator, FeedsTheOverviewOnlyWhileItIsWanted)
{
    hp::ProjectDocument doc;
    doc.load(threeScenarios());
    hp::ResultsCalculator calculator(&doc);
    hp::ScenarioOverviewModel model(&calculator);
    EXPECT_EQ(hp::ResultsCalculator::kDefaultDebounceMs, 20);
    QSignalSpy ready(&calculator, &hp::ResultsCalculator::resultsReady);
    calculator.setScenarios(S("Base"));
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_FALSE(calculator.latest().all.has_value());
    EXPECT_EQ(model.rowCount(), 0);

    calculator.setOverviewWanted(true); // stale for the overview: evaluates again, with every scenario
    ASSERT_TRUE(ready.wait(10000));
    ASSERT_TRUE(calculator.latest().all.has_value());
    EXPECT_EQ(model.rowCount(), 3);

    calculator.setOverviewWanted(false);
    calculator.setOverviewWanted(true); // the latest results already have them: nothing to do
    EXPECT_FALSE(ready.wait(200));
}
