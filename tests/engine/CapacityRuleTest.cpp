// docs/rules.md §11.2 — capacity rationing: placed units above an offering's
// capacity are served pro rata (f = capacity ÷ placed), unserved units are not
// bought, and the revenue they would have earned is reported as revenue at
// risk, never added to total.
#include "ProjectBuilder.h"

#include "engine/CapacityRule.h"

using namespace hptest;

TEST(CapacityRule, TheWorkedExampleOfTheDomain)
{
    // §11.2: 1 000 units on o with capacity 800, revenue 10 000 → f = 0.8,
    // 800 units billed, revenue at risk 2 000.00. At 2.00 a unit the bill is
    // 800 × 2.00 = 1 600.00 (not 2 000.00).
    ProjectBuilder b;
    b.provider("p").offering("o", "p", "2");
    b.lastOffering().capacityUnits = D("800");
    b.workload("w", hp::WorkloadClass::BatchInference, "1000", "10000");
    b.scenario("S", "2026-01", 1).place("w", "2026-01", {{"o", "100"}});
    const auto r = b.evaluate("S");
    ASSERT_EQ(r.capacity.size(), 1u);
    EXPECT_EQ(r.capacity[0].offeringId, S("o"));
    EXPECT_EQ(r.capacity[0].month, M("2026-01"));
    EXPECT_EQ(exact(r.capacity[0].placedUnits), "1000");
    EXPECT_EQ(exact(r.capacity[0].capacityUnits), "800");
    EXPECT_EQ(exact(r.capacity[0].servedFraction), "0.8");
    EXPECT_EQ(cents(r.totals.listSpend), "1600.00");
    EXPECT_EQ(cents(r.totals.spend), "1600.00");
    EXPECT_EQ(cents(r.monthly.revenueAtRisk[0]), "2000.00");
    EXPECT_EQ(cents(r.totals.revenueAtRisk), "2000.00");
    // Never part of total; the risk-adjusted total adds it (§11.5): 1 600 + 2 000.
    EXPECT_EQ(cents(r.totals.total), "1600.00");
    EXPECT_EQ(cents(r.totals.riskAdjustedTotal), "3600.00");
    // Unit cost counts served units: 1 600 ÷ 800 = 2.00.
    ASSERT_EQ(r.unitCosts.size(), 1u);
    EXPECT_EQ(cents(*r.unitCosts[0].unitCost[0]), "2.00");
}

TEST(CapacityRule, EveryUserOfTheOfferingIsServedProRata)
{
    // o (capacity 500) carries w1's 600 units and half of w2's 400 = 800 placed,
    // f = 500 ÷ 800 = 0.625. Served on o: 375 + 125; o2 is unlimited: 200.
    // Spend at 1.00 a unit: 375 + 125 + 200 = 700.00.
    // Revenue at risk: 6 000 × 1 × 0.375 + 4 000 × 0.5 × 0.375 = 2 250 + 750 = 3 000.00.
    ProjectBuilder b;
    b.provider("p").offering("o", "p", "1").offering("o2", "p", "1");
    b.p.offerings[0].capacityUnits = D("500");
    b.workload("w1", hp::WorkloadClass::Training, "600", "6000");
    b.workload("w2", hp::WorkloadClass::Training, "400", "4000");
    b.scenario("S", "2026-01", 1).place("w1", "2026-01", {{"o", "100"}}).place("w2", "2026-01", {{"o", "50"}, {"o2", "50"}});
    const auto r = b.evaluate("S");
    ASSERT_EQ(r.capacity.size(), 1u);
    EXPECT_EQ(exact(r.capacity[0].placedUnits), "800");
    EXPECT_EQ(exact(r.capacity[0].servedFraction), "0.625");
    EXPECT_EQ(cents(r.totals.spend), "700.00");
    EXPECT_EQ(cents(r.totals.revenueAtRisk), "3000.00");
}

TEST(CapacityRule, CapacityZeroServesNothing)
{
    // f = 0: nothing bought on o, the whole revenue (500) at risk.
    ProjectBuilder b;
    b.provider("p").offering("o", "p", "3");
    b.lastOffering().capacityUnits = D("0");
    b.workload("w", hp::WorkloadClass::Training, "10", "500");
    b.scenario("S", "2026-01", 2).place("w", "2026-01", {{"o", "100"}});
    const auto r = b.evaluate("S");
    ASSERT_EQ(r.capacity.size(), 2u);
    EXPECT_EQ(exact(r.capacity[1].servedFraction), "0");
    EXPECT_EQ(cents(r.totals.spend), "0.00");
    EXPECT_EQ(cents(r.totals.revenueAtRisk), "1000.00");
    EXPECT_EQ(cents(r.totals.riskAdjustedTotal), "1000.00");
}

TEST(CapacityRule, TheScheduleOverridesTheColumnFromItsMonth)
{
    // Column 1 000; capacity.csv: 500 from 2026-02, 2 000 from 2026-03.
    // 800 units a month: short only in 2026-02, f = 500 ÷ 800 = 0.625,
    // revenue at risk 800 × 0.375 = 300.00; spend 800 + 500 + 800 = 2 100.00.
    ProjectBuilder b;
    b.provider("p").offering("o", "p", "1");
    b.lastOffering().capacityUnits = D("1000");
    b.lastOffering().capacitySchedule = {{M("2026-03"), D("2000")}, {M("2026-02"), D("500")}};
    b.workload("w", hp::WorkloadClass::Training, "800", "800");
    b.scenario("S", "2026-01", 3).place("w", "2026-01", {{"o", "100"}});
    const auto r = b.evaluate("S");
    ASSERT_EQ(r.capacity.size(), 1u);
    EXPECT_EQ(r.capacity[0].month, M("2026-02"));
    EXPECT_EQ(cents(r.monthly.revenueAtRisk[1]), "300.00");
    EXPECT_EQ(cents(r.totals.revenueAtRisk), "300.00");
    EXPECT_EQ(cents(r.totals.spend), "2100.00");
    EXPECT_EQ(exact(*hp::CapacityRule::capacityAt(b.p.offerings[0], M("2025-12"))), "1000");
    EXPECT_EQ(exact(*hp::CapacityRule::capacityAt(b.p.offerings[0], M("2027-01"))), "2000");
}

TEST(CapacityRule, DualRunCompetesForCapacityButAddsNoRevenueAtRisk)
{
    // w (1 000 units, revenue 1 000) moves from a (capacity 500) to b in
    // 2026-02 with one dual-run month. 2026-01: 1 000 placed on a, f = 0.5,
    // spend 500, revenue at risk 500. 2026-02: the 1 000 dual-run units on a
    // are served by f = 0.5 (500.00 of dual run) and earn nothing, so add no
    // revenue at risk; b serves 1 000 (1 000.00). Total 500 + 1 500 = 2 000.00.
    ProjectBuilder b;
    b.provider("pa").offering("a", "pa", "1").provider("pb").offering("b", "pb", "1");
    b.p.offerings[0].capacityUnits = D("500");
    b.workload("w", hp::WorkloadClass::Training, "1000", "1000");
    b.scenario("S", "2026-01", 2).place("w", "2026-01", {{"a", "100"}}).place("w", "2026-02", {{"b", "100"}}, 1);
    const auto r = b.evaluate("S");
    ASSERT_EQ(r.capacity.size(), 2u);
    EXPECT_EQ(exact(r.capacity[1].placedUnits), "1000");
    EXPECT_EQ(cents(r.monthly.dualRun[1]), "500.00");
    EXPECT_EQ(cents(r.monthly.revenueAtRisk[0]), "500.00");
    EXPECT_EQ(cents(r.monthly.revenueAtRisk[1]), "0.00");
    EXPECT_EQ(cents(r.totals.total), "2000.00");
}

TEST(CapacityRule, EnoughCapacityChangesNothing)
{
    ProjectBuilder b;
    b.provider("p").offering("o", "p", "1.5");
    b.lastOffering().capacityUnits = D("1000");
    b.workload("w", hp::WorkloadClass::Training, "1000", "100");
    b.scenario("S", "2026-01", 1).place("w", "2026-01", {{"o", "100"}});
    const auto r = b.evaluate("S");
    EXPECT_TRUE(r.capacity.empty());
    EXPECT_EQ(cents(r.totals.spend), "1500.00");
    EXPECT_EQ(cents(r.totals.revenueAtRisk), "0.00");
}

TEST(CapacityRule, ServedCostIsOneProductRoundedOnce)
{
    // 7 units at 0.3 with capacity 2: served cost 7 × 0.3 × 2 ÷ 7 = 0.6
    // exactly. Rounding f = 2 ÷ 7 to 0.285714286 first would give
    // 7 × 0.3 × 0.285714286 = 0.6000000006 → 0.600000001.
    ProjectBuilder b;
    b.provider("p").offering("o", "p", "0.3");
    b.lastOffering().capacityUnits = D("2");
    b.workload("w", hp::WorkloadClass::Training, "7", "7");
    b.scenario("S", "2026-01", 1).place("w", "2026-01", {{"o", "100"}});
    const auto r = b.evaluate("S");
    EXPECT_EQ(exact(r.totals.spend), "0.6");
    // Revenue at risk 7 × 1 × 5 ÷ 7 = 5 exactly (f rounded to 0.285714286 first would give 4.999999998).
    EXPECT_EQ(exact(r.totals.revenueAtRisk), "5");
}

TEST(CapacityRule, AProfileCoversEveryMonthOfAnOfferingThatBinds)
{
    // o: no column, capacity.csv 500 from 2026-02 and 900 from 2026-03, so
    // unlimited in 2026-01. w places 600 units a month on o, w2 200 units on o2
    // (capacity 1 000, never short: no profile). Short only in 2026-02:
    // f = 500 ÷ 600 = 0.833333333 (1e-9); 1 in the other months.
    ProjectBuilder b;
    b.provider("p").offering("o", "p", "1").offering("o2", "p", "1");
    b.p.offerings[0].capacitySchedule = {{M("2026-02"), D("500")}, {M("2026-03"), D("900")}};
    b.p.offerings[1].capacityUnits = D("1000");
    b.workload("w", hp::WorkloadClass::Training, "600", "0").workload("w2", hp::WorkloadClass::Training, "200", "0");
    b.scenario("S", "2026-01", 3).place("w", "2026-01", {{"o", "100"}}).place("w2", "2026-01", {{"o2", "100"}});
    const auto r = b.evaluate("S");
    ASSERT_EQ(r.capacity.size(), 1u);
    ASSERT_EQ(r.capacityProfiles.size(), 1u);
    const hp::CapacityProfile &p = r.capacityProfiles[0];
    EXPECT_EQ(p.offeringId, S("o"));
    ASSERT_EQ(p.placedUnits.size(), 3u);
    ASSERT_EQ(p.capacityUnits.size(), 3u);
    ASSERT_EQ(p.servedFraction.size(), 3u);
    for (std::size_t t = 0; t < 3; ++t)
        EXPECT_EQ(exact(p.placedUnits[t]), "600") << t;
    EXPECT_FALSE(p.capacityUnits[0].has_value());
    EXPECT_EQ(exact(*p.capacityUnits[1]), "500");
    EXPECT_EQ(exact(*p.capacityUnits[2]), "900");
    EXPECT_EQ(exact(p.servedFraction[0]), "1");
    EXPECT_EQ(exact(p.servedFraction[1]), "0.833333333");
    EXPECT_EQ(exact(p.servedFraction[2]), "1");
    // The shortage row says the same for its month.
    EXPECT_EQ(exact(r.capacity[0].servedFraction), "0.833333333");
}

TEST(CapacityRule, NoShortageNoProfile)
{
    ProjectBuilder b;
    b.provider("p").offering("o", "p", "1");
    b.lastOffering().capacityUnits = D("1000");
    b.workload("w", hp::WorkloadClass::Training, "1000", "100");
    b.scenario("S", "2026-01", 2).place("w", "2026-01", {{"o", "100"}});
    EXPECT_TRUE(b.evaluate("S").capacityProfiles.empty());
}
