// docs/rules.md §12.1, §11.2 — the optimizer's `capacity` constraint: unless
// unserved units are allowed, no chosen workload's placement may go unserved
// for want of capacity; when they are allowed, revenue at risk joins the NPV
// and total objectives. Hand-checked on the small project of OptimizerTestProject.h.
#include "OptimizerTestProject.h"
#include "ProjectBuilder.h"

#include "optimizer/OptimizerConstraints.h"
#include "optimizer/PlacementOptimizer.h"

#include <vector>

using namespace hptest;
using hp::OptimizerStatus;
using hp::PlacementOptimizer;

namespace {

hp::Decimal shareOn(const hp::OptimizerResult &r, const char *offering)
{
    for (const hp::Placement &p : r.plan)
        for (const hp::Allocation &a : p.allocations)
            if (a.offeringId == S(offering))
                return a.sharePct;
    return {};
}

/// The project with child scenario T of S: w wholly on b1 from 2026-01.
hp::Project allOnB1(const hp::Project &project)
{
    hp::Project p = project;
    hp::Scenario child;
    child.name = S("T");
    child.parent = S("S");
    child.placements.push_back({S("w"), M("2026-01"), {{S("b1"), D("100")}}, 0});
    p.scenarios.push_back(child);
    return p;
}

} // namespace

TEST(PlacementOptimizer, CapacityForbidsUnservedUnitsOfAChosenWorkload)
{
    // b1 (0.80) can serve only 600 of w's 1 000 units a month; revenue 500 a month.
    // With share s on b1 (a fraction), a month costs, when 1 000 s ≤ 600:
    //   1 000 (1 − s) × 1.00 + 1 000 s × 0.80 = 1 000 − 200 s, nothing unserved;
    // when s > 0.6: a1 1 000 (1 − s), b1 600 × 0.80 = 480, 1 000 s − 600 units
    //   unserved and revenue at risk 500 × (1 000 s − 600) ÷ 1 000 = 500 s − 300.
    auto b = base();
    b.lastWorkload().monthlyRevenue = D("500");
    b.p.offerings[1].capacityUnits = D("600");
    auto req = request("2026-01");

    // `capacity` (no unserved unit): the least total is s = 60 %: 880 × 12 = 10 560.00.
    const auto r = PlacementOptimizer::run(b.p, req);
    ASSERT_EQ(r.status, OptimizerStatus::Optimal);
    EXPECT_EQ(shareOn(r, "b1"), D("60"));
    EXPECT_EQ(cents(*r.value), "10560.00");
    ASSERT_EQ(r.constraints.size(), 1u);
    EXPECT_EQ(r.constraints[0].kind, hp::ConstraintKind::Capacity);
    EXPECT_EQ(hp::OptimizerConstraints::name(r.constraints[0].kind), S("capacity"));
    EXPECT_EQ(r.constraints[0].value, D("0"));
    EXPECT_TRUE(r.constraints[0].met);
    EXPECT_FALSE(r.constraints[0].binding); // a prohibition, like residency
    // The base (everything on a1) serves every unit and meets it.
    EXPECT_TRUE(r.baseFeasible);

    // --allow-unserved: total + revenue at risk = 1 000 − 1 000 s + 480 + 500 s − 300
    // = 1 180 − 500 s for s > 0.6, least at s = 1: 680 × 12 = 8 160.00 (of which
    // total 480 × 12 = 5 760, revenue at risk 200 × 12 = 2 400).
    req.limits.allowUnserved = true;
    const auto allowed = PlacementOptimizer::run(b.p, req);
    ASSERT_EQ(allowed.status, OptimizerStatus::Optimal);
    EXPECT_EQ(shareOn(allowed, "b1"), D("100"));
    EXPECT_EQ(cents(*allowed.value), "8160.00");
    ASSERT_TRUE(allowed.totals.has_value());
    EXPECT_EQ(cents(allowed.totals->total), "5760.00");
    EXPECT_EQ(cents(allowed.totals->revenueAtRisk), "2400.00");
    EXPECT_TRUE(allowed.constraints.empty());

    // The constraint's value is the engine's unserved units: 100 % on b1 leaves
    // 400 a month unserved, 4 800 over the 12 months.
    const hp::EngineResult e = hp::ScenarioEngine(allOnB1(b.p)).evaluate(S("T"));
    hp::OptimizerConstraints capacity(hp::OptimizerLimits{}, 0, {S("w")}, false, true);
    EXPECT_EQ(capacity.values(e), std::vector<hp::Decimal>{D("4800")});
    EXPECT_EQ(capacity.violated(capacity.values(e)), 1u);
    // Counted from `from` only: from month 7 on, 6 × 400.
    hp::OptimizerConstraints fromJuly(hp::OptimizerLimits{}, 6, {S("w")}, false, true);
    EXPECT_EQ(fromJuly.values(e), std::vector<hp::Decimal>{D("2400")});
    // Only the chosen workloads count.
    hp::OptimizerConstraints other(hp::OptimizerLimits{}, 0, {S("x")}, false, true);
    EXPECT_EQ(other.values(e), std::vector<hp::Decimal>{D("0")});
}

TEST(PlacementOptimizer, CapacityTooSmallEverywhereIsInfeasibleNamingCapacity)
{
    // a1 serves at most 300 units, b1 600: every split of 1 000 units leaves some
    // unserved (a1 needs s ≥ 70 %, b1 s ≤ 60 %), so no plan meets `capacity`.
    auto b = base();
    b.p.offerings[0].capacityUnits = D("300");
    b.p.offerings[1].capacityUnits = D("600");
    const auto r = PlacementOptimizer::run(b.p, request("2026-01"));
    EXPECT_EQ(r.status, OptimizerStatus::Infeasible);
    EXPECT_TRUE(r.plan.empty());
    EXPECT_EQ(r.conflicting, QStringList({S("capacity")}));
    EXPECT_FALSE(r.baseFeasible);
}

TEST(PlacementOptimizer, NoCapacityAnywhereLeavesTheCapacityConstraintOut)
{
    const auto r = PlacementOptimizer::run(base().p, request("2026-01"));
    EXPECT_TRUE(r.constraints.empty());
    EXPECT_EQ(shareOn(r, "b1"), D("100"));
}
