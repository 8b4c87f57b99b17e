#pragma once

#include "report/ChartData.h"

#include <QByteArray>
#include <QSize>

namespace hp {

/// A chart drawn as pictures, for chart kinds an exporter cannot write
/// natively (PowerPoint has no band or waterfall series).
struct ChartPicture {
    QByteArray png; ///< required
    QByteArray svg; ///< optional: PowerPoint 2016+ shows it, others the PNG
};

/// Draws a ChartData as pictures. The chart layer (views/charts, Qt Charts
/// and Qt Svg) implements it; models/ only calls it, so the exporters stay
/// free of Widgets, Charts and Svg.
class ChartPictureRenderer {
public:
    virtual ~ChartPictureRenderer() = default;
    /// An empty `png` means the chart cannot be drawn.
    virtual ChartPicture render(const ChartData &chart, QSize pixels) const = 0;
};

} // namespace hp
