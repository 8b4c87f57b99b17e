#pragma once

#include "charts/ChartStyle.h"
#include "report/ChartData.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace hp {

/// Fits a chart's text to the room it gets (a dock-sized chart is not a
/// slide), again whenever the chart is resized:
/// - the legend stays one row at the bottom while its entries fit, with a
///   smaller font (down to kLegendShrink) if that is enough; else it becomes
///   a column on the right (a too-long bottom row cut every entry to
///   "stateless_api (per …").
/// - sideways bars (commitment years, tornado inputs): the category labels
///   take a font that fits one category's height, never cut to "…".
/// - charts with markers: the value axes get headroom above the data for the
///   marker labels' rows, so no line or curve crosses a label.
class ChartFit {
public:
    static constexpr double kLegendShrink = 0.8;
    static void attach(QChart *chart, const ChartData &data, const ChartStyle &style);
    /// The width one bottom row of `chart`'s visible legend entries needs at `font`.
    static double legendRowWidth(const QChart *chart, const QFont &font);
};

} // namespace hp
