#pragma once

#include "report/ChartData.h"

namespace hp {

/// How far apart a time axis labels its months, the same on screen
/// (ChartAxisFactory) and in decks and workbooks: every month up to a year,
/// then every third, sixth or twelfth month, so that no axis carries more
/// than about twelve labels (60 months: every sixth).
class MonthTicks {
public:
    /// The label step in months for an axis of `months` months.
    static int step(int months);
    /// The step for more than 12 named points on a line (the commitment sizes of
    /// the sizing chart): 1, 2, 4, 5, 10, 20, … so that at most 11 labels show.
    static int namedStep(int count);
    /// The step for `chart`'s category axis: step() of their count when its
    /// categories are months; namedStep() for more than 12 named categories of
    /// a chart without bars; else 1.
    static int labelSkip(const ChartData &chart);
};

} // namespace hp
