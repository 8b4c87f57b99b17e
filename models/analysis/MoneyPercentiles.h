#pragma once

#include "money/Decimal.h"

#include <vector>

namespace hp {

/// P10, P50, P90 and mean of a money figure over Monte Carlo trials, exact:
/// percentiles interpolate linearly between order statistics like Excel's
/// PERCENTILE.INC (position (N − 1)·q, whose fraction is a whole number of
/// tenths, so the interpolation rounds once to 1e-9); the mean is the exact
/// sum divided by N, rounded once. Neither depends on the order of the values.
struct MoneyPercentiles {
    Decimal p10, p50, p90, mean;

    /// Reorders `values` (selection, linear time). Empty: all zero.
    static MoneyPercentiles of(std::vector<Decimal> &values);
    /// The q-th percentile for q = tenths / 10 (0 ≤ tenths ≤ 10).
    static Decimal percentile(std::vector<Decimal> &values, int tenths);

    friend bool operator==(const MoneyPercentiles &, const MoneyPercentiles &) = default;
};

} // namespace hp
