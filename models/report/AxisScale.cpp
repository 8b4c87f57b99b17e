#include "report/AxisScale.h"

#include <algorithm>
#include <cmath>

namespace hp {

int AxisScale::tickCount() const
{
    return static_cast<int>(std::lround((max - min) / step)) + 1;
}

std::pair<double, double> AxisScale::shown(double low, double high) const
{
    const double pad = (max - min) * kHeadroom;
    const double touch = (max - min) * 1e-9; // "reaches": within rounding of the bound
    const bool top = std::isfinite(high) && high > 0 && high >= max - touch;
    const bool bottom = std::isfinite(low) && low < 0 && low <= min + touch;
    return {bottom ? min - pad : min, top ? max + pad : max};
}

AxisScale AxisScale::nice(double low, double high, int targetTicks)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        low = high = 0;
    low = std::min(low, 0.0);
    high = std::max(high, 0.0);
    if (high - low <= 0)
        high = low + 1;
    const double rough = (high - low) / std::max(targetTicks, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * magnitude;
    for (const double m : {1.0, 2.0, 2.5, 5.0}) {
        if (m * magnitude >= rough * (1 - 1e-9)) {
            step = m * magnitude;
            break;
        }
    }
    AxisScale s;
    s.step = step;
    s.min = std::floor(low / step + 1e-9) * step;
    s.max = std::ceil(high / step - 1e-9) * step;
    return s;
}

} // namespace hp
