#include "MonteCarloSimulation.h"

#include "engine/PerturbedEvaluation.h"
#include "engine/ScenarioEngine.h"
#include "engine/ScenarioResolver.h"
#include "engine/TrialRandom.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>
#include <mutex>
#include <set>
#include <thread>

namespace hp {

Percentiles Percentiles::of(std::vector<double> values)
{
    Percentiles p;
    if (values.empty())
        return p;
    double sum = 0;
    for (double v : values)
        sum += v; // in trial order: identical whatever the thread count
    p.mean = sum / double(values.size());
    std::sort(values.begin(), values.end());
    auto at = [&](double q) {
        const double h = (double(values.size()) - 1) * q;
        const auto lo = std::size_t(std::floor(h));
        const std::size_t hi = std::min(lo + 1, values.size() - 1);
        return values[lo] + (h - double(lo)) * (values[hi] - values[lo]);
    };
    p.p10 = at(0.1);
    p.p50 = at(0.5);
    p.p90 = at(0.9);
    return p;
}

std::uint64_t MonteCarloSimulation::memoryNeeded(const MonteCarloRequest &request, int months)
{
    const std::uint64_t perTrial = std::uint64_t(months) * sizeof(double) + 4 * sizeof(double) + 1;
    return std::uint64_t(std::max(request.trials, 0)) * perTrial;
}

namespace {

/// The ranges a run samples: the scenario's own, then those of the comparison
/// scenario that it does not already have (the same draw feeds both).
std::vector<UncertaintyRange> rangesOf(const Project &project, const MonteCarloRequest &request)
{
    std::vector<UncertaintyRange> ranges = ScenarioResolver::resolve(project, request.scenario).uncertainties;
    if (!request.against.isEmpty()) {
        std::set<std::pair<int, QString>> seen;
        for (const auto &r : ranges)
            seen.insert({int(r.input), r.target});
        for (const auto &r : ScenarioResolver::resolve(project, request.against).uncertainties)
            if (seen.insert({int(r.input), r.target}).second)
                ranges.push_back(r);
    }
    return ranges;
}

} // namespace

std::optional<MonteCarloResult> MonteCarloSimulation::run(const Project &project, const MonteCarloRequest &request,
                                                          const std::atomic<bool> *cancel, const Progress &progress)
{
    if (request.trials < 1)
        throw EngineError(QStringLiteral("the number of trials must be at least 1 (is %1)").arg(request.trials));
    // Validates the project once; the trials skip validation.
    const ScenarioEngine checked(project);
    const auto base = checked.evaluate(request.scenario);
    if (!request.against.isEmpty())
        checked.evaluate(request.against);
    const int T = int(base.months.size());
    const std::uint64_t need = memoryNeeded(request, T);
    if (need > kMemoryLimitBytes)
        throw EngineError(QStringLiteral("%1 trials × %2 months need %3 MiB, more than the %4 MiB a run may use; ask for fewer trials")
                              .arg(request.trials).arg(T).arg(need >> 20).arg(kMemoryLimitBytes >> 20));

    const std::vector<UncertaintyRange> ranges = rangesOf(project, request);
    const auto N = std::size_t(request.trials);
    std::vector<double> npv(N), total(N), npvB(request.against.isEmpty() ? 0 : N), monthly(N * std::size_t(T));
    std::vector<char> litigation(N, 0);

    std::atomic<int> next{0}, done{0};
    std::atomic<bool> stop{false};
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto worker = [&] {
        std::vector<std::pair<UncertaintyRange, double>> values;
        Project scratch = project; // every trial overwrites the same fields
        Project scratchB = request.against.isEmpty() ? Project() : project;
        for (int i = next++; i < request.trials && !stop; i = next++) {
            if (cancel && cancel->load()) {
                stop = true;
                break;
            }
            try {
                TrialRandom rng(request.seed, std::uint64_t(i));
                values.clear();
                for (const UncertaintyRange &r : ranges)
                    values.emplace_back(r, rng.sample(r.distribution));
                const PerturbedOutcome a = PerturbedEvaluation::evaluateInPlace(scratch, request.scenario, values);
                npv[std::size_t(i)] = a.npv.toDouble();
                total[std::size_t(i)] = a.total.toDouble();
                litigation[std::size_t(i)] = a.litigation ? 1 : 0;
                for (int t = 0; t < T; ++t)
                    monthly[std::size_t(i) * std::size_t(T) + std::size_t(t)] = a.monthlyTotal[std::size_t(t)].toDouble();
                if (!request.against.isEmpty())
                    npvB[std::size_t(i)] = PerturbedEvaluation::evaluateInPlace(scratchB, request.against, values).npv.toDouble();
            } catch (...) {
                std::lock_guard lock(failureMutex);
                if (!failure)
                    failure = std::current_exception();
                stop = true;
            }
            ++done;
        }
    };

    const int threads = request.threads > 0 ? request.threads : int(std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::thread> pool;
    for (int k = 0; k < std::min(threads, request.trials); ++k)
        pool.emplace_back(worker);
    while (done.load() < request.trials && !stop.load()) {
        if (progress)
            progress(done.load(), request.trials);
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    for (auto &t : pool)
        t.join();
    if (failure)
        std::rethrow_exception(failure);
    if ((cancel && cancel->load()) || done.load() < request.trials)
        return std::nullopt;
    if (progress)
        progress(request.trials, request.trials);

    MonteCarloResult result;
    result.request = request;
    result.months = base.months;
    result.npv = Percentiles::of(npv);
    result.total = Percentiles::of(total);
    std::vector<double> column(N);
    for (int t = 0; t < T; ++t) {
        for (std::size_t i = 0; i < N; ++i)
            column[i] = monthly[i * std::size_t(T) + std::size_t(t)];
        result.monthlyTotal.push_back(Percentiles::of(column));
    }
    if (!request.against.isEmpty()) {
        result.npvAgainst = Percentiles::of(npvB);
        std::size_t wins = 0;
        for (std::size_t i = 0; i < N; ++i)
            wins += npvB[i] < npv[i] ? 1 : 0;
        result.probabilityAgainstBeats = double(wins) / double(N);
    }
    std::size_t drawn = 0;
    for (char c : litigation)
        drawn += std::size_t(c);
    result.litigationShare = double(drawn) / double(N);
    return result;
}

} // namespace hp
