#include "MonthTicks.h"

namespace hp {

int MonthTicks::step(int months)
{
    for (const int step : {1, 3, 6, 12, 24, 60})
        if (months / step <= 12)
            return step;
    return 120;
}

int MonthTicks::labelSkip(const ChartData &chart)
{
    return chart.categoriesAreMonths ? step(int(chart.categories.size())) : 1;
}

} // namespace hp
