#pragma once

#include "domain/Project.h"
#include "optimizer/OptimizerConstraints.h"
#include "optimizer/OptimizerGrid.h"
#include "optimizer/OptimizerRequest.h"

#include <optional>
#include <vector>

namespace hp {

enum class OptimizerStatus { Optimal, Feasible, Infeasible };

/// One constraint of a plan (or of the base): its limit, the engine's value, binding.
struct ConstraintReport {
    ConstraintKind kind;
    Decimal limit;
    Decimal value;
    bool met = false;
    bool binding = false;
};

struct OptimizerResult {
    OptimizerStatus status = OptimizerStatus::Infeasible;
    QString scenario;
    YearMonth from;
    bool freshStart = false;
    Decimal stepPct;
    QStringList workloads;        ///< the chosen workloads, project order
    OptimizerObjective objective = OptimizerObjective::Npv;
    std::optional<Decimal> value; ///< the plan's objective (none when infeasible)

    Decimal baseObjective;
    TotalFigures baseTotals;            ///< the engine's totals of the base
    std::vector<ConstraintReport> baseConstraints;
    bool baseFeasible = false;

    std::vector<Placement> plan;        ///< the plan's placements from `from` (empty when infeasible)
    std::optional<TotalFigures> totals; ///< the engine's totals of the plan's scenario
    std::vector<ConstraintReport> constraints;
    Scenario planScenario;              ///< the child of the base to store (unnamed; empty when infeasible)
    QStringList conflicting;            ///< infeasible: a smallest set of constraints no evaluated plan meets together

    int evaluations = 0;       ///< engine evaluations of distinct plans, the base included
    double seconds = 0;
    std::uint64_t gridSize = 0; ///< combinations of the grid (saturating)
    bool exhaustive = false;    ///< every plan of the grid was evaluated
    bool timeLimitReached = false;
    bool cancelled = false;     ///< the progress callback stopped the search (status at best `feasible`)
};

/// The placement optimizer of docs/rules.md §12.1. The exact engine decides:
/// every plan is a scenario the engine evaluates, and the answer is the best
/// evaluated plan. A grid of at most kEnumerationLimit combinations is
/// enumerated (status `optimal`, the exact optimum; `conflicting` exact); a
/// larger grid is searched by coordinate descent from the base and from one
/// start per provider (status `feasible`; docs/analysis.md says what that
/// guarantees). Ties go to the lexicographically smaller plan, so the answer
/// is the same for any number of threads. A time limit stops the search after
/// the current plans; the best so far is reported as `feasible`; so does a
/// progress callback (OptimizerRequest::progress) that returns false.
class PlacementOptimizer {
public:
    static constexpr std::uint64_t kEnumerationLimit = 10000;

    /// Throws OptimizerInputError for bad input (before any evaluation),
    /// EngineError when the project or the base cannot be evaluated.
    static OptimizerResult run(const Project &project, const OptimizerRequest &request);

    /// A smallest set of constraints (bits of `count` active ones) that no mask
    /// of `violatedMasks` meets together: every mask hits the set. Smaller sets
    /// first, then lower bit patterns.
    static std::uint32_t smallestConflict(const std::vector<std::uint32_t> &violatedMasks, int count);
};

} // namespace hp
