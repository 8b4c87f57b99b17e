// docs/rules.md §12.1 — the placement optimizer on small projects with hand-checked
// optima. Where a grid is enumerated the test enumerates it again itself, on
// the engine, and checks the optimizer's answer against its own.
//
// The project: workload w (stateless_api) runs 1 000 units a month with revenue
// 1 000 a month for 12 months from 2026-01, discount rate 0 (NPV = total).
// a1 (provider ca, H200) costs 1.00 a unit, b1 (provider cb, Trainium2) 0.80.
#include "OptimizerTestProject.h"
#include "ProjectBuilder.h"

#include "analysis/MonteCarloSimulation.h"
#include "optimizer/OptimizerProblem.h"
#include "optimizer/PlacementOptimizer.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <vector>

using namespace hptest;
using hp::OptimizerObjective;
using hp::OptimizerRequest;
using hp::OptimizerStatus;
using hp::PlacementOptimizer;

namespace {

/// The project with child scenario T of S: w's plan from `from` with 5·k % on
/// a1 and the rest on b1 (the base's 2026-01 row first when `from` is later).
hp::Project withPlan(const hp::Project &project, const char *from, int k)
{
    hp::Project p = project;
    hp::Scenario child;
    child.name = S("T");
    child.parent = S("S");
    hp::Placement pl{S("w"), M(from), {}, 0};
    if (k > 0)
        pl.allocations.push_back({S("a1"), hp::Decimal::fromInt(5 * k)});
    if (k < 20)
        pl.allocations.push_back({S("b1"), hp::Decimal::fromInt(100 - 5 * k)});
    if (M(from) > M("2026-01"))
        child.placements.push_back(p.scenario(S("S"))->placements.front());
    child.placements.push_back(pl);
    p.scenarios.push_back(child);
    return p;
}

/// The test's own enumeration of w's grid (share on b1 = 0, 5 … 100 %): each
/// plan as a child scenario evaluated by the engine; the feasible plan of least
/// total (ties: more on a1 first, the optimizer's lexicographic order).
struct OwnOptimum {
    hp::Decimal shareB;
    hp::Decimal total;
    bool found = false;
};
template <typename Feasible>
OwnOptimum enumerate(const hp::Project &project, const char *from, Feasible feasible)
{
    OwnOptimum best;
    for (int k = 20; k >= 0; --k) { // a1's count descending = plan order ascending
        const hp::EngineResult r = hp::ScenarioEngine(withPlan(project, from, k)).evaluate(S("T"));
        if (feasible(r) && (!best.found || r.totals.total < best.total))
            best = {hp::Decimal::fromInt(100 - 5 * k), r.totals.total, true};
    }
    return best;
}

hp::Decimal shareOn(const hp::OptimizerResult &r, const char *offering)
{
    for (const hp::Placement &p : r.plan)
        for (const hp::Allocation &a : p.allocations)
            if (a.offeringId == S(offering))
                return a.sharePct;
    return {};
}

} // namespace

TEST(PlacementOptimizer, ExposureLimitGivesTheOptimumAtTheConstraintsEdge)
{
    auto b = base();
    addExclusivity(b);
    auto req = request("2026-01");
    req.limits.maxExpectedExposure = D("3000");
    const auto r = PlacementOptimizer::run(b.p, req);
    ASSERT_EQ(r.status, OptimizerStatus::Optimal);
    EXPECT_TRUE(r.freshStart);
    EXPECT_TRUE(r.exhaustive);
    EXPECT_EQ(r.gridSize, 21u);
    EXPECT_EQ(r.evaluations, 22); // the base and 21 plans
    // 1 000 × s × 12 ≤ 3 000 ⇔ s ≤ 25 %: total 12 × 1 000 × (0.75 × 1.00 + 0.25 × 0.80) = 11 400.
    EXPECT_EQ(shareOn(r, "b1"), D("25"));
    EXPECT_EQ(shareOn(r, "a1"), D("75"));
    EXPECT_EQ(cents(*r.value), "11400.00");
    EXPECT_EQ(cents(r.totals->total), "11400.00");
    ASSERT_EQ(r.constraints.size(), 1u);
    EXPECT_EQ(cents(r.constraints[0].value), "3000.00");
    EXPECT_TRUE(r.constraints[0].binding);
    EXPECT_TRUE(r.constraints[0].met);

    const OwnOptimum own = enumerate(b.p, "2026-01", [](const hp::EngineResult &e) { return e.totals.expectedExposure <= D("3000"); });
    ASSERT_TRUE(own.found);
    EXPECT_EQ(own.shareB, shareOn(r, "b1"));
    EXPECT_EQ(own.total, *r.value);
}

TEST(PlacementOptimizer, LooseLimitIsNotBinding)
{
    auto b = base();
    addExclusivity(b);
    auto req = request("2026-01");
    req.limits.maxExpectedExposure = D("20000");
    const auto r = PlacementOptimizer::run(b.p, req);
    ASSERT_EQ(r.status, OptimizerStatus::Optimal);
    EXPECT_EQ(shareOn(r, "b1"), D("100")); // 9 600, exposure 12 000
    EXPECT_EQ(cents(*r.value), "9600.00");
    EXPECT_FALSE(r.constraints[0].binding);
}

TEST(PlacementOptimizer, SwitchingLimitFromTheHorizonsSecondMonth)
{
    auto b = base();
    auto req = request(); // default from: 2026-02, so the move pays re-engineering
    req.limits.maxSwitching = D("500");
    const auto r = PlacementOptimizer::run(b.p, req);
    ASSERT_EQ(r.status, OptimizerStatus::Optimal);
    EXPECT_EQ(r.from, M("2026-02"));
    EXPECT_FALSE(r.freshStart);
    // Re-engineering 10 × 100 × s ≤ 500 ⇔ s ≤ 50 %: 1 000 + 11 × (1 000 − 200 × 0.5) + 500 = 11 400.
    EXPECT_EQ(shareOn(r, "b1"), D("50"));
    EXPECT_EQ(cents(*r.value), "11400.00");
    EXPECT_TRUE(r.constraints[0].binding);
    const OwnOptimum own = enumerate(b.p, "2026-02", [](const hp::EngineResult &e) { return e.totals.switching <= D("500"); });
    EXPECT_EQ(own.shareB, D("50"));
    EXPECT_EQ(own.total, *r.value);

    // Unconstrained, everything moves: 1 000 + 11 × 800 + 1 000 = 10 800.
    const auto free = PlacementOptimizer::run(b.p, request());
    EXPECT_EQ(shareOn(free, "b1"), D("100"));
    EXPECT_EQ(cents(*free.value), "10800.00");
    EXPECT_EQ(cents(free.baseObjective), "12000.00");
}

TEST(PlacementOptimizer, SavedScenarioKeepsTheBaseRowsBeforeFromAndEvaluatesToTheReportedTotals)
{
    auto b = base();
    const auto r = PlacementOptimizer::run(b.p, request("2026-04"));
    ASSERT_EQ(r.status, OptimizerStatus::Optimal);
    ASSERT_EQ(r.planScenario.placements.size(), 2u);
    EXPECT_EQ(r.planScenario.placements[0].from, M("2026-01"));
    EXPECT_EQ(r.planScenario.placements[0].allocations[0].offeringId, S("a1"));
    EXPECT_EQ(r.planScenario.placements[1].from, M("2026-04"));
    hp::Project saved = b.p;
    hp::Scenario child = r.planScenario;
    child.name = S("Optimized");
    child.parent = S("S");
    saved.scenarios.push_back(child);
    const auto e = hp::ScenarioEngine(saved).evaluate(S("Optimized"));
    EXPECT_EQ(e.totals.total, r.totals->total);
    EXPECT_EQ(e.totals.total, *r.value);
    // 3 000 + 9 × 800 + 1 000 re-engineering = 11 200.
    EXPECT_EQ(cents(e.totals.total), "11200.00");
}

TEST(PlacementOptimizer, RiskAdjustedAddsExpectedExposure)
{
    auto b = base();
    addExclusivity(b);
    auto req = request("2026-01");
    req.objective = OptimizerObjective::RiskAdjusted;
    // total + exposure = 12 000 × (1 − 0.2 s) + 12 000 × s: least with everything on a1.
    const auto r = PlacementOptimizer::run(b.p, req);
    ASSERT_EQ(r.status, OptimizerStatus::Optimal);
    EXPECT_EQ(shareOn(r, "a1"), D("100"));
    EXPECT_EQ(cents(*r.value), "12000.00");
}

TEST(PlacementOptimizer, RiskAdjustedCountsRevenueAtRiskOfARationedOffering)
{
    // a1 can serve 500 of the 1 000 units a month. With share s on b1 (as a fraction):
    // s < ½: a1 serves 500 (cost 500), b1 800 s, revenue at risk 1 000 (1 − s) − 500,
    // exposure 1 000 s → 1 000 + 800 s a month; s ≥ ½: 1 000 (1 − s) + 800 s + 1 000 s
    // = 1 000 + 800 s. Least at s = 0: total 500 × 12 = 6 000 plus revenue at risk
    // 500 × 12 = 6 000 → 12 000.00 (before §11 joined the objective: 6 000.00).
    auto b = base();
    addExclusivity(b);
    b.p.offerings[0].capacityUnits = D("500");
    auto req = request("2026-01");
    req.objective = OptimizerObjective::RiskAdjusted;
    req.limits.allowUnserved = true; // without it `capacity` forbids any plan with more than 50 % on a1
    const auto r = PlacementOptimizer::run(b.p, req);
    ASSERT_EQ(r.status, OptimizerStatus::Optimal);
    EXPECT_EQ(shareOn(r, "a1"), D("100"));
    EXPECT_EQ(cents(*r.value), "12000.00");
}

TEST(PlacementOptimizer, ResidencyForbidsPlacingAChosenWorkloadOutsideItsList)
{
    // w's data may only be processed in the US; a1 is in the US, b1 in Ireland.
    // Without the rule the least total is everything on b1: 12 × 1 000 × 0.80 = 9 600.
    // With it every share on b1 is a breach, so only 100 % on a1 is allowed: 12 000.
    auto b = base();
    b.lastWorkload().residency = {S("US")};
    b.p.offerings[0].jurisdiction = S("US");
    b.p.offerings[1].jurisdiction = S("IE");
    auto req = request("2026-01");
    const auto r = PlacementOptimizer::run(b.p, req);
    ASSERT_EQ(r.status, OptimizerStatus::Optimal);
    EXPECT_EQ(shareOn(r, "a1"), D("100"));
    EXPECT_EQ(cents(*r.value), "12000.00");
    ASSERT_EQ(r.constraints.size(), 1u);
    EXPECT_EQ(r.constraints[0].kind, hp::ConstraintKind::Residency);
    EXPECT_EQ(r.constraints[0].value, D("0"));
    EXPECT_TRUE(r.constraints[0].met);

    req.limits.allowResidencyBreach = true; // --allow-residency-breach
    const auto allowed = PlacementOptimizer::run(b.p, req);
    EXPECT_EQ(shareOn(allowed, "b1"), D("100"));
    EXPECT_EQ(cents(*allowed.value), "9600.00");
    EXPECT_TRUE(allowed.constraints.empty());

    b.lastWorkload().residency = {S("eu")}; // EU admits its member states, case-insensitively
    const auto eu = PlacementOptimizer::run(b.p, request("2026-01"));
    EXPECT_EQ(shareOn(eu, "b1"), D("100"));
    EXPECT_EQ(cents(*eu.value), "9600.00");
}

TEST(PlacementOptimizer, InfeasibleNamesTheSmallestConflictingSet)
{
    auto b = base();
    addExclusivity(b);
    addCommitment(b);
    auto req = request("2026-01");
    req.limits.maxExpectedExposure = D("3000"); // s ≤ 25 %
    req.limits.noShortfall = true;              // 9 600 × s ≥ 4 800 ⇔ s ≥ 50 %
    req.limits.maxSwitching = D("0");           // met by every fresh start
    const auto r = PlacementOptimizer::run(b.p, req);
    EXPECT_EQ(r.status, OptimizerStatus::Infeasible);
    EXPECT_TRUE(r.plan.empty());
    EXPECT_FALSE(r.value.has_value());
    EXPECT_EQ(r.conflicting, QStringList({S("max_expected_exposure"), S("no_shortfall")}));

    // Each alone is met: 25 % and 50 % on b1.
    auto onlyExposure = req;
    onlyExposure.limits.noShortfall = false;
    EXPECT_EQ(shareOn(PlacementOptimizer::run(b.p, onlyExposure), "b1"), D("25"));
    auto onlyShortfall = req;
    onlyShortfall.limits.maxExpectedExposure.reset();
    const auto s = PlacementOptimizer::run(b.p, onlyShortfall);
    EXPECT_EQ(shareOn(s, "b1"), D("100")); // the cheapest plan without shortfall
    const OwnOptimum own = enumerate(b.p, "2026-01", [](const hp::EngineResult &e) {
        return (e.totals.shortfall + e.totals.projectedShortfall).isZero();
    });
    EXPECT_EQ(own.total, *s.value);

    // Three providers are impossible with two: that alone conflicts.
    auto three = req;
    three.limits.minProviders = 3;
    EXPECT_EQ(PlacementOptimizer::run(b.p, three).conflicting, QStringList({S("min_providers")}));
}

TEST(PlacementOptimizer, MinProvidersAndHhiAreCheckedFromTheFirstPlanMonth)
{
    auto b = base();
    auto req = request("2026-01");
    req.limits.minProviders = 2;
    // Two providers ≥ 10 % each: the cheapest keeps 10 % on a1 (90 % on b1):
    // 12 × 1 000 × (0.1 + 0.72) = 9 840.
    const auto r = PlacementOptimizer::run(b.p, req);
    ASSERT_EQ(r.status, OptimizerStatus::Optimal);
    EXPECT_EQ(shareOn(r, "a1"), D("10"));
    EXPECT_EQ(cents(*r.value), "9840.00");
    EXPECT_TRUE(r.constraints[0].binding);

    // HHI ≤ 5 000 needs equal spend: 1 000 × a = 800 × (1 − a) ⇔ a = 4/9; on a
    // 5-point grid the spend shares are never equal, so no plan passes.
    auto hhi = request("2026-01");
    hhi.limits.maxHhi = D("5000");
    EXPECT_EQ(PlacementOptimizer::run(b.p, hhi).conflicting, QStringList({S("max_hhi")}));
    // HHI ≤ 5 100: a = 45 %: spend 450 and 440, HHI = (450² + 440²) / 890² × 10 000 = 5 000.63…
    hhi.limits.maxHhi = D("5100");
    const auto h = PlacementOptimizer::run(b.p, hhi);
    ASSERT_EQ(h.status, OptimizerStatus::Optimal);
    const OwnOptimum own = enumerate(b.p, "2026-01", [](const hp::EngineResult &e) {
        return *std::max_element(e.monthly.hhi.begin(), e.monthly.hhi.end()) <= D("5100");
    });
    EXPECT_EQ(own.shareB, shareOn(h, "b1"));
    EXPECT_EQ(own.total, *h.value);
}

TEST(PlacementOptimizer, LargeGridSearchIsTheSameForOneAndTwoThreadsAndNeverWorseThanTheBase)
{
    // Two workloads over six offerings at 5 points: 53 130² plans, searched.
    ProjectBuilder b;
    b.provider("ca").provider("cb").provider("cc");
    b.offering("a1", "ca", "1.00", "H200").offering("a2", "ca", "0.95", "H100");
    b.offering("b1", "cb", "0.80", "Trainium2").offering("b2", "cb", "0.85", "H200");
    b.offering("c1", "cc", "0.90", "H200").offering("c2", "cc", "1.10", "MI300X");
    b.workload("w1", hp::WorkloadClass::StatefulRuntime, "1000", "1000");
    b.lastWorkload().reengineeringPersonMonths = D("10");
    b.lastWorkload().costPerPersonMonth = D("100");
    b.workload("w2", hp::WorkloadClass::BatchInference, "500", "500");
    b.scenario("S", "2026-01", 12).place("w1", "2026-01", {{"a1", "100"}}).place("w2", "2026-01", {{"a1", "100"}});
    b.contract("edp", "cc", "2026-01", "2026-12");
    b.lastContract().commitments.push_back({std::nullopt, {D("3000")}, D("0"), hp::allWorkloadClasses(), D("0"), hp::TrueUp::Yearly, {}});
    auto req = request();
    req.limits.noShortfall = true;
    req.limits.minProviders = 2;
    req.threads = 1;
    const auto one = PlacementOptimizer::run(b.p, req);
    req.threads = 2;
    const auto two = PlacementOptimizer::run(b.p, req);
    EXPECT_EQ(one.gridSize, 53130u * 53130u);
    EXPECT_FALSE(one.exhaustive);
    ASSERT_EQ(one.status, OptimizerStatus::Feasible);
    EXPECT_EQ(one.plan, two.plan);
    EXPECT_EQ(*one.value, *two.value);
    EXPECT_EQ(one.evaluations, two.evaluations);
    EXPECT_TRUE(one.constraints[0].met && one.constraints[1].met);
    EXPECT_LT(*one.value, one.baseObjective); // the base is not even feasible, and costs more

    // Without constraints the base (all on a1) is a start point: never worse.
    auto free = request();
    const auto f = PlacementOptimizer::run(b.p, free);
    EXPECT_LE(*f.value, f.baseObjective);
}

TEST(PlacementOptimizer, EnumeratedAnswerIsTheSameForOneAndTwoThreads)
{
    auto b = base();
    addExclusivity(b);
    auto req = request("2026-01");
    req.limits.maxExpectedExposure = D("6000");
    req.threads = 1;
    const auto one = PlacementOptimizer::run(b.p, req);
    req.threads = 2;
    const auto two = PlacementOptimizer::run(b.p, req);
    EXPECT_EQ(one.plan, two.plan);
    EXPECT_EQ(*one.value, *two.value);
    EXPECT_EQ(shareOn(one, "b1"), D("50"));
}

TEST(PlacementOptimizer, P90WithoutUncertaintyIsTheNpvOptimum)
{
    auto b = base();
    b.lastScenario().discountRatePct = D("8");
    auto req = request("2026-01");
    req.objective = OptimizerObjective::Npv;
    const auto npv = PlacementOptimizer::run(b.p, req);
    req.objective = OptimizerObjective::P90;
    req.trials = 5;
    const auto p90 = PlacementOptimizer::run(b.p, req);
    EXPECT_EQ(npv.plan, p90.plan);
    EXPECT_EQ(*npv.value, *p90.value);
    EXPECT_EQ(npv.totals->npv, *npv.value);
}

TEST(PlacementOptimizer, P90IsMonteCarlosP90OfTheSamePlanWithTheSameSeed)
{
    // b1's price drift is uncertain (uniform −50 … +50 % a year, from 2025-01 so
    // that it already counts in 2026): every plan's P90 comes from the same draws.
    auto b = base();
    b.p.offerings[1].effectiveMonth = M("2025-01");
    b.lastScenario().uncertainties.push_back({hp::UncertainInput::PriceDrift, S("b1"), {hp::DistributionKind::Uniform, -50, 50, 0}});
    b.lastScenario().discountRatePct = D("8");
    auto req = request("2026-01");
    req.objective = OptimizerObjective::P90;
    req.trials = 20;
    req.seed = 7;
    const auto r = PlacementOptimizer::run(b.p, req);
    ASSERT_EQ(r.status, OptimizerStatus::Optimal);

    // The test's own enumeration: Monte Carlo of each plan, seed 7, 20 trials.
    hp::Decimal bestP90;
    hp::Decimal bestShare;
    for (int k = 20; k >= 0; --k) {
        const auto mc = hp::MonteCarloSimulation::run(withPlan(b.p, "2026-01", k), {S("T"), {}, 20, 7, 1});
        if (k == 20 || mc->npv.p90 < bestP90) {
            bestP90 = mc->npv.p90;
            bestShare = hp::Decimal::fromInt(100 - 5 * k);
        }
    }
    EXPECT_EQ(*r.value, bestP90);
    EXPECT_EQ(shareOn(r, "b1"), bestShare);
}

TEST(PlacementOptimizer, BadInputIsRefusedBeforeAnyEvaluation)
{
    const auto b = base();
    auto bad = [&](auto change) {
        auto req = request();
        change(req);
        EXPECT_THROW(PlacementOptimizer::run(b.p, req), hp::OptimizerInputError);
    };
    bad([](OptimizerRequest &r) { r.stepPct = D("7"); });
    bad([](OptimizerRequest &r) { r.stepPct = D("0"); });
    bad([](OptimizerRequest &r) { r.limits.maxExpectedExposure = D("-1"); });
    bad([](OptimizerRequest &r) { r.limits.minProviders = -1; });
    bad([](OptimizerRequest &r) { r.workloads = {S("nope")}; });
    bad([](OptimizerRequest &r) { r.scenario = S("Nope"); });
    bad([](OptimizerRequest &r) { r.from = M("2027-01"); });
    bad([](OptimizerRequest &r) { r.from = M("2025-12"); });
    // 2.5 divides 100: accepted (41 plans).
    auto fine = request();
    fine.stepPct = D("2.5");
    EXPECT_EQ(PlacementOptimizer::run(b.p, fine).gridSize, 41u);
}
