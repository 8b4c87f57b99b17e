#pragma once

#include "money/Decimal.h"

namespace hp {

/// One row of commitment_tiers.csv (docs/rules.md §12.2): a commitment clause
/// whose total commitment (Σ year amounts, contract currency) reaches
/// `minTotal` earns `discountPct` (percentage points) — the highest tier
/// reached wins. A clause's tiers ascend strictly by minTotal.
struct CommitmentTier {
    Decimal minTotal;
    Decimal discountPct;
    friend bool operator==(const CommitmentTier &, const CommitmentTier &) = default;
};

} // namespace hp
