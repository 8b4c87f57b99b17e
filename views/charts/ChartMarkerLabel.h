#pragma once

#include "charts/ChartStyle.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QLineSeries;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace hp {

/// The text of a vertical marker line (break-even, cap reached, sunset),
/// written at the top of the line inside the plot; it follows the line when
/// the chart is resized, zoomed or panned, and flips to the line's left side
/// near the right edge. Labels of several markers go on separate rows.
class ChartMarkerLabel {
public:
    /// `line` is the marker's two-point vertical series, already in `chart`
    /// with its axes; `row` 0, 1, … stacks the labels of several markers.
    static QGraphicsSimpleTextItem *attach(QChart *chart, QLineSeries *line, const QString &text, int row, const ChartStyle &style);
};

} // namespace hp
