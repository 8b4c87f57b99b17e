#pragma once

#include "domain/CommitmentTier.h"
#include "domain/WorkloadClass.h"
#include "domain/YearMonth.h"
#include "money/Decimal.h"

#include <optional>
#include <vector>

namespace hp {

enum class TrueUp { Yearly, EndOfTerm };
QString toString(TrueUp t);
std::optional<TrueUp> parseTrueUp(QStringView text);

/// EDP/MACC/CUD-like spend commitment (docs/rules.md §4.5). Year y covers the
/// 12 months from start + 12·(y−1). Amounts are in the contract's currency.
struct CommitmentClause {
    std::optional<YearMonth> start; ///< default: the contract's start
    std::vector<Decimal> yearAmounts;
    std::optional<Decimal> discountPct; ///< empty: not given (no discount; shown as empty / null)
    ClassSet eligibleClasses = allWorkloadClasses();
    Decimal marketplaceCreditPct;
    TrueUp trueUp = TrueUp::Yearly;
    /// Discount schedule by total committed (docs/rules.md §12.2), ascending by
    /// minTotal; empty: discountPct applies.
    std::vector<CommitmentTier> tiers;

    /// Σ of the year amounts (contract currency).
    Decimal total() const;
    /// The discount the engine applies (docs/rules.md §12.2): with tiers, that of
    /// the highest tier whose minTotal total() reaches, 0 below the lowest;
    /// without tiers, discountPct (not given: 0).
    Decimal effectiveDiscountPct() const;
    /// The clause's own fields for every format (docs/architecture.md
    /// "Descriptors"): not its year amounts (a CSV row and a table row per
    /// year) nor its tiers (CommitmentTier's own).
    static const EntityDescriptor<CommitmentClause> &descriptor();
    friend bool operator==(const CommitmentClause &, const CommitmentClause &) = default;
};

} // namespace hp
