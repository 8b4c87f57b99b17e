#pragma once

#include "domain/Project.h"
#include "engine/ScenarioEngine.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace hp {

/// What to size (docs/rules.md §12.2).
struct SizingRequest {
    QString scenario;
    QString contract;
    int clause = 1;              ///< 1-based, as commitments.csv's `clause`
    int trials = 10000;
    std::uint64_t seed = 0;
    int threads = 0;             ///< 0: the machine's ideal thread count
};

/// One commitment size and what it costs over the scenario's Monte Carlo.
struct SizingCandidate {
    Decimal total;               ///< Σ year amounts, contract currency
    std::vector<Decimal> yearAmounts;
    Decimal discountPct;         ///< the tier discount this total earns
    Decimal expectedTotal;       ///< mean of the scenario's total cost (reporting currency)
    Decimal p90Total;
    double pShortfall = 0;       ///< share of trials with a shortfall of the clause, charged or projected
    friend bool operator==(const SizingCandidate &, const SizingCandidate &) = default;
};

struct SizingResult {
    QString contract;
    int clause = 1;
    std::vector<SizingCandidate> candidates; ///< ascending by total
    std::size_t best = 0;                    ///< index into candidates
};

/// Commitment sizing (docs/rules.md §12.2). Candidates: every tier's min_total
/// and 0 %, 5 %, …, 200 % of today's total (rounded half-even to cents),
/// deduplicated, ascending. Each scales the clause's year amounts by one
/// factor (scaledYears) and runs the scenario's Monte Carlo with the request's
/// seed — the same draws for every candidate, so candidates differ only by the
/// commitment. Every figure comes from the exact engine (MonteCarloSimulation).
class CommitmentSizing {
public:
    /// Called after each candidate: candidates done, candidates in all.
    using Progress = std::function<void(int done, int total)>;

    /// Why `request` cannot be sized (unknown scenario, contract or clause; a
    /// clause without tiers; a clause whose total today is 0; fewer than one
    /// trial), or empty when it can.
    static QString refusal(const Project &project, const SizingRequest &request);

    /// Throws EngineError with refusal()'s message, or when an evaluation fails.
    /// Returns nullopt when `cancel` became true.
    static std::optional<SizingResult> run(const Project &project, const SizingRequest &request,
                                           const std::atomic<bool> *cancel = nullptr, const Progress &progress = {});

    /// The candidate totals for a clause (see the class comment).
    static std::vector<Decimal> candidateTotals(const CommitmentClause &clause);
    /// `years` scaled to sum to exactly `target`: year y (all but the last) is
    /// years[y] × target ÷ Σ years, one exact product rounded half-even to
    /// cents; the last year takes the remainder. Σ years must not be 0.
    static std::vector<Decimal> scaledYears(const std::vector<Decimal> &years, Decimal target);
};

} // namespace hp
