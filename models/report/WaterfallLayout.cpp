#include "report/WaterfallLayout.h"

namespace hp {

std::vector<WaterfallBar> WaterfallLayout::withTotal(const std::vector<Decimal> &steps)
{
    std::vector<WaterfallBar> bars;
    bars.reserve(steps.size() + 1);
    Decimal running;
    for (const Decimal step : steps) {
        bars.push_back({running.toDouble(), step.toDouble(), false});
        running += step;
    }
    bars.push_back({0.0, running.toDouble(), true});
    return bars;
}

} // namespace hp
