#pragma once

#include "domain/Project.h"
#include "optimizer/OptimizerConstraints.h"
#include "optimizer/OptimizerGrid.h"
#include "optimizer/OptimizerRequest.h"
#include "engine/ScenarioEngine.h"
#include "engine/ScenarioResolver.h"

#include <vector>

namespace hp {

/// Input the optimizer refuses before it evaluates anything (the CLI exits 2):
/// a step that does not divide 100, a negative limit, an unknown scenario or
/// workload, a `from` outside the horizon, a workload without offerings of its unit.
class OptimizerInputError : public EngineError {
public:
    using EngineError::EngineError;
};

/// The optimizer's problem, prepared once from a project and a request
/// (docs/rules.md §12.1) and shared read-only by every evaluating thread: the
/// grid, the constraints, the base's rows before `from` and, for P90, the
/// Monte Carlo draws every candidate shares (common random numbers).
///
/// A plan is evaluated as a child scenario of the base that places, for each
/// chosen workload, its whole timeline: the base's rows before `from`, then
/// the plan's placement from `from` (§5.1) — the very scenario `--save-as` stores.
class OptimizerProblem {
public:
    /// Throws OptimizerInputError for bad input, EngineError when the base cannot be resolved.
    OptimizerProblem(const Project &project, const OptimizerRequest &request);

    const Project &project() const { return m_project; }
    const OptimizerRequest &request() const { return m_request; }
    const QString &base() const { return m_request.scenario; }
    const ResolvedScenario &resolvedBase() const { return m_resolved; }
    YearMonth from() const { return m_from; }
    int fromIndex() const { return m_from.monthsSince(m_resolved.start); }
    bool freshStart() const { return m_from == m_resolved.start; }
    const OptimizerGrid &grid() const { return m_grid; }
    const OptimizerConstraints &constraints() const { return m_constraints; }
    OptimizerObjective objective() const { return m_request.objective; }
    /// A scenario name that is not in the project, for the candidate.
    const QString &candidateName() const { return m_candidateName; }

    /// The child scenario of the base that a plan stands for, named `name`.
    Scenario scenarioFor(const SharePlan &plan, const QString &name) const;
    /// The plan's own placements, from `from` on (one per chosen workload).
    std::vector<Placement> planPlacements(const SharePlan &plan) const;
    /// The base's placement in force at `from`, on the grid (nearest vector).
    const SharePlan &basePlan() const { return m_basePlan; }
    /// Start points of the search besides the base: for each provider (id
    /// order) every chosen workload wholly on that provider's cheapest offering
    /// of its unit at `from` (list price), the base's vector where the provider has none.
    std::vector<SharePlan> providerStarts() const;

    /// P90 only: the uncertainty ranges of the base and each trial's values.
    const std::vector<UncertaintyRange> &ranges() const { return m_ranges; }
    const std::vector<std::vector<double>> &draws() const { return m_draws; }

    /// total + expected exposure + revenue at risk (§11.5), as the engine reports it.
    static Decimal riskAdjustedTotal(const TotalFigures &totals);
    static QString objectiveName(OptimizerObjective objective);

private:
    const Project &m_project;
    OptimizerRequest m_request;
    ResolvedScenario m_resolved;
    YearMonth m_from;
    OptimizerGrid m_grid;
    OptimizerConstraints m_constraints;
    std::vector<std::vector<Placement>> m_prefix; ///< per chosen workload: the base's rows before `from`
    SharePlan m_basePlan;
    QString m_candidateName;
    std::vector<UncertaintyRange> m_ranges;
    std::vector<std::vector<double>> m_draws;
};

} // namespace hp
