#include "MonthTicks.h"

#include <algorithm>

namespace hp {

int MonthTicks::step(int months)
{
    for (const int step : {1, 3, 6, 12, 24, 60})
        if (months / step <= 12)
            return step;
    return 120;
}

int MonthTicks::namedStep(int count)
{
    int step = 1;
    for (const int k : {1, 2, 4, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000}) {
        step = k;
        if ((count - 1) / k + 1 <= 11)
            break;
    }
    return step;
}

int MonthTicks::labelSkip(const ChartData &chart)
{
    if (chart.categoriesAreMonths)
        return step(int(chart.categories.size()));
    const bool bars = std::any_of(chart.series.begin(), chart.series.end(), [](const ChartSeries &s) {
        return s.style == SeriesStyle::Bar || s.style == SeriesStyle::StackedBar || s.style == SeriesStyle::Waterfall;
    });
    return chart.categories.size() > 12 && !bars ? namedStep(int(chart.categories.size())) : 1;
}

} // namespace hp
