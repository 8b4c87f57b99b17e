#pragma once

namespace hp {

/// A "nice" value-axis range: bounds and tick step on 1, 2, 2.5 or 5 × 10^k
/// (docs/charts.md). The range always includes zero so stacked areas and bars
/// start from the axis.
struct AxisScale {
    double min = 0;
    double max = 1;
    double step = 0.2;

    int tickCount() const;
    /// The nice range covering [low, high] with about `targetTicks` intervals.
    static AxisScale nice(double low, double high, int targetTicks = 5);
};

} // namespace hp
