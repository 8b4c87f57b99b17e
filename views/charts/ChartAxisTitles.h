#pragma once

#include "charts/ChartStyle.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace hp {

/// The titles of the vertical axes, written horizontally above the plot:
/// the left axis's title left-aligned over its labels, the right axis's
/// right-aligned over its labels. Along a short axis (a dock-sized chart) a
/// rotated title was cut to "Cumulative total co…"; across the top it has
/// half the chart's width, and is elided (full text as tooltip) only beyond.
/// The chart's title block must leave one line free below the subtitle
/// (ChartFactory adds it).
class ChartAxisTitles {
public:
    /// Moves the vertical axes' titles of `chart` (axes already attached).
    /// Returns the number of titles moved.
    static int attach(QChart *chart, const ChartStyle &style);
    /// The text shown for the title of the axis on `side` (Qt::AlignLeft or Qt::AlignRight); empty when none.
    static QString shownText(const QChart *chart, Qt::Alignment side);
};

} // namespace hp
