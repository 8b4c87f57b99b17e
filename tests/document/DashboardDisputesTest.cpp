// The dashboard's residency-breach row and its settle-or-litigate sentences
// (docs/rules.md §11.1, §11.4; docs/gui.md), on hand-built projects whose
// figures are worked out below, and on the demo portfolio.
#include "ProjectBuilder.h"
#include "itemmodels/DashboardModel.h"
#include "document/DisputeSentence.h"
#include "document/ResultsCalculator.h"
#include "canonical/DemoPortfolio.h"

#include <QAbstractItemModelTester>

using namespace hptest;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

/// Contract k (with ca) is exclusive for stateless_api (damages 100 % of
/// revenue) and contests stateful_runtime at 35 %. The agent (stateful,
/// revenue 2 000 a month, 1 unit at 1.00) is on ca in 2026-01 and on cb in
/// 2026-02 and 2026-03: two violations of gross 2 000 each → gross 4 000,
/// expected 35 % × 4 000 = 1 400.
ProjectBuilder contested(const char *settlement)
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1").provider("cb").offering("b1", "cb", "1");
    b.workload("agent", hp::WorkloadClass::StatefulRuntime, "1", "2000");
    b.contract("k", "ca", "2026-01", "2030-12");
    hp::ExclusivityClause ex;
    ex.classes = {hp::WorkloadClass::StatelessApi};
    b.lastContract().exclusivities.push_back(ex);
    hp::ClassificationClause cl{hp::WorkloadClass::StatefulRuntime, hp::Coverage::Contested, D("35")};
    if (*settlement)
        cl.settlementAmount = D(settlement);
    b.lastContract().classifications.push_back(cl);
    b.scenario("Move", "2026-01", 3).place("agent", "2026-01", {{"a1", "100"}}).place("agent", "2026-02", {{"b1", "100"}});
    b.scenario("Move, settled", "", 0, "Move");
    b.lastScenario().settleDisputes = true;
    b.scenario("Stay", "", 0, "Move").place("agent", "2026-02", {{"a1", "100"}});
    return b;
}

int rowOf(const hp::DashboardModel &model, const QString &label)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, hp::DashboardModel::Figure).data().toString() == label)
            return r;
    return -1;
}

} // namespace

TEST(DashboardDisputes, ASettlementBelowTheExpectedExposureSaysSettle)
{
    // 1 000 < 1 400 → settle; break-even 1 000 ÷ 4 000 × 100 = 25.0 %.
    hp::DashboardModel model;
    model.setMoneyStyle(hp::MoneyStyle::Exact);
    QAbstractItemModelTester tester(&model, kFatal);
    model.setResults(hp::ResultsCalculator::evaluate(contested("1000").p, S("Move"), {}, 1));
    ASSERT_EQ(model.disputeSentences(false).size(), 1);
    EXPECT_EQ(model.disputeSentences(false)[0],
              S("k, stateful runtime (contested): settle — 1,000.00 now against an expected exposure of 1,400.00 if litigated; "
                "settling is cheaper whenever the chance of losing exceeds 25.0 % (assumed: 35 %). "
                "Not settled in this scenario."));
    EXPECT_TRUE(model.disputeSentences(true).isEmpty()); // no second scenario
    EXPECT_EQ(model.disputeSummary(), model.disputeSentences(false)[0]); // one scenario: its sentence
}

TEST(DashboardDisputes, TheSentencesUseTheContractsNameWhenGiven)
{
    hp::DashboardModel model;
    model.setMoneyStyle(hp::MoneyStyle::Exact);
    model.setContractNames({{S("k"), S("Partnership")}});
    model.setResults(hp::ResultsCalculator::evaluate(contested("1000").p, S("Move"), {}, 1));
    EXPECT_TRUE(model.disputeSentences(false).value(0).startsWith(S("Partnership, stateful runtime (contested): settle — 1,000.00 now")));
}

TEST(DashboardDisputes, ASettledDisputeNamesTheMonthOfItsFirstViolation)
{
    // Settling charges 1 000 in 2026-02, the first violation's month; the
    // dispute keeps what it was worth (gross 4 000, expected 1 400).
    hp::DashboardModel model;
    model.setMoneyStyle(hp::MoneyStyle::Exact);
    model.setResults(hp::ResultsCalculator::evaluate(contested("1000").p, S("Move"), S("Move, settled"), 1));
    ASSERT_EQ(model.disputeSentences(true).size(), 1);
    EXPECT_TRUE(model.disputeSentences(true)[0].endsWith(S("exceeds 25.0 % (assumed: 35 %). Settled in this scenario in 2026-02.")))
        << model.disputeSentences(true)[0].toStdString();
    const int settlements = rowOf(model, S("Dispute settlements"));
    ASSERT_GE(settlements, 0);
    EXPECT_EQ(model.index(settlements, hp::DashboardModel::Primary).data().toString(), S("0.00"));
    EXPECT_EQ(model.index(settlements, hp::DashboardModel::Compare).data().toString(), S("1,000.00"));
    // Both scenarios see the dispute alike: the verdict once, then whether each settles it.
    EXPECT_EQ(model.disputeSummary(),
              S("k, stateful runtime (contested): settle — 1,000.00 now against an expected exposure of 1,400.00 if litigated; "
                "settling is cheaper whenever the chance of losing exceeds 25.0 % (assumed: 35 %). "
                "Move: not settled; Move, settled: settled in 2026-02."));
}

TEST(DashboardDisputes, ASettlementAtOrAboveTheExpectedExposureSaysLitigate)
{
    // 2 000 ≥ 1 400 → litigate; break-even 2 000 ÷ 4 000 × 100 = 50.0 %.
    hp::DashboardModel model;
    model.setMoneyStyle(hp::MoneyStyle::Exact);
    model.setResults(hp::ResultsCalculator::evaluate(contested("2000").p, S("Move"), {}, 1));
    ASSERT_EQ(model.disputeSentences(false).size(), 1);
    EXPECT_EQ(model.disputeSentences(false)[0],
              S("k, stateful runtime (contested): litigate — settling would cost 2,000.00 against an expected exposure of 1,400.00 "
                "if litigated; settling would be cheaper only if the chance of losing exceeded 50.0 % (assumed: 35 %). "
                "Not settled in this scenario."));
}

TEST(DashboardDisputes, WithoutViolationsOrWithoutASettlementThereIsNoBreakEven)
{
    // Stay keeps the agent on ca: no violation, gross 0 → break-even undefined; 1 000 ≥ 0 → litigate.
    hp::DashboardModel model;
    model.setMoneyStyle(hp::MoneyStyle::Exact);
    model.setResults(hp::ResultsCalculator::evaluate(contested("1000").p, S("Stay"), S("Move"), 1));
    EXPECT_EQ(model.disputeSentences(false).value(0),
              S("k, stateful runtime (contested): litigate — settling would cost 1,000.00 against an expected exposure of 0.00 if "
                "litigated; no violation in the horizon, so litigating risks nothing. Not settled in this scenario."));
    // The two scenarios see it differently: each one's sentence under its name.
    EXPECT_EQ(model.disputeSummary(), S("Stay: ") + model.disputeSentences(false)[0] + S("\nMove: ") + model.disputeSentences(true)[0]);
    // No settlement amount: nothing to compare (`none`).
    model.setResults(hp::ResultsCalculator::evaluate(contested("").p, S("Move"), {}, 2));
    EXPECT_EQ(model.disputeSentences(false).value(0),
              S("k, stateful runtime (contested): no settlement offered — expected exposure 1,400.00 if litigated (assumed chance of losing: 35 %)."));
}

TEST(DashboardDisputes, NoContestedClassificationSaysNothing)
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1");
    b.workload("w", hp::WorkloadClass::Training, "10");
    b.scenario("S", "2026-01", 2).place("w", "2026-01", {{"a1", "100"}});
    hp::DashboardModel model;
    model.setMoneyStyle(hp::MoneyStyle::Exact);
    model.setResults(hp::ResultsCalculator::evaluate(b.p, S("S"), S("S"), 1));
    EXPECT_TRUE(model.disputeSentences(false).isEmpty());
    EXPECT_TRUE(model.disputeSummary().isEmpty());
    // A scenario that cannot be evaluated has no sentences either.
    model.setResults(hp::ResultsCalculator::evaluate(contested("1000").p, S("Nope"), {}, 2));
    EXPECT_TRUE(model.disputeSummary().isEmpty());
}

TEST(DashboardDisputes, ResidencyBreachesCountEveryWorkloadMonthAndOffering)
{
    // Residency IN; 50 % on in1 (IN), 30 % on us1 (US), 20 % on none1 (no
    // jurisdiction) for 2 months: us1 and none1 breach in each month →
    // 2 offerings × 2 months = 4 breaches (2 workload-months): the row counts 4.
    ProjectBuilder b;
    b.provider("p").offering("in1", "p", "1").provider("q").offering("us1", "q", "1");
    b.provider("p2").offering("none1", "p2", "1");
    b.p.offerings[0].jurisdiction = S("IN");
    b.p.offerings[1].jurisdiction = S("US");
    b.workload("w", hp::WorkloadClass::Training, "100");
    b.lastWorkload().residency = {S("IN")};
    b.scenario("Spread", "2026-01", 2).place("w", "2026-01", {{"in1", "50"}, {"us1", "30"}, {"none1", "20"}});
    b.scenario("Home", "", 0, "Spread").place("w", "2026-01", {{"in1", "100"}});
    hp::DashboardModel model;
    model.setMoneyStyle(hp::MoneyStyle::Exact);
    QAbstractItemModelTester tester(&model, kFatal);
    model.setResults(hp::ResultsCalculator::evaluate(b.p, S("Spread"), S("Home"), 1));
    const int row = rowOf(model, S("Residency breaches"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.index(row, hp::DashboardModel::Primary).data().toString(), S("4"));
    EXPECT_EQ(model.index(row, hp::DashboardModel::Compare).data().toString(), S("0"));
    EXPECT_EQ(model.index(row, hp::DashboardModel::Delta).data().toString(), S("-4"));
}

TEST(DashboardDisputes, TheDemoPivotShouldSettleAndPivotSettledDoes)
{
    // Demo: a_partnership contests stateful_runtime at 35 % with an offer of
    // 5 000 000 000; Pivot moves the agent runtime off Cloud A: gross
    // 27 013 327 308.96, expected 9 454 664 558.14 (the engine's, CLI
    // `evaluate`), break-even 5e9 ÷ 27 013 327 308.96 × 100 = 18.509… → 18.5 %.
    const hp::Project demo = hp::DemoPortfolio::load();
    hp::DashboardModel model;
    model.setMoneyStyle(hp::MoneyStyle::Exact);
    model.setResults(hp::ResultsCalculator::evaluate(demo, S("Pivot"), S("Pivot, settled"), 1));
    ASSERT_EQ(model.disputeSentences(false).size(), 1);
    EXPECT_EQ(model.disputeSentences(false)[0],
              S("a_partnership, stateful runtime (contested): settle — 5,000,000,000.00 now against an expected exposure of "
                "9,454,664,558.14 if litigated; settling is cheaper whenever the chance of losing exceeds 18.5 % "
                "(assumed: 35 %). Not settled in this scenario."));
    EXPECT_TRUE(model.disputeSentences(true).value(0).endsWith(S("Settled in this scenario in 2027-01.")));
    // Status quo keeps the runtime on Cloud A: nothing violated, nothing to fight over.
    model.setResults(hp::ResultsCalculator::evaluate(demo, S("Status quo"), S("Full exit"), 2));
    EXPECT_TRUE(model.disputeSentences(false).value(0).contains(S("no violation in the horizon")));
    // Full exit breaks chat_api's residency on Cloud C: 48 breaches (2027-01 … 2030-12, one offering).
    const int row = rowOf(model, S("Residency breaches"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.index(row, hp::DashboardModel::Primary).data().toString(), S("0"));
    EXPECT_EQ(model.index(row, hp::DashboardModel::Compare).data().toString(), S("48"));
}
