// docs/rules.md §12.1 — the optimizer's progress callback and cancel (the
// desktop's Optimize dialog): reporting changes nothing, cancelling gives the
// best plan so far, never worse than the base, the same for 1 and 2 threads.
#include "OptimizerTestProject.h"

#include "optimizer/PlacementOptimizer.h"

#include <algorithm>
#include <vector>

using namespace hptest;
using hp::OptimizerStatus;
using hp::PlacementOptimizer;

TEST(PlacementOptimizer, ProgressReportsEachBatchAndChangesNothing)
{
    auto b = base();
    addExclusivity(b);
    auto req = request("2026-01");
    req.limits.maxExpectedExposure = D("3000");
    const auto plain = PlacementOptimizer::run(b.p, req);
    std::vector<int> counts;
    std::vector<std::optional<hp::Decimal>> best;
    req.progress = [&](int evaluations, std::optional<hp::Decimal> bestSoFar) {
        counts.push_back(evaluations);
        best.push_back(bestSoFar);
        return true;
    };
    const auto reported = PlacementOptimizer::run(b.p, req);
    EXPECT_FALSE(reported.cancelled);
    EXPECT_EQ(reported.status, plain.status);
    EXPECT_EQ(reported.plan, plain.plan);
    EXPECT_EQ(*reported.value, *plain.value);
    EXPECT_EQ(reported.evaluations, plain.evaluations);
    EXPECT_EQ(reported.baseTotals.total, plain.baseTotals.total);
    ASSERT_GE(counts.size(), 2u);
    EXPECT_EQ(counts.front(), 2); // the base and its own plan
    EXPECT_EQ(counts.back(), plain.evaluations);
    EXPECT_TRUE(std::is_sorted(counts.begin(), counts.end()));
    ASSERT_TRUE(best.back().has_value());
    EXPECT_EQ(*best.back(), *plain.value);
}

TEST(PlacementOptimizer, CancelAfterTheFirstReportGivesTheBestSoFarNoWorseThanTheBase)
{
    // The large grid of the test above, whose base (all on a1) meets no constraint set here.
    ProjectBuilder b;
    b.provider("ca").provider("cb");
    b.offering("a1", "ca", "1.00", "H200").offering("a2", "ca", "0.95", "H100").offering("b1", "cb", "0.80", "Trainium2");
    b.workload("w1", hp::WorkloadClass::StatefulRuntime, "1000", "1000");
    b.workload("w2", hp::WorkloadClass::BatchInference, "500", "500");
    b.scenario("S", "2026-01", 12).place("w1", "2026-01", {{"a1", "100"}}).place("w2", "2026-01", {{"a1", "100"}});
    for (int threads : {1, 2}) {
        auto req = request();
        req.stepPct = D("1"); // 5 151² plans: searched, not enumerated
        req.threads = threads;
        int calls = 0;
        req.progress = [&calls](int, std::optional<hp::Decimal>) {
            ++calls;
            return false;
        };
        const auto r = PlacementOptimizer::run(b.p, req);
        EXPECT_EQ(calls, 1);
        EXPECT_TRUE(r.cancelled);
        EXPECT_FALSE(r.timeLimitReached);
        EXPECT_FALSE(r.exhaustive);
        ASSERT_TRUE(r.baseFeasible);
        ASSERT_EQ(r.status, OptimizerStatus::Feasible);
        EXPECT_LE(*r.value, r.baseObjective);
        EXPECT_EQ(r.evaluations, 2);
    }
    // Enumerated grids stop too, and are then not called optimal.
    auto small = base();
    auto req = request("2026-01");
    req.progress = [](int, std::optional<hp::Decimal>) { return false; };
    const auto r = PlacementOptimizer::run(small.p, req);
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(r.status, OptimizerStatus::Feasible);
    EXPECT_EQ(r.evaluations, 2);
    EXPECT_EQ(*r.value, r.baseObjective);
}

