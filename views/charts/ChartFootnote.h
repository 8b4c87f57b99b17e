#pragma once

#include "charts/ChartStyle.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace hp {

/// The footnote line under a chart (scenario, horizon, date, "Illustrative
/// data"): a text item owned by the chart that keeps to its bottom-left
/// corner whenever the chart is resized.
class ChartFootnote {
public:
    /// Adds the footnote (nothing for empty text) and room for it in the chart's bottom margin.
    static QGraphicsSimpleTextItem *attach(QChart *chart, const QString &text, const ChartStyle &style);
    /// The footnote item of a chart, or null.
    static QGraphicsSimpleTextItem *of(const QChart *chart);
};

} // namespace hp
