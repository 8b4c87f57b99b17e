#pragma once

#include "money/Decimal.h"

#include <vector>

namespace hp {

/// docs/rules.md §4.1: value(0) = base; value(t) = value(t−1) × (100 + g) ÷ 100
/// (g in percentage points, every digit kept), rounded half-even to 1e-9 at
/// each step. Used for units and for revenue.
class DemandRule {
public:
    static std::vector<Decimal> series(Decimal base, Decimal monthlyGrowthPct, int months);
};

} // namespace hp
