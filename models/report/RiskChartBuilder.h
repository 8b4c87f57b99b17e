#pragma once

#include "engine/EngineResult.h"
#include "report/ChartFrame.h"

namespace hp {

/// Charts of a scenario's risks and efficiency (docs/charts.md): exposure,
/// redundancy, unit cost, actuals vs plan. Pure functions of an EngineResult.
class RiskChartBuilder {
public:
    explicit RiskChartBuilder(const ChartFrame &frame) : m_frame(frame) {}

    /// Gross (dashed) and expected exposure per month, one pair per contract
    /// with violations, coloured by the contract's provider; with no
    /// violation a single zero line of expected exposure.
    ChartData exposure(const EngineResult &r) const;
    /// HHI (0–10,000) and the single-homed share of spend (secondary axis, percent).
    ChartData redundancy(const EngineResult &r) const;
    /// Spend ÷ units per class and unit per month; gaps where no units ran.
    ChartData unitCost(const EngineResult &r) const;
    /// Planned spend against the actuals' effective cost per horizon month
    /// (summed over providers; a gap where no actual was imported).
    ChartData actualsVsPlan(const EngineResult &r) const;

private:
    const ChartFrame &m_frame;
};

} // namespace hp
