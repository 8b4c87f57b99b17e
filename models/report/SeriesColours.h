#pragma once

#include "report/ChartData.h"

#include <QRgb>

#include <vector>

namespace hp {

/// Colours of a chart's series for the exporters: a series' `colourKey`
/// picks a slot of a ten-colour palette by a stable hash, so the same key
/// gets the same colour in every chart; when two keys of one chart land on
/// the same slot the later one takes the next free slot. Series without a
/// key take the free slots in order.
class SeriesColours {
public:
    static std::vector<QRgb> forChart(const ChartData &chart);
    static const std::vector<QRgb> &palette();
};

} // namespace hp
