#pragma once

#include "report/ChartData.h"

#include <vector>

namespace hp {

/// Thins long series before drawing (docs/charts.md): above `maxPoints`
/// categories, the categories are cut into equal buckets and, per bucket, the
/// categories holding each series' minimum and maximum are kept, plus the
/// first and the last. Every series therefore keeps its extremes and the
/// chart's ends; kept values are exact (no averaging), so stacked series stay
/// aligned. The result has at most `maxPoints` categories.
class ChartDecimation {
public:
    static constexpr int kMaxPoints = 2000;

    /// Sorted category indices to keep for these series (each `values` and,
    /// for bands, `upper`, one entry per category).
    static std::vector<int> keptIndices(const std::vector<ChartSeries> &series, int categories, int maxPoints = kMaxPoints);
    /// The chart with only the kept categories; markers move to the nearest
    /// kept category. Charts within the limit come back unchanged.
    static ChartData decimate(const ChartData &chart, int maxPoints = kMaxPoints);
};

} // namespace hp
