#pragma once

#include "domain/Project.h"
#include "engine/EngineResult.h"
#include "report/ChartData.h"

#include <vector>

namespace hp {

/// A few basic charts of one evaluation for the exports (monthly cost by
/// component, spend per provider, cumulative cost, commitment burn-down).
/// Stand-ins until the chart layer's builders (issue "Charts") replace them.
class BasicCharts {
public:
    static std::vector<ChartData> all(const EngineResult &result);
    /// The same, then the capacity and silicon audit charts (ScarcityChartBuilder)
    /// when they have something to show (no empty state); `project` names the
    /// offerings and workloads.
    static std::vector<ChartData> all(const EngineResult &result, const Project &project);
    static ChartData costByComponent(const EngineResult &result);
    /// Stacked bars per year when the horizon is longer than 24 months, else per month.
    static ChartData spendByProvider(const EngineResult &result);
    static ChartData cumulativeCost(const EngineResult &result);
    static ChartData commitmentBurnDown(const EngineResult &result);
};

} // namespace hp
