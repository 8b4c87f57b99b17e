// Scenario analysis (issue 7, docs/rules.md §5): Monte Carlo on the demo portfolio
// (goal: 10 000 trials ≤ 0.5 s with 2 threads) and on the large synthetic
// portfolio (per-trial time), the tornado and a goal seek.
#include "SyntheticPortfolio.h"

#include "analysis/GoalSeek.h"
#include "analysis/MonteCarloSimulation.h"
#include "analysis/SensitivityAnalysis.h"
#include "canonical/DemoPortfolio.h"

#include <benchmark/benchmark.h>

namespace {

const QString kPivot = QStringLiteral("Pivot");
const QString kStatusQuo = QStringLiteral("Status quo");
const QString kSynthetic = QStringLiteral("Synthetic");

/// The synthetic portfolio with a range on every input kind (targets: all).
hp::Project uncertainSynthetic()
{
    hp::Project p = hp::bench::syntheticPortfolio();
    using K = hp::DistributionKind;
    using I = hp::UncertainInput;
    p.scenario(kSynthetic)->uncertainties = {
        {I::Growth, QString(), {K::Triangular, 0.2, 0.8, 1.5}},
        {I::PriceDrift, QString(), {K::Uniform, -10, 0, 0}},
        {I::Revenue, QStringLiteral("w7"), {K::Normal, 60000, 5000, 0}},
        {I::PBreach, QString(), {K::Triangular, 20, 35, 60}},
        {I::EgressGb, QStringLiteral("w3"), {K::Uniform, 1000, 5000, 0}},
        {I::ReengineeringMonths, QString(), {K::Triangular, 1, 4, 12}},
        {I::PBreach, QStringLiteral("k2"), {K::Bernoulli, 0.35, 0, 0}},
    };
    return p;
}

void runMonteCarlo(benchmark::State &state, const hp::Project &project, const hp::MonteCarloRequest &request)
{
    for (auto _ : state) {
        const auto result = hp::MonteCarloSimulation::run(project, request);
        benchmark::DoNotOptimize(result->npv.p50);
    }
    state.counters["trials"] = request.trials;
    state.counters["per_trial"] =
        benchmark::Counter(double(request.trials), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void BM_MonteCarloDemoPivot(benchmark::State &state)
{
    const hp::Project demo = hp::DemoPortfolio::load();
    runMonteCarlo(state, demo, {kPivot, QString(), 10000, 42, int(state.range(0))});
}
BENCHMARK(BM_MonteCarloDemoPivot)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_MonteCarloDemoPivotAgainstStatusQuo(benchmark::State &state)
{
    const hp::Project demo = hp::DemoPortfolio::load();
    runMonteCarlo(state, demo, {kPivot, kStatusQuo, 10000, 42, 2});
}
BENCHMARK(BM_MonteCarloDemoPivotAgainstStatusQuo)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_MonteCarloSynthetic(benchmark::State &state)
{
    const hp::Project project = uncertainSynthetic();
    runMonteCarlo(state, project, {kSynthetic, QString(), 200, 42, 2});
}
BENCHMARK(BM_MonteCarloSynthetic)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_TornadoDemoPivot(benchmark::State &state)
{
    const hp::Project demo = hp::DemoPortfolio::load();
    for (auto _ : state)
        benchmark::DoNotOptimize(hp::SensitivityAnalysis::run(demo, kPivot).bars.size());
}
BENCHMARK(BM_TornadoDemoPivot)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
