#include "MoneyPercentiles.h"

#include <algorithm>

namespace hp {

Decimal MoneyPercentiles::percentile(std::vector<Decimal> &values, int tenths)
{
    if (values.empty())
        return Decimal();
    // Position h = (N − 1) × tenths / 10 = lo + frac / 10.
    const auto scaled = std::size_t(values.size() - 1) * std::size_t(tenths);
    const std::size_t lo = scaled / 10, frac = scaled % 10;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(lo), values.end());
    const Decimal low = values[lo];
    if (frac == 0)
        return low;
    const Decimal high = *std::min_element(values.begin() + std::ptrdiff_t(lo) + 1, values.end());
    return low + (high - low).mulDiv(Decimal::fromInt(static_cast<long long>(frac)), Decimal::fromInt(10));
}

MoneyPercentiles MoneyPercentiles::of(std::vector<Decimal> &values)
{
    MoneyPercentiles p;
    if (values.empty())
        return p;
    Decimal sum;
    for (Decimal v : values)
        sum += v;
    p.mean = sum.mulDiv(Decimal::one(), Decimal::fromInt(static_cast<long long>(values.size())));
    p.p10 = percentile(values, 1);
    p.p50 = percentile(values, 5);
    p.p90 = percentile(values, 9);
    return p;
}

} // namespace hp
