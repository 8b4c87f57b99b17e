#pragma once

#include "engine/EngineResult.h"
#include "optimizer/OptimizerProblem.h"

#include <cstdint>
#include <vector>

namespace hp {

/// What the exact engine says of one plan (or of the base).
struct PlanOutcome {
    Decimal objective;
    std::vector<Decimal> values; ///< per active constraint
    std::uint32_t violated = 0;  ///< bit k: active constraint k is not met
    double violation = 0;        ///< search heuristic: scaled excess over the limits (0 when feasible)
    bool feasible() const { return violated == 0; }
};

/// Evaluates plans of an OptimizerProblem on the exact engine (ScenarioEngine;
/// no rule re-implemented): the plan becomes the candidate child scenario of a
/// working copy of the project, which the engine evaluates without validating
/// again (the base was validated once; a plan's shares sum to 100 % over
/// offerings of the workload's unit by construction). P90 runs the base's
/// uncertainty ranges with the problem's draws through PerturbedEvaluation.
///
/// One instance per thread: it owns its working copy.
class PlanEvaluator {
public:
    explicit PlanEvaluator(const OptimizerProblem &problem);

    PlanOutcome evaluate(const SharePlan &plan);
    /// The base scenario itself (validated); its totals into `totals` when given.
    PlanOutcome evaluateBase(TotalFigures *totals = nullptr);
    /// Everything the engine computes for a plan, validated (the reported totals).
    EngineResult result(const SharePlan &plan);

private:
    PlanOutcome outcome(const QString &scenario, const Project &project, bool validate, TotalFigures *totals = nullptr);
    void setPlan(const SharePlan &plan);

    const OptimizerProblem &m_problem;
    Project m_work;
    std::size_t m_candidate = 0; ///< index of the candidate in m_work.scenarios
};

} // namespace hp
