#pragma once

#include "money/Decimal.h"
#include "report/ChartData.h"

#include <vector>

namespace hp {

/// Lays out a waterfall from exact steps (docs/charts.md): each step floats on
/// the running total of the steps before it, and a final total bar, flagged
/// as such, rises from zero to the exact sum. Sums are Decimal, converted to
/// double once per bar, so the total bar is exactly the sum the figures
/// give — nothing is recognised afterwards by a floating-point tolerance.
class WaterfallLayout {
public:
    /// One bar per step, then the total bar (steps.size() + 1 bars).
    static std::vector<WaterfallBar> withTotal(const std::vector<Decimal> &steps);
};

} // namespace hp
