#pragma once

#include "optimizer/CommitmentSizing.h"
#include "report/ResultTable.h"

namespace hp {

/// Commitment sizing's answer (docs/rules.md §12.2) as a typed table for
/// Analysis ▸ Size commitment…: every figure is CommitmentSizing's.
class SizingTables {
public:
    /// One row per candidate, ascending: the commitment (Σ year amounts, in the
    /// contract's currency), the tier discount it earns (a fraction), expected and
    /// P90 total cost over the horizon (reporting currency), P(shortfall) (a
    /// fraction of trials) and "best" on the best row. The commitment is a money
    /// column when the contract's currency is the reporting one, else a number
    /// whose header names the contract's currency.
    static ResultTable candidates(const SizingResult &result, const QString &contractCurrency, const QString &reportingCurrency);
    /// The column of the commitment, of the "best" mark.
    static constexpr int kCommitmentColumn = 0;
    static constexpr int kBestColumn = 5;
};

} // namespace hp
