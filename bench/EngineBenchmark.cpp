// One full evaluation of the large synthetic portfolio (foundation issue):
// 50 contracts, 200 workloads, 10 offerings, 60 months. Goal ≤ 5 ms on one core.
#include "SyntheticPortfolio.h"

#include "engine/ScenarioEngine.h"
#include "canonical/DemoPortfolio.h"

#include <benchmark/benchmark.h>

namespace {

void BM_EvaluateSyntheticPortfolio(benchmark::State &state)
{
    const hp::Project project = hp::bench::syntheticPortfolio();
    const hp::ScenarioEngine engine(project);
    std::size_t violations = 0, switches = 0;
    for (auto _ : state) {
        auto result = engine.evaluate(QStringLiteral("Synthetic"));
        benchmark::DoNotOptimize(result.totals.total);
        violations = result.violations.size();
        switches = result.switches.size();
    }
    state.counters["violations"] = double(violations);
    state.counters["switches"] = double(switches);
}
BENCHMARK(BM_EvaluateSyntheticPortfolio)->Unit(benchmark::kMillisecond);

void BM_EvaluateByHorizon(benchmark::State &state)
{
    hp::bench::PortfolioSize size;
    size.months = int(state.range(0));
    const hp::Project project = hp::bench::syntheticPortfolio(size);
    const hp::ScenarioEngine engine(project);
    for (auto _ : state)
        benchmark::DoNotOptimize(engine.evaluate(QStringLiteral("Synthetic")).totals.total);
}
BENCHMARK(BM_EvaluateByHorizon)->Arg(12)->Arg(60)->Arg(240)->Unit(benchmark::kMillisecond);

void BM_EvaluateDemoPivot(benchmark::State &state)
{
    const hp::Project project = hp::DemoPortfolio::load();
    const hp::ScenarioEngine engine(project);
    for (auto _ : state)
        benchmark::DoNotOptimize(engine.evaluate(QStringLiteral("Pivot")).totals.total);
}
BENCHMARK(BM_EvaluateDemoPivot)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
