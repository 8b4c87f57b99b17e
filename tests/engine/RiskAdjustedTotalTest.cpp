// docs/rules.md §11.5 — the risk-adjusted total = total + expected exposure +
// revenue at risk, per month and over the horizon; total itself keeps its
// §4.9 meaning plus the settlement term of §11.4, and NPV discounts total only.
#include "ProjectBuilder.h"

using namespace hptest;

namespace {
/// chat (stateless, 100 units at 1.00, revenue 1 000) is rationed on a1
/// (capacity 40 of the 50 units placed there → f = 0.8); it also places 50 % on cb's b1, breaching k's
/// stateless exclusivity (damages 10 % of revenue). Two months.
ProjectBuilder base()
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1").provider("cb").offering("b1", "cb", "1");
    b.p.offerings[0].capacityUnits = D("40");
    b.workload("chat", hp::WorkloadClass::StatelessApi, "100", "1000");
    b.contract("k", "ca", "2026-01", "2030-12");
    hp::ExclusivityClause ex;
    ex.classes = {hp::WorkloadClass::StatelessApi};
    ex.damagesValue = D("10");
    b.lastContract().exclusivities.push_back(ex);
    b.scenario("S", "2026-01", 2).place("chat", "2026-01", {{"a1", "50"}, {"b1", "50"}});
    return b;
}
} // namespace

TEST(RiskAdjustedTotal, AddsExpectedExposureAndRevenueAtRiskToTotal)
{
    // Per month: a1 has 50 placed, capacity 40 → f = 0.8: spend 40 + 50 = 90.
    // Revenue at risk 1 000 × 0.5 × 0.2 = 100. Exposure 10 % × 1 000 × 0.5 = 50.
    // Risk-adjusted 90 + 50 + 100 = 240 a month, 480 over two months.
    const auto r = base().evaluate("S");
    EXPECT_EQ(cents(r.monthly.total[0]), "90.00");
    EXPECT_EQ(cents(r.monthly.expectedExposure[0]), "50.00");
    EXPECT_EQ(cents(r.monthly.revenueAtRisk[0]), "100.00");
    EXPECT_EQ(cents(r.monthly.riskAdjustedTotal[0]), "240.00");
    EXPECT_EQ(cents(r.monthly.riskAdjustedTotal[1]), "240.00");
    EXPECT_EQ(cents(r.totals.total), "180.00");
    EXPECT_EQ(cents(r.totals.riskAdjustedTotal), "480.00");
    // NPV (rate 0) is the total, not the risk-adjusted total.
    EXPECT_EQ(cents(r.totals.npv), "180.00");
}

TEST(RiskAdjustedTotal, SettlingRaisesTotalButCanLowerTheRiskAdjustedTotal)
{
    // Contested class (p 50 %) with a settlement of 30: expected exposure
    // 10 % × 1 000 × 0.5 × 50 % = 25 a month = 50 > 30 → settle. Settled in
    // 2026-01: total 180 + 30 = 210; risk-adjusted 210 + 0 + 200 = 410 (vs
    // 180 + 50 + 200 = 430 when litigating).
    auto b = base();
    b.lastContract().classifications.push_back({hp::WorkloadClass::StatelessApi, hp::Coverage::Contested, D("50"), D("30")});
    const auto litigated = b.evaluate("S");
    EXPECT_EQ(cents(litigated.totals.riskAdjustedTotal), "430.00");
    b.lastScenario().settleDisputes = true;
    const auto settled = b.evaluate("S");
    EXPECT_EQ(cents(settled.totals.total), "210.00");
    EXPECT_EQ(cents(settled.totals.npv), "210.00");
    EXPECT_EQ(cents(settled.monthly.riskAdjustedTotal[0]), "220.00"); // 90 + 30 + 0 + 100
    EXPECT_EQ(cents(settled.totals.riskAdjustedTotal), "410.00");
}
