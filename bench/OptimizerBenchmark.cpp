// The placement optimizer (issue 19, docs/rules.md §12.1). Goals: the demo, all
// four workloads at 5 points, under 10 s on 2 cores; the 200-workload synthetic
// portfolio under 60 s with a time limit. Figures in docs/analysis.md.
#include "SyntheticPortfolio.h"

#include "optimizer/PlacementOptimizer.h"
#include "canonical/DemoPortfolio.h"

#include <benchmark/benchmark.h>

namespace {

void optimize(benchmark::State &state, const hp::Project &project, const hp::OptimizerRequest &request)
{
    hp::OptimizerResult r;
    for (auto _ : state) {
        r = hp::PlacementOptimizer::run(project, request);
        benchmark::DoNotOptimize(r.value);
    }
    state.counters["evaluations"] = r.evaluations;
    state.counters["per_evaluation_ms"] = r.seconds * 1000.0 / std::max(1, r.evaluations);
    state.counters["improvement_pct"] =
        r.value ? 100.0 * (1.0 - r.value->toDouble() / r.baseObjective.toDouble()) : 0.0;
    state.counters["time_limit_reached"] = r.timeLimitReached ? 1 : 0;
    state.counters["constraints"] = double(r.constraints.size()); // residency and capacity appear when they apply
    const char *status = r.status == hp::OptimizerStatus::Optimal    ? "optimal"
                         : r.status == hp::OptimizerStatus::Feasible ? "feasible"
                                                                     : "infeasible";
    state.SetLabel(status);
}

/// Status quo, every workload from 2026-02 at 5 points, NPV; range(0): threads,
/// range(1): an expected-exposure limit in $M (0: none).
void BM_OptimizeDemo(benchmark::State &state)
{
    const hp::Project demo = hp::DemoPortfolio::load();
    hp::OptimizerRequest request;
    request.scenario = QStringLiteral("Status quo");
    request.threads = int(state.range(0));
    if (state.range(1) > 0)
        request.limits.maxExpectedExposure = hp::Decimal::fromInt(state.range(1) * 1'000'000);
    optimize(state, demo, request);
}
BENCHMARK(BM_OptimizeDemo)->Args({1, 0})->Args({2, 0})->Args({2, 1000})->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

/// The demo's batch inference alone at 25 points: an enumerated grid of 126 plans.
void BM_OptimizeDemoEnumerated(benchmark::State &state)
{
    const hp::Project demo = hp::DemoPortfolio::load();
    hp::OptimizerRequest request;
    request.scenario = QStringLiteral("Status quo");
    request.workloads = {QStringLiteral("batch_inference")};
    request.stepPct = hp::Decimal::fromInt(25);
    request.threads = 2;
    optimize(state, demo, request);
}
BENCHMARK(BM_OptimizeDemoEnumerated)->Unit(benchmark::kMillisecond)->UseRealTime();

/// 200 workloads over 10 offerings, every workload, 5 points, 2 threads, 55 s limit.
void BM_OptimizeSyntheticWithTimeLimit(benchmark::State &state)
{
    const hp::Project project = hp::bench::syntheticPortfolio();
    hp::OptimizerRequest request;
    request.scenario = QStringLiteral("Synthetic");
    request.threads = 2;
    request.timeLimitSeconds = 55;
    optimize(state, project, request);
}
BENCHMARK(BM_OptimizeSyntheticWithTimeLimit)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
