#pragma once

#include "domain/Project.h"
#include "analysis/MoneyPercentiles.h"

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
    int threads = 0;          ///< 0: the machine's ideal thread count
};

/// Whose shortfall MonteCarloResult::shortfallShare counts (docs/rules.md §12.2):
/// the commitment clause `clause` (0-based) of `contract`, or, when `contract`
/// is empty, any commitment clause of scenario A.
struct ShortfallWatch {
    QString contract;
    int clause = 0;
};

struct MonteCarloResult {
    MonteCarloRequest request;
    QString currency;
    std::vector<YearMonth> months;
    std::vector<UncertaintyRange> ranges;        ///< what was sampled, in draw order
    MoneyPercentiles npv;
    MoneyPercentiles total;                      ///< total cost over the horizon
    std::vector<MoneyPercentiles> monthlyTotal;  ///< total(t) per month: the fan chart
    std::optional<MoneyPercentiles> npvAgainst;  ///< scenario B, same draws
    std::optional<MoneyPercentiles> totalAgainst;
    std::optional<double> probabilityAgainstBeats; ///< share of trials where B's NPV < A's
    double litigationShare = 0;                  ///< share of trials with a litigation outcome drawn
    double shortfallShare = 0;                   ///< share of trials where A has a shortfall charged or projected
};

/// Seeded Monte Carlo over a scenario's uncertainty ranges (docs/rules.md §5.7).
///
/// Trial i draws from its own stream TrialRandom(seed, i) one value per range
/// (the scenario's ranges, then those of B it lacks), evaluates A — and B with
/// the very same values — on the exact engine (PerturbedEvaluation), and
/// writes exact figures into slot i. Statistics are computed from the slots
/// after every trial has run, so the result is bit-identical whatever the
/// number of threads.
class MonteCarloSimulation {
public:
    /// Called on the thread that called run(), about every 50 ms and once at the end.
    using Progress = std::function<void(int done, int total)>;
    /// Largest memory a run may take for its per-trial results.
    static constexpr std::uint64_t kMemoryLimitBytes = 2ULL << 30;
    static constexpr int kMaxThreads = 256;

    /// Throws EngineError for an invalid project or scenario, a range whose
    /// target does not exist, fewer than one trial, a request beyond the memory
    /// limit (before anything runs), or a trial whose figures leave the money
    /// range (the lowest such trial is named). Returns nullopt when `cancel`
    /// became true: a cancelled run leaves no partial result.
    static std::optional<MonteCarloResult> run(const Project &project, const MonteCarloRequest &request,
                                               const std::atomic<bool> *cancel = nullptr, const Progress &progress = {},
                                               const ShortfallWatch &watch = {});

    /// Bytes the per-trial results of a request take (exact money, 16 bytes a figure).
    static std::uint64_t memoryNeeded(const MonteCarloRequest &request, int months);
    /// The threads a request runs on: its own count, or the ideal thread count,
    /// never more than its trials or kMaxThreads.
    static int threadsFor(const MonteCarloRequest &request);
};

} // namespace hp
