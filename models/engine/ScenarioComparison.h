#pragma once

#include "engine/EngineResult.h"

#include <optional>

namespace hp {

/// Two evaluated scenarios side by side (DOMAIN.md §5.2): months aligned by
/// calendar month over the span of both horizons (a month outside a
/// scenario's horizon counts as zero for it), every monthly series of both
/// and their deltas B − A, cumulative totals, the totals and their deltas,
/// and the break-even month of §5.3.
struct ScenarioComparison {
    QString scenarioA;
    QString scenarioB;
    QString currency;
    std::vector<YearMonth> months;
    MonthlyFigures a, b, delta;        ///< aligned on `months`
    std::vector<Decimal> cumulativeA, cumulativeB, cumulativeDelta; ///< of total(t)
    TotalFigures totalsA, totalsB, totalsDelta;
    /// First month in which B's cumulative total cost is strictly below A's
    /// (exact, unrounded sums); none: "never within the horizon".
    std::optional<YearMonth> breakEven;

    /// Throws EngineError when the two results are in different currencies.
    static ScenarioComparison compare(const EngineResult &a, const EngineResult &b);
    /// Field by field b − a.
    static TotalFigures difference(const TotalFigures &a, const TotalFigures &b);
    static MonthlyFigures difference(const MonthlyFigures &a, const MonthlyFigures &b);
};

} // namespace hp
