#pragma once

#include "engine/EngineResult.h"

#include <optional>

namespace hp {

/// Two scenarios side by side (DOMAIN.md §5.2): months aligned by calendar
/// month over the union of both horizons (a month outside a scenario's
/// horizon counts as zero), per-month totals and cumulative totals, and the
/// deltas B − A of every total; with the break-even month of §5.3.
struct ScenarioComparison {
    QString scenarioA;
    QString scenarioB;
    std::vector<YearMonth> months;
    std::vector<Decimal> totalA, totalB, delta;           ///< total(t) per aligned month
    std::vector<Decimal> cumulativeA, cumulativeB;
    TotalFigures totalsA, totalsB, totalsDelta;
    /// First month in which B's cumulative total cost falls below A's; none:
    /// "never within the horizon".
    std::optional<YearMonth> breakEven;

    static ScenarioComparison compare(const EngineResult &a, const EngineResult &b);
    /// The field-by-field difference b − a of two sets of totals.
    static TotalFigures difference(const TotalFigures &a, const TotalFigures &b);
};

} // namespace hp
