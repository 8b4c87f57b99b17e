#pragma once

#include "engine/EngineInputs.h"
#include "engine/EngineResult.h"

namespace hp {

/// docs/rules.md §11.3, the silicon audit at one horizon month: for each workload
/// with a placement in force, its list unit price, the cheapest offering with
/// its unit on a silicon it does not use (inside its residency list), the
/// monthly premium over that alternative, the cost of moving the whole
/// workload there (re-engineering + exit egress per provider left, on that
/// provider's tiers alone) and the payback in months, and the expected
/// exposure per month the move would create. Rows by premium, largest first.
class SiliconAuditRule {
public:
    /// `t` is a horizon month index; `evaluated` is the scenario's result
    /// (a dispute it settled no longer counts as covered).
    static SiliconAudit audit(const EngineInputs &in, int t, const EngineResult &evaluated);
};

} // namespace hp
