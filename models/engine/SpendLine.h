#pragma once

#include "money/Decimal.h"

namespace hp {

/// Usage of one workload on one offering in one month: list cost (§4.3) and
/// spend after commitment discounts (§4.5). Dual-run usage (§4.8) is a line too.
struct SpendLine {
    int w = 0;
    int o = 0;
    int p = 0;
    int t = 0;
    Decimal list;
    Decimal spend;
    bool dualRun = false;
    int switchEvent = -1; ///< index into EngineResult::switches for dual-run lines
    /// The share of units_w(t) this line uses, in percentage points (placement
    /// share, or the dual-run share); CapacityRule recomputes a rationed line from it.
    Decimal share = {};
    Decimal unservedUnits = {}; ///< units not bought for want of capacity (§11.2)
};

} // namespace hp
