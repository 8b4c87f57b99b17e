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
    /// The step for `chart`'s category axis: 1 unless its categories are
    /// months (then step() of their count).
    static int labelSkip(const ChartData &chart);
};

} // namespace hp
