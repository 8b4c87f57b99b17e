#pragma once

#include "charts/ChartStyle.h"
#include "report/ChartData.h"

#include <initializer_list>

QT_BEGIN_NAMESPACE
class QChart;
class QAbstractSeries;
class QAbstractBarSeries;
class QAbstractAxis;
QT_END_NAMESPACE

namespace hp {

/// Turns a ChartData into a QChart in the house style (docs/charts.md).
/// Series longer than ChartDecimation::kMaxPoints are decimated first.
/// Every Qt series and bar set carries the property "hpSeries" (its index in
/// ChartData::series) so the view can show exact values; marker lines carry
/// "hpMarker"; the waterfall's invisible base set carries "hpBase".
class ChartFactory {
public:
    /// Property names on the Qt series and bar sets (see the class comment).
    static constexpr const char *kSeriesProperty = "hpSeries";
    static constexpr const char *kBaseProperty = "hpBase";

    explicit ChartFactory(const ChartStyle &style) : m_style(style) {}

    /// A new chart (the caller owns it) and, in *drawn, the data as drawn (after decimation).
    QChart *create(const ChartData &data, ChartData *drawn = nullptr) const;

    /// The x value of category `i`: months since the first category for month
    /// charts, else the index.
    static double xOf(const ChartData &data, int i);
    /// Horizontal bars, first category on top: a bar chart whose builder
    /// asked for them (ChartData::horizontalBars: tornado, commitment years, silicon audit).
    static bool horizontal(const ChartData &data);
    /// A numeric month axis (zoomable): month categories, not sideways, no waterfall.
    static bool hasMonthAxis(const ChartData &data);
    /// Bars (grouped, stacked, waterfall, tornado) rather than lines and areas.
    static bool usesBars(const ChartData &data);

private:
    void addLines(QChart *chart, const ChartData &data) const;
    void addBars(QChart *chart, const ChartData &data) const;
    void addMarkers(QChart *chart, const ChartData &data) const;
    /// Adds the axes and the non-empty bar series (deleting empty ones); hides the waterfall base's legend entry.
    static void attachBars(QChart *chart, std::initializer_list<QAbstractBarSeries *> series, QAbstractAxis *categories,
                           QAbstractAxis *values, bool sideways);
    void decorate(QChart *chart, const ChartData &data) const;
    const ChartStyle &m_style;
};

} // namespace hp
