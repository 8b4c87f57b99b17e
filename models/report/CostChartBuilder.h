#pragma once

#include "engine/EngineResult.h"
#include "report/ChartFrame.h"

namespace hp {

/// Charts of what a scenario costs (docs/charts.md): total by component,
/// spend per provider, commitment burn-down, revenue share, switching
/// waterfall. Pure functions of an EngineResult and the project.
class CostChartBuilder {
public:
    explicit CostChartBuilder(const ChartFrame &frame) : m_frame(frame) {}

    /// Stacked area per month: spend without dual run, shortfall, revenue
    /// share paid, switching (egress, re-engineering, dual run, termination);
    /// the four add up to the engine's total(t).
    ChartData costByComponent(const EngineResult &r) const;
    /// Stacked bars, one series per provider with spend, in the project's
    /// provider order; by month up to kMonthlyBarsLimit months, else by calendar year.
    ChartData spendByProvider(const EngineResult &r) const;
    /// One category per commitment year: committed, drawn, shortfall, and the
    /// projected shortfall of a year the horizon cuts (dashed).
    ChartData commitmentBurnDown(const EngineResult &r) const;
    /// Due and paid per month (all clauses), cumulative paid against the total
    /// cap on the secondary axis; markers at each sunset and where a cap is reached.
    ChartData revenueShare(const EngineResult &r) const;
    /// Floating bars per migration (workload and month) and termination, then
    /// the lost discount against `baseline` (when given and positive), then the total.
    ChartData switchingWaterfall(const EngineResult &r, const EngineResult *baseline = nullptr) const;

    static constexpr int kMonthlyBarsLimit = 36;

private:
    const ChartFrame &m_frame;
};

} // namespace hp
