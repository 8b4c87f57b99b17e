#include "ProjectBuilder.h"
#include "itemmodels/DashboardModel.h"
#include "document/FieldType.h"
#include "itemmodels/OfferingsModel.h"
#include "itemmodels/PlacementModel.h"
#include "document/ProjectDocument.h"
#include "document/ResultsCalculator.h"
#include "itemmodels/ScenarioTreeModel.h"
#include "canonical/DemoPortfolio.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace hptest;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

/// Base: 12 months of 100 units at 2.00 (total 2,400.00); Child inherits everything.
/// gpu2 (4.00 per unit, same provider) is not used yet.
hp::Project treeProject()
{
    ProjectBuilder b;
    b.provider("cloud").offering("gpu", "cloud", "2.00").offering("gpu2", "cloud", "4.00");
    b.workload("chat", hp::WorkloadClass::StatelessApi, "100");
    b.scenario("Base", "2026-01", 12).place("chat", "2026-01", {{"gpu", "100"}});
    b.lastScenario().discountRatePct = D("0");
    b.scenario("Child", "", 0, "Base");
    return b.p;
}

QString totalOf(const hp::Project &p, const char *scenario)
{
    return hp::ScenarioEngine(p).evaluate(S(scenario)).totals.total.toCents();
}

} // namespace

TEST(ScenarioTreeModel, ShowsInheritedValuesAndOverridesThatRevert)
{
    hp::ProjectDocument doc;
    doc.load(treeProject());
    hp::ScenarioTreeModel tree(&doc);
    QAbstractItemModelTester tester(&tree, kFatal);
    ASSERT_EQ(tree.rowCount(), 1);
    const QModelIndex base = tree.index(0, 0);
    ASSERT_EQ(tree.rowCount(base), 1);
    const QModelIndex months = tree.index(0, hp::ScenarioTreeModel::Months, base);
    EXPECT_EQ(tree.scenarioName(months), S("Child"));
    EXPECT_EQ(months.data().toString(), S("12 (from Base)"));
    EXPECT_FALSE(months.data(hp::DocumentRoles::Overridden).toBool());

    // Child runs 6 months: 6 × 100 × 2.00.
    ASSERT_TRUE(tree.setData(months, S("6")));
    EXPECT_EQ(months.data().toString(), S("6"));
    EXPECT_TRUE(months.data(hp::DocumentRoles::Overridden).toBool());
    EXPECT_EQ(totalOf(doc.project(), "Child"), S("1200.00"));
    EXPECT_FALSE(tree.setData(months, S("241")));
    EXPECT_EQ(tree.lastError(), S("Months: “241” refused — a length of 1 to 240 months"));
    EXPECT_EQ(months.data(hp::DocumentRoles::Refusal).toString(), tree.lastError());

    tree.revertOverride(months);
    EXPECT_FALSE(doc.project().scenarios[1].months.has_value());
    EXPECT_EQ(totalOf(doc.project(), "Child"), S("2400.00"));
    EXPECT_EQ(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    EXPECT_EQ(*doc.project().scenarios[1].months, 6);

    // A rename carries the children along, in one undo step.
    ASSERT_TRUE(tree.setData(base, S("Root")));
    EXPECT_EQ(doc.project().scenarios[1].parent, S("Root"));
    EXPECT_FALSE(tree.setData(base, S("Child")));
    doc.undoStack()->undo();
    EXPECT_EQ(doc.project().scenarios[1].parent, S("Base"));

    const QModelIndex added = tree.addChild(tree.index(0, 0));
    EXPECT_EQ(tree.scenarioName(added), S("Base variant"));
    EXPECT_EQ(tree.rowCount(tree.index(0, 0)), 2);
    EXPECT_FALSE(tree.removeScenario(tree.index(0, 0)));
    EXPECT_TRUE(tree.removeScenario(tree.indexOf(S("Base variant"))));
    EXPECT_EQ(doc.project().scenarios.size(), 2u);
}

TEST(ScenarioTreeModel, PassesTheTesterOnTheDemo)
{
    hp::ProjectDocument doc;
    doc.load(hp::DemoPortfolio::load());
    hp::ScenarioTreeModel tree(&doc);
    QAbstractItemModelTester tester(&tree, kFatal);
    ASSERT_EQ(tree.rowCount(), 1);
    EXPECT_EQ(tree.rowCount(tree.index(0, 0)), 3);
    EXPECT_EQ(tree.index(0, hp::ScenarioTreeModel::Placements).data().toString(), S("4 workload(s)"));
    EXPECT_EQ(tree.index(0, hp::ScenarioTreeModel::DiscountRate, tree.index(0, 0)).data().toString(), S("8 (from Status quo)"));
}

TEST(PlacementModel, FirstEditCopiesTheInheritedTimelineAndSharesMustSumTo100)
{
    hp::ProjectDocument doc;
    doc.load(treeProject());
    hp::PlacementModel placement(&doc);
    QAbstractItemModelTester tester(&placement, kFatal);
    placement.setTarget(S("Child"), S("chat"));
    EXPECT_TRUE(placement.isInherited());
    ASSERT_EQ(placement.rowCount(), 1);
    ASSERT_EQ(placement.columnCount(), 5); // from, dual run, gpu, gpu2, total
    EXPECT_EQ(placement.headerData(3, Qt::Horizontal, Qt::DisplayRole).toString(), S("gpu2 %"));
    EXPECT_EQ(placement.index(0, 2).data().toString(), S("100"));

    ASSERT_TRUE(placement.setData(placement.index(0, 3), S("50")));
    EXPECT_FALSE(placement.isInherited());
    EXPECT_EQ(placement.index(0, 4).data().toString(), S("150%"));
    EXPECT_EQ(placement.index(0, 4).data(hp::DocumentRoles::Problem).toString(),
              S("the shares sum to 150 %, they must sum to 100 %"));
    ASSERT_TRUE(placement.setData(placement.index(0, 2), S("50")));
    // 12 × 100 × (0.5 × 2.00 + 0.5 × 4.00) = 3,600.00; the parent is untouched.
    EXPECT_EQ(totalOf(doc.project(), "Child"), S("3600.00"));
    EXPECT_EQ(totalOf(doc.project(), "Base"), S("2400.00"));
    EXPECT_FALSE(placement.setData(placement.index(0, 2), S("101")));

    placement.addStep();
    ASSERT_EQ(placement.rowCount(), 2);
    EXPECT_EQ(placement.index(1, 0).data().toString(), S("2027-01"));
    placement.revertToInherited();
    EXPECT_TRUE(placement.isInherited());
    EXPECT_EQ(placement.rowCount(), 1);
    doc.undoStack()->undo(); // the revert
    doc.undoStack()->undo(); // the added step
    EXPECT_EQ(placement.rowCount(), 1);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    EXPECT_TRUE(placement.isInherited());
    EXPECT_EQ(doc.project(), treeProject());
}

TEST(DashboardModel, ShowsFiguresAndDeltasOfTwoScenarios)
{
    hp::Project p = treeProject();
    p.scenarios[1].months = 6;
    const hp::ScenarioResults results = hp::ResultsCalculator::evaluate(p, S("Base"), S("Child"), 1);
    hp::DashboardModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setResults(results);
    ASSERT_GE(model.rowCount(), 18);
    EXPECT_EQ(model.index(0, 0).data().toString(), S("Total cost"));
    // Compact by default (issue #17): the symbol and K/M/B from 1,000 on, the cents
    // below; the exact figure with its currency in the tooltip; no "(USD)" over HHI.
    EXPECT_EQ(model.index(0, 1).data().toString(), S("$2.4K"));
    EXPECT_EQ(model.index(0, 3).data().toString(), S("-$1.2K"));
    EXPECT_EQ(model.index(0, 3).data(Qt::ToolTipRole).toString(), S("-1,200.00 USD"));
    EXPECT_EQ(model.index(17, 1).data().toString(), S("$2.00")); // a unit cost keeps its cents
    EXPECT_EQ(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), S("Figure"));
    model.setMoneyStyle(hp::MoneyStyle::Exact);
    EXPECT_EQ(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), S("Figure (money in USD)"));
    EXPECT_EQ(model.index(0, 1).data().toString(), S("2,400.00"));
    EXPECT_EQ(model.index(0, 2).data().toString(), S("1,200.00"));
    EXPECT_EQ(model.index(0, 3).data().toString(), S("-1,200.00"));
    EXPECT_EQ(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), S("Base"));
    // One provider holds all spend: HHI 10,000 and every workload single-homed.
    // §11: nothing settled, nothing rationed; risk-adjusted = 2 400 + 0 exposure + 0 at risk.
    EXPECT_EQ(model.index(10, 0).data().toString(), S("Dispute settlements"));
    EXPECT_EQ(model.index(11, 0).data().toString(), S("Revenue at risk (rationing)"));
    EXPECT_EQ(model.index(12, 0).data().toString(), S("Risk-adjusted total"));
    EXPECT_EQ(model.index(12, 1).data().toString(), S("2,400.00"));
    EXPECT_EQ(model.index(13, 0).data().toString(), S("Violating workloads"));
    EXPECT_EQ(model.index(14, 0).data().toString(), S("Residency breaches")); // no residency list: none
    EXPECT_EQ(model.index(14, 1).data().toString(), S("0"));
    EXPECT_EQ(model.index(15, 0).data().toString(), S("HHI (average)"));
    EXPECT_EQ(model.index(15, 1).data().toString(), S("10000"));
    EXPECT_EQ(model.index(16, 1).data().toString(), S("100.0 %"));
    EXPECT_EQ(model.index(17, 0).data().toString(), S("Unit cost, stateless_api (per 1M tokens)"));
    EXPECT_EQ(model.index(17, 1).data().toString(), S("2.00"));
    EXPECT_TRUE(model.violatingWorkloads().isEmpty());

    model.setResults(hp::ResultsCalculator::evaluate(p, S("Nope"), {}, 2));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.error().isEmpty());
}

TEST(DashboardModel, ListsTheDemoStatusQuoViolators)
{
    const hp::Project demo = hp::DemoPortfolio::load();
    hp::DashboardModel model;
    model.setResults(hp::ResultsCalculator::evaluate(demo, S("Full exit"), {}, 1));
    // Full exit moves the stateless chat API off Cloud A inside its exclusivity.
    EXPECT_TRUE(model.violatingWorkloads().contains(S("chat_api")));
}

TEST(DashboardModel, NamesTheScenarioThatPaysBackWhicheverIsChosenFirst)
{
    const hp::Project demo = hp::DemoPortfolio::load();
    hp::DashboardModel model;
    model.setResults(hp::ResultsCalculator::evaluate(demo, S("Status quo"), S("Pivot"), 1));
    EXPECT_EQ(model.payback(), S("Pivot pays back against Status quo in 2027-06"));
    model.setResults(hp::ResultsCalculator::evaluate(demo, S("Pivot"), S("Status quo"), 2));
    EXPECT_EQ(model.payback(), S("Pivot pays back against Status quo in 2027-06"));
    model.setResults(hp::ResultsCalculator::evaluate(demo, S("Pivot"), {}, 3));
    EXPECT_TRUE(model.payback().isEmpty());
}

TEST(ResultsCalculator, RecomputesOffTheGuiThreadAndDropsStaleResults)
{
    hp::ProjectDocument doc;
    doc.load(treeProject());
    hp::OfferingsModel offerings(&doc);
    hp::ResultsCalculator calculator(&doc);
    calculator.setDebounce(10);
    QSignalSpy ready(&calculator, &hp::ResultsCalculator::resultsReady);
    calculator.setScenarios(S("Base"));
    calculator.recompute(); // will be stale: the edit below comes before it is published
    ASSERT_TRUE(offerings.setData(offerings.index(0, 4), S("3")));
    ASSERT_TRUE(ready.wait(10000));
    ASSERT_EQ(ready.count(), 1);
    const hp::ScenarioResults r = ready.takeFirst().at(0).value<hp::ScenarioResults>();
    EXPECT_EQ(r.generation, calculator.generation());
    ASSERT_TRUE(calculator.latest().primary.result.has_value());
    // 12 × 100 × 3.00
    EXPECT_EQ(calculator.latest().primary.result->totals.total.toCents(), S("3600.00"));
    EXPECT_FALSE(calculator.isBusy() && ready.count() > 0);
}
