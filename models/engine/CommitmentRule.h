#pragma once

#include "engine/EngineInputs.h"
#include "engine/EngineResult.h"
#include "engine/SpendLine.h"

#include <boost/container/small_vector.hpp>

#include <vector>

namespace hp {

/// docs/rules.md §4.5: commitment discounts on eligible spend, drawdown (with the
/// marketplace credit), yearly or end-of-term shortfall charged in the horizon,
/// and projected shortfall for charges that fall after it.
class CommitmentRule {
public:
    explicit CommitmentRule(const EngineInputs &in);

    /// Sets each line's spend = list × Π (100 − discount) ÷ 100^n over the n
    /// clauses that cover its provider, month and class (overlapping clauses
    /// compound), one product rounded once.
    void applyDiscounts(std::vector<SpendLine> &lines) const;

    /// Drawdown, commitment-year results per provider, and the monthly
    /// shortfall charged; adds the projected shortfall to the totals.
    void settle(const std::vector<SpendLine> &lines, EngineResult &result) const;

private:
    struct Clause {
        const Contract *contract = nullptr;
        const CommitmentClause *clause = nullptr;
        int clauseIndex = 0;
        int provider = -1;
        YearMonth start;
        int years = 0;
        Decimal keepPct;     ///< 100 − discount, percentage points
        Decimal creditPct;   ///< marketplace credit, percentage points
        std::vector<Decimal> amounts; ///< reporting currency
        /// clause->eligibleClasses as class indices, in the set's order (read
        /// for every covered month of every evaluation; a set walk cost more)
        boost::container::small_vector<std::size_t, 6> eligible;
        bool covers(YearMonth m) const { return m >= start && m.monthsSince(start) < 12 * years; }
        int yearOf(YearMonth m) const { return m.monthsSince(start) / 12; }
    };

    const EngineInputs &m_in;
    std::vector<Clause> m_clauses;
    /// Clause indices covering a provider's month; a few at most, kept inline
    /// (the engine builds this for every evaluation, e.g. every Monte Carlo trial).
    using ClauseList = boost::container::small_vector<int, 4>;
    std::vector<std::vector<ClauseList>> m_covering; ///< [provider][t] → clause indices
};

} // namespace hp
