#include "domain/CommitmentTier.h"

namespace hp {

// commitment_tiers.csv / commitment_tiers, under its commitment clause
// (contract_id and the clause number; docs/rules.md §12.2).
const EntityDescriptor<CommitmentTier> &CommitmentTier::descriptor()
{
    static const EntityDescriptor<CommitmentTier> d{
        "commitment_tiers",
        "commitment_tiers",
        {
            {"min_total", QT_TRANSLATE_NOOP("hp::Field", "Minimum total"), FieldKind::Money, true, &CommitmentTier::minTotal,
             FieldRule::NonNegative},
            {"discount_pct", QT_TRANSLATE_NOOP("hp::Field", "Discount %"), FieldKind::Percent, true, &CommitmentTier::discountPct,
             FieldRule::ZeroTo100},
        }};
    return d;
}

} // namespace hp
