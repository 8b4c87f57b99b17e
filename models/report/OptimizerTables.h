#pragma once

#include "optimizer/PlacementOptimizer.h"
#include "report/ResultTable.h"

namespace hp {

/// The placement optimizer's answer (docs/rules.md §12.1) as typed tables for
/// Analysis → Optimize…: every figure is the engine's, as PlacementOptimizer::run reports it.
class OptimizerTables {
public:
    /// The plan's shares from `from`: workload, from, offering, share (a fraction); empty when infeasible.
    static ResultTable shares(const OptimizerResult &result);
    /// Objective, total, NPV, expected exposure and risk-adjusted total (§11.5) of
    /// the base and of the plan, and plan − base (plan and Δ empty when infeasible).
    static ResultTable figures(const OptimizerResult &result);
    /// Each active constraint: its unit, limit, the plan's value (the base's when
    /// infeasible), whether the plan meets it and whether it binds.
    static ResultTable constraints(const OptimizerResult &result, const QString &currency);

    static QString objectiveLabel(OptimizerObjective objective);
    /// "Max. expected exposure" … for the constraint's §12.1 name.
    static QString constraintLabel(ConstraintKind kind);
};

} // namespace hp
