#pragma once

#include "domain/FieldDescriptor.h"
#include "money/Decimal.h"

namespace hp {

/// One row of commitment_tiers.csv (docs/rules.md §12.2): a commitment clause
/// whose total commitment (Σ year amounts, contract currency) reaches
/// `minTotal` earns `discountPct` (percentage points) — the highest tier
/// reached wins. A clause's tiers ascend strictly by minTotal.
struct CommitmentTier {
    Decimal minTotal;
    Decimal discountPct;
    /// Its fields for every format (docs/architecture.md "Descriptors").
    static const EntityDescriptor<CommitmentTier> &descriptor();
    friend bool operator==(const CommitmentTier &, const CommitmentTier &) = default;
};

} // namespace hp
