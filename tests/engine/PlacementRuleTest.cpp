// docs/rules.md §4.3 — list cost = units × share × price for the placement in force.
#include "ProjectBuilder.h"

using namespace hptest;

namespace {
ProjectBuilder twoClouds()
{
    ProjectBuilder b;
    b.provider("a").offering("a1", "a", "2.00").provider("b").offering("b1", "b", "1.50");
    b.workload("w", hp::WorkloadClass::StatelessApi, "1000");
    return b;
}
} // namespace

TEST(PlacementRule, SplitsCostByShare)
{
    auto b = twoClouds();
    b.scenario("S", "2026-01", 2).place("w", "2026-01", {{"a1", "60"}, {"b1", "40"}});
    const auto r = b.evaluate("S");
    // 1000 × 0.6 × 2.00 = 1200 on a; 1000 × 0.4 × 1.50 = 600 on b.
    EXPECT_EQ(cents(r.monthly.listSpend[0]), "1800.00");
    EXPECT_EQ(cents(providerOf(r, "a").spend), "2400.00");
    EXPECT_EQ(cents(providerOf(r, "b").spend), "1200.00");
    EXPECT_EQ(cents(r.totals.total), "3600.00");
}

TEST(PlacementRule, NoPlacementInForceCostsNothing)
{
    auto b = twoClouds();
    b.scenario("S", "2026-01", 4).place("w", "2026-03", {{"a1", "100"}});
    const auto r = b.evaluate("S");
    EXPECT_TRUE(r.monthly.listSpend[0].isZero());
    EXPECT_TRUE(r.monthly.listSpend[1].isZero());
    EXPECT_EQ(cents(r.monthly.listSpend[2]), "2000.00");
}

TEST(PlacementRule, LatestPlacementWithFromMonthNotAfterTheMonthWins)
{
    auto b = twoClouds();
    b.scenario("S", "2026-01", 3)
        .place("w", "2025-06", {{"a1", "100"}}) // before the horizon: in force at t = 0
        .place("w", "2026-03", {{"b1", "100"}});
    const auto r = b.evaluate("S");
    EXPECT_EQ(cents(r.monthly.listSpend[0]), "2000.00");
    EXPECT_EQ(cents(r.monthly.listSpend[1]), "2000.00");
    EXPECT_EQ(cents(r.monthly.listSpend[2]), "1500.00");
}

TEST(PlacementRule, ProductIsRoundedOnce)
{
    // 1 unit × 33.3333333 % (0.333333333) × 0.000000003 = 9.99999999e-10 → rounds to 1e-9.
    ProjectBuilder b;
    b.provider("a").offering("a1", "a", "0.000000003").offering("a2", "a", "0");
    b.workload("w", hp::WorkloadClass::Other, "1");
    b.scenario("S", "2026-01", 1).place("w", "2026-01", {{"a1", "33.3333333"}, {"a2", "66.6666667"}});
    EXPECT_EQ(b.evaluate("S").monthly.listSpend[0].raw(), 1);
}
