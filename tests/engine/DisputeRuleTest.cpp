// docs/rules.md §11.4 — settle or litigate. Contract k (with ca) holds an
// exclusivity over stateless_api (damages 100 % of revenue); its
// classification row makes stateful_runtime contested at 35 %. The agent
// (stateful, revenue 2 000 a month, 1 unit at 1.00) runs on ca in 2026-01 and
// on cb from 2026-02: violations in 2026-02 and 2026-03, gross 2 000 each =
// 4 000, expected 35 % = 700 each = 1 400.
#include "ProjectBuilder.h"

using namespace hptest;

namespace {
ProjectBuilder base(const char *settlement)
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
    b.scenario("S", "2026-01", 3).place("agent", "2026-01", {{"a1", "100"}}).place("agent", "2026-02", {{"b1", "100"}});
    return b;
}
} // namespace

TEST(DisputeRule, ASettlementBelowTheExpectedExposureIsCheaper)
{
    // 1 000 < 1 400 → settle; break-even p_breach = 1 000 ÷ 4 000 × 100 = 25.
    const auto r = base("1000").evaluate("S");
    ASSERT_EQ(r.disputes.size(), 1u);
    const auto &d = r.disputes[0];
    EXPECT_EQ(d.contractId, S("k"));
    EXPECT_EQ(d.cls, hp::WorkloadClass::StatefulRuntime);
    EXPECT_EQ(exact(d.pBreachPct), "35");
    EXPECT_EQ(cents(d.grossExposure), "4000.00");
    EXPECT_EQ(cents(d.expectedExposure), "1400.00");
    EXPECT_EQ(cents(*d.settlement), "1000.00");
    EXPECT_EQ(exact(*d.breakEvenPBreachPct), "25");
    EXPECT_EQ(d.cheaper, S("settle"));
    EXPECT_FALSE(d.settled);
    // Not settled: nothing charged; total 3 × 1.00; risk-adjusted 3 + 1 400.
    EXPECT_EQ(cents(r.totals.settlement), "0.00");
    EXPECT_EQ(cents(r.totals.total), "3.00");
    EXPECT_EQ(cents(r.totals.riskAdjustedTotal), "1403.00");
}

TEST(DisputeRule, SettlingChargesTheFirstViolationMonthAndRemovesTheExposure)
{
    auto b = base("1000");
    b.lastScenario().settleDisputes = true;
    const auto r = b.evaluate("S");
    EXPECT_EQ(cents(r.monthly.settlement[0]), "0.00");
    EXPECT_EQ(cents(r.monthly.settlement[1]), "1000.00");
    EXPECT_EQ(cents(r.monthly.total[1]), "1001.00");
    // The class no longer counts as covered: no violation, no exposure.
    EXPECT_TRUE(r.violations.empty());
    EXPECT_EQ(cents(r.totals.expectedExposure), "0.00");
    EXPECT_EQ(cents(r.totals.grossExposure), "0.00");
    EXPECT_EQ(cents(r.totals.total), "1003.00");
    EXPECT_EQ(cents(r.totals.riskAdjustedTotal), "1003.00");
    ASSERT_EQ(r.disputes.size(), 1u);
    EXPECT_TRUE(r.disputes[0].settled);
    EXPECT_EQ(*r.disputes[0].settledMonth, M("2026-02"));
    EXPECT_EQ(cents(r.disputes[0].grossExposure), "4000.00"); // still listed with what it was worth
}

TEST(DisputeRule, ASettlementAtOrAboveTheExpectedExposureMeansLitigate)
{
    const auto r = base("1400").evaluate("S");
    EXPECT_EQ(r.disputes[0].cheaper, S("litigate"));
    EXPECT_EQ(exact(*r.disputes[0].breakEvenPBreachPct), "35");
}

TEST(DisputeRule, WithoutASettlementThereIsNothingToCompare)
{
    auto b = base("");
    b.lastScenario().settleDisputes = true;
    const auto r = b.evaluate("S");
    EXPECT_EQ(r.disputes[0].cheaper, S("none"));
    EXPECT_FALSE(r.disputes[0].breakEvenPBreachPct.has_value());
    EXPECT_FALSE(r.disputes[0].settled);
    EXPECT_EQ(r.violations.size(), 2u);
}

TEST(DisputeRule, NoViolationInTheHorizonMeansNothingToSettle)
{
    auto b = base("1000");
    b.lastScenario().placements.pop_back(); // the agent stays on ca
    b.lastScenario().settleDisputes = true;
    const auto r = b.evaluate("S");
    EXPECT_FALSE(r.disputes[0].settled);
    EXPECT_EQ(cents(r.totals.settlement), "0.00");
    EXPECT_FALSE(r.disputes[0].breakEvenPBreachPct.has_value()); // gross 0
}

TEST(DisputeRule, SettleDisputesIsInheritedLikeTheDiscountRate)
{
    auto b = base("1000");
    b.lastScenario().settleDisputes = true;
    b.scenario("Child", "", 0, "S");
    b.scenario("Grandchild", "", 0, "Child");
    b.lastScenario().settleDisputes = false;
    EXPECT_TRUE(b.evaluate("Child").disputes[0].settled);
    EXPECT_FALSE(b.evaluate("Grandchild").disputes[0].settled);
}

TEST(DisputeRule, TheSettlementIsConvertedFromTheContractCurrency)
{
    // 1 000 EUR at 1.10 = 1 100 USD, compared with 1 400 → settle; charged 1 100.
    auto b = base("1000");
    b.lastContract().currency = S("EUR");
    b.p.exchangeRates[S("EUR")] = D("1.10");
    b.lastScenario().settleDisputes = true;
    const auto r = b.evaluate("S");
    EXPECT_EQ(cents(*r.disputes[0].settlement), "1100.00");
    EXPECT_EQ(cents(r.totals.settlement), "1100.00");
    EXPECT_EQ(r.disputes[0].cheaper, S("settle"));
}
