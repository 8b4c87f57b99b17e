#pragma once

#include "domain/Project.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>

namespace hp {

struct MonteCarloRequest {
    QString scenario;
    QString against;          ///< optional scenario B for "probability that B beats A"
    int trials = 10000;
    std::uint64_t seed = 1;
    int threads = 0;          ///< 0: the machine's cores
};

/// P10/P50/P90 (linear interpolation between order statistics, like Excel's
/// PERCENTILE.INC) and the mean.
struct Percentiles {
    double p10 = 0, p50 = 0, p90 = 0, mean = 0;
    static Percentiles of(std::vector<double> values);
};

struct MonteCarloResult {
    MonteCarloRequest request;
    std::vector<YearMonth> months;
    Percentiles npv;
    Percentiles total;                       ///< total cost over the horizon
    std::vector<Percentiles> monthlyTotal;   ///< the fan chart
    std::optional<Percentiles> npvAgainst;
    std::optional<double> probabilityAgainstBeats; ///< share of trials where B's NPV < A's
    double litigationShare = 0;              ///< share of trials with a litigation outcome drawn
};

/// Seeded Monte Carlo over a scenario's uncertainty ranges (DOMAIN.md §5.7).
/// Each trial's random stream depends only on (seed, trial index) and its
/// result goes into its own slot, so results are bit-identical for any number
/// of threads. The exact engine evaluates every trial; statistics are doubles.
class MonteCarloSimulation {
public:
    using Progress = std::function<void(int done, int total)>;
    /// Largest memory a run may take for its per-trial results.
    static constexpr std::uint64_t kMemoryLimitBytes = 2ULL << 30;

    /// Throws EngineError for an invalid project/scenario or a request beyond
    /// the memory limit (before anything runs). Returns nullopt when cancelled:
    /// a cancelled run leaves no partial result.
    static std::optional<MonteCarloResult> run(const Project &project, const MonteCarloRequest &request,
                                               const std::atomic<bool> *cancel = nullptr, const Progress &progress = {});
    static std::uint64_t memoryNeeded(const MonteCarloRequest &request, int months);
};

} // namespace hp
