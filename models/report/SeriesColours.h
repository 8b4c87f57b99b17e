#pragma once

#include "report/ChartData.h"

#include <QRgb>

#include <vector>

namespace hp {

/// Colours of a chart's series for the exporters: the screen's colours
/// (ChartPalette over the chart's provider order, by colour key), so a deck
/// or workbook shows every series as the dashboard does. Series without a
/// key take palette() colours in order.
class SeriesColours {
public:
    static std::vector<QRgb> forChart(const ChartData &chart);
    static const std::vector<QRgb> &palette();
};

} // namespace hp
