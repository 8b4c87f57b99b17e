#pragma once

#include "charts/ChartStyle.h"
#include "report/ChartData.h"

QT_BEGIN_NAMESPACE
class QChart;
class QAbstractBarSeries;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace hp {

/// The per-point labels of bar series (ChartSeries::pointLabels, e.g. "pays
/// back in 7 months") written just past the end of each bar: right of a
/// sideways bar, above an upright one. A label that would leave the plot goes
/// inside the bar's end in white. Qt Charts' own bar labels can only show the
/// value, hence these text items; they follow the bars when the chart is resized
/// and hide with their set (a transparent brush: hidden from the legend).
class ChartPointLabels {
public:
    /// `bars`: a grouped bar series already in `chart` with its axes, whose sets
    /// carry ChartFactory::kSeriesProperty; `sideways` as ChartFactory::horizontal().
    /// Returns the labels created (none when no set has point labels).
    static QList<QGraphicsSimpleTextItem *> attach(QChart *chart, QAbstractBarSeries *bars, const ChartData &data, bool sideways,
                                                   const ChartStyle &style);
};

} // namespace hp
