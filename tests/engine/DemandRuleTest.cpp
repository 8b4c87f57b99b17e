// docs/rules.md §4.1 — demand and revenue grow monthly, rounded at each step.
#include "ProjectBuilder.h"

#include "engine/DemandRule.h"

using namespace hptest;
using hp::DemandRule;

TEST(DemandRule, CompoundsMonthlyGrowth)
{
    // 100 → 110 → 121 → 133.1 at 10 %/month.
    const auto s = DemandRule::series(D("100"), D("10"), 4);
    ASSERT_EQ(s.size(), 4u);
    EXPECT_EQ(s[0], D("100"));
    EXPECT_EQ(s[1], D("110"));
    EXPECT_EQ(s[2], D("121"));
    EXPECT_EQ(s[3], D("133.1"));
}

TEST(DemandRule, RoundsHalfEvenAtEachStep)
{
    // 3e-9 × 1.5 = 4.5e-9 → 4e-9 (tie to even); 4e-9 × 1.5 = 6e-9.
    // Without per-step rounding it would be 3e-9 × 2.25 = 6.75e-9 → 7e-9.
    const auto s = DemandRule::series(D("0.000000003"), D("50"), 3);
    EXPECT_EQ(s[1].raw(), 4);
    EXPECT_EQ(s[2].raw(), 6);
}

TEST(DemandRule, NegativeGrowthShrinks)
{
    const auto s = DemandRule::series(D("200"), D("-25"), 3); // 200, 150, 112.5
    EXPECT_EQ(s[2], D("112.5"));
}

TEST(DemandRule, EngineUsesGrowingUnitsAndRevenue)
{
    ProjectBuilder b;
    b.provider("a").offering("a1", "a", "1").workload("w", hp::WorkloadClass::StatelessApi, "100", "1000");
    b.lastWorkload().monthlyGrowthPct = D("10");
    b.lastWorkload().revenueGrowthPct = D("5");
    b.contract("k", "a", "2026-01", "2030-12");
    b.lastContract().revenueShares.push_back({D("10"), M("2026-01"), M("2030-12"), hp::allWorkloadClasses(),
                                              hp::PlacementScope::Any, std::nullopt, std::nullopt});
    b.scenario("S", "2026-01", 3).place("w", "2026-01", {{"a1", "100"}});
    const auto r = b.evaluate("S");
    // list = units × 1: 100, 110, 121
    EXPECT_EQ(exact(r.monthly.listSpend[2]), "121");
    // revenue 1000, 1050, 1102.5 → 10 %: 100, 105, 110.25
    EXPECT_EQ(exact(r.monthly.revenueShare[1]), "105");
    EXPECT_EQ(exact(r.monthly.revenueShare[2]), "110.25");
}
