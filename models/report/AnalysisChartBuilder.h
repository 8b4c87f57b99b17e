#pragma once

#include "analysis/MonteCarloSimulation.h"
#include "engine/ScenarioComparison.h"
#include "analysis/SensitivityAnalysis.h"
#include "report/ChartFrame.h"

namespace hp {

/// Charts of the scenario analyses (docs/charts.md): comparison, tornado,
/// Monte Carlo fan. Kept apart from the cost charts because the analysis
/// result types are still moving.
class AnalysisChartBuilder {
public:
    explicit AnalysisChartBuilder(const ChartFrame &frame) : m_frame(frame) {}

    /// Cumulative total cost of A and B per aligned month, the cumulative
    /// delta B − A on the secondary axis, a marker at the month the cheaper
    /// scenario pays back and the payback sentence in the subtitle.
    ChartData comparison(const ScenarioComparison &cmp, const QString &currency) const;
    /// One row per uncertain input: NPV at its low and its high value minus
    /// the base NPV, largest swing on top (the analysis's order).
    ChartData tornado(const SensitivityResult &s, const QString &currency) const;
    /// P10–P90 band, P50 line and mean (dashed) of total cost per month.
    ChartData fan(const MonteCarloResult &mc, const QString &currency) const;

private:
    const ChartFrame &m_frame;
};

} // namespace hp
