#pragma once

#include <utility>

namespace hp {

/// A "nice" value-axis range: bounds and tick step on 1, 2, 2.5 or 5 × 10^k
/// (docs/charts.md). The range always includes zero so stacked areas and bars
/// start from the axis.
struct AxisScale {
    double min = 0;
    double max = 1;
    double step = 0.2;

    int tickCount() const;
    /// The range the axis shows for values in [low, high]: [min, max], plus
    /// headroom (kHeadroom of the range, no tick of its own) at an end that a
    /// value reaches, so a line at the top (HHI 10,000, a 100 % share) or at
    /// a negative bottom does not hide in the plot's border.
    std::pair<double, double> shown(double low, double high) const;
    static constexpr double kHeadroom = 0.05;
    /// The nice range covering [low, high] with about `targetTicks` intervals.
    static AxisScale nice(double low, double high, int targetTicks = 5);
};

} // namespace hp
