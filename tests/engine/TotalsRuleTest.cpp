// docs/rules.md §4.9 — total, NPV, totals of unrounded months, unit cost.
#include "ProjectBuilder.h"

#include "engine/TotalsRule.h"

using namespace hptest;

namespace {
ProjectBuilder flat(const char *price, int months, const char *ratePct)
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", price);
    b.workload("w", hp::WorkloadClass::StatelessApi, "1000");
    b.scenario("S", "2026-01", months).place("w", "2026-01", {{"a1", "100"}});
    b.lastScenario().discountRatePct = D(ratePct);
    return b;
}
} // namespace

TEST(TotalsRule, NpvDiscountsMonthlyTotalsAtTheAnnualRate)
{
    // 1 000 a month for 13 months at 12 %: Σ 1000 / 1.12^(t/12), t = 0 … 12.
    // The t = 12 term is 1000 / 1.12 = 892.857142857…; the sum, computed
    // independently (python: sum(1000*1.12**(-t/12) for t in range(13))), is
    // 12 291.515989601… → 12 291.52.
    const auto r = flat("1", 13, "12").evaluate("S");
    EXPECT_EQ(cents(r.totals.total), "13000.00");
    EXPECT_EQ(cents(r.totals.npv), "12291.52");
    // 1 / 1.12 = 0.892857142857142857…; the double factor is exact to ~1e-16.
    const auto f = hp::TotalsRule::discountFactorE18(D("12"), 12);
    EXPECT_LT(f > hp::Int128(892857142857142857LL) ? f - hp::Int128(892857142857142857LL) : hp::Int128(892857142857142857LL) - f,
              hp::Int128(1000));
}

TEST(TotalsRule, ZeroRateNpvEqualsTotal)
{
    const auto r = flat("1", 5, "0").evaluate("S");
    EXPECT_EQ(r.totals.npv, r.totals.total);
}

TEST(TotalsRule, TotalsSumUnroundedMonthsAndRoundOnce)
{
    // 1 000 × 0.000004 = 0.004 a month: each month prints 0.00, three months 0.01.
    const auto r = flat("0.000004", 3, "0").evaluate("S");
    EXPECT_EQ(cents(r.monthly.total[0]), "0.00");
    EXPECT_EQ(cents(r.totals.total), "0.01");
}

TEST(TotalsRule, UnitCostIsSpendOverUnitsPerClassAndUnit)
{
    auto b = flat("1.80", 1, "0");
    b.workload("batch", hp::WorkloadClass::BatchInference, "500");
    b.place("batch", "2026-01", {{"a1", "100"}});
    const auto r = b.evaluate("S");
    ASSERT_EQ(r.unitCosts.size(), 2u);
    EXPECT_EQ(r.unitCosts[0].cls, hp::WorkloadClass::StatelessApi);
    EXPECT_EQ(r.unitCosts[0].unit, S("1M tokens"));
    EXPECT_EQ(exact(*r.unitCosts[0].unitCost[0]), "1.8");
}

TEST(TotalsRule, TotalIsSpendPlusChargesWithoutExposure)
{
    auto b = flat("1", 12, "0");
    b.contract("k", "ca", "2026-01", "2026-12");
    b.lastContract().commitments.push_back({std::nullopt, {D("13000")}, D("0"), hp::allWorkloadClasses(), D("0"), hp::TrueUp::Yearly, {}});
    b.lastContract().revenueShares.push_back({D("10"), M("2026-01"), M("2026-12"), hp::allWorkloadClasses(),
                                              hp::PlacementScope::Any, std::nullopt, std::nullopt});
    b.lastWorkload().monthlyRevenue = D("100");
    const auto r = b.evaluate("S");
    // spend 12 000 + shortfall 1 000 + revenue share 12 × 10 = 13 120
    EXPECT_EQ(cents(r.totals.total), "13120.00");
    EXPECT_EQ(cents(r.monthly.total[11]), "2010.00");
}
