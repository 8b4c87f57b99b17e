#pragma once

#include "domain/YearMonth.h"
#include "money/Decimal.h"

#include <QString>

#include <vector>

namespace hp {

struct Allocation {
    QString offeringId;
    Decimal sharePct; ///< percentage points; a placement's shares sum to exactly 100
    friend bool operator==(const Allocation &, const Allocation &) = default;
};

/// Where a workload runs from a month on (docs/rules.md §1, §4.3).
struct Placement {
    QString workloadId;
    YearMonth from;
    std::vector<Allocation> allocations;
    int dualRunMonths = 0;
    friend bool operator==(const Placement &, const Placement &) = default;
};

} // namespace hp
