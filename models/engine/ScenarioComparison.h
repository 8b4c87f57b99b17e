#pragma once

#include "engine/EngineResult.h"

#include <optional>

namespace hp {

/// Two evaluated scenarios side by side (docs/rules.md §5.2): months aligned by
/// calendar month over the span of both horizons (a month outside a
/// scenario's horizon counts as zero for it), every monthly series of both
/// and their deltas B − A, cumulative totals, the totals and their deltas,
/// and which scenario pays back against the other (§5.3 rev 2).
struct ScenarioComparison {
    enum class Payback { Neither, A, B };

    QString scenarioA;
    QString scenarioB;
    QString currency;
    std::vector<YearMonth> months;
    MonthlyFigures a, b, delta;        ///< aligned on `months`
    std::vector<Decimal> cumulativeA, cumulativeB, cumulativeDelta; ///< of total(t)
    TotalFigures totalsA, totalsB, totalsDelta;
    /// The scenario whose cumulative total cost (exact, unrounded sums) is
    /// strictly below the other's in the last month, and the first month from
    /// which it stays below to the horizon end; Neither when they are equal
    /// at the end. A dip below that does not last pays nothing back.
    Payback paysBack = Payback::Neither;
    std::optional<YearMonth> paysBackMonth;

    /// Break-even of B against A: the month B pays back, none when it does not
    /// ("never within the horizon"), also when A pays back against B.
    std::optional<YearMonth> breakEven() const
    {
        return paysBack == Payback::B ? paysBackMonth : std::nullopt;
    }
    /// The scenario that pays back, by name (empty for Neither).
    QString paybackScenario() const;
    /// "Pivot pays back against Status quo in 2027-06" whichever of the two is
    /// A ("… costs less than … in every month from the horizon start (…)"
    /// when it is cheaper throughout), or "Neither A nor B pays back against
    /// the other within the horizon".
    QString paybackSentence() const;

    /// Throws EngineError when the two results are in different currencies.
    static ScenarioComparison compare(const EngineResult &a, const EngineResult &b);
    /// Field by field b − a.
    static TotalFigures difference(const TotalFigures &a, const TotalFigures &b);
    static MonthlyFigures difference(const MonthlyFigures &a, const MonthlyFigures &b);
};

} // namespace hp
