#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace hp {

/// The charts Hedgeplan draws (issue "Charts"). One ChartData describes a
/// chart independent of any chart library: the Qt Charts layer in
/// views/charts draws it, the PowerPoint and XLSX exporters write it as
/// native charts. Builders in models/report fill it from engine results.
enum class ChartKind {
    CostByComponent,    ///< monthly total cost by component (stacked area)
    SpendByProvider,    ///< spend per provider (stacked bars by month or year)
    CommitmentBurnDown, ///< committed vs drawn per commitment year
    RevenueShare,       ///< revenue share due vs paid, cap and sunset marked
    SwitchingWaterfall, ///< egress, re-engineering, dual run, termination, lost discount
    Exposure,           ///< gross vs expected exposure over time, by contract
    Redundancy,         ///< HHI and single-homed share over time
    UnitCost,           ///< unit cost of inference per class over time
    ScenarioComparison, ///< two cumulative cost lines, the delta, break-even marked
    ActualsVsPlan,      ///< FOCUS actuals vs plan
    Tornado,            ///< sensitivity: NPV low/high per input
    MonteCarloFan,      ///< P10–P90 band and P50 line of total cost per month
    Capacity,           ///< placed vs available units of each rationed offering, served fraction
    SiliconAudit,       ///< silicon premium per month by workload, payback as labels
    CommitmentSizing,   ///< expected and P90 total cost against a commitment's size, tiers and best marked
};

/// How a series is drawn. Renderers that cannot express a style natively
/// (e.g. PowerPoint for Band) fall back to a picture.
enum class SeriesStyle {
    Line,
    DashedLine,   ///< projected values
    StackedArea,
    StackedBar,
    Bar,
    Band,         ///< area between `values` (lower) and `upper`
    Waterfall,    ///< floating bars: `values` are the steps, the last one may be a total
};

enum class ValueUnit { Money, Percent, Ratio, Count };

struct ChartSeries {
    QString name;
    /// What decides the colour: a provider id ("provider:aws"), a cost
    /// component ("component:shortfall"), or a scenario ("scenario:A"). The
    /// same key gets the same colour in every chart.
    QString colourKey;
    SeriesStyle style = SeriesStyle::Line;
    std::vector<double> values; ///< one per category; NaN where there is no value
    std::vector<double> upper;  ///< Band only: upper bound per category
    bool secondaryAxis = false;
    /// Optional text per category written at the end of the bar or point
    /// (e.g. "pays back in 7 months"); empty: no labels. Drawn on screen, as
    /// per-point data labels in PowerPoint and as custom data labels in XLSX.
    QStringList pointLabels;
};

/// One bar of a waterfall chart (SeriesStyle::Waterfall), decided once from
/// the exact figures by the chart's builder (WaterfallLayout): the bar floats
/// from `start` to `start + delta`; a total bar starts at zero. The screen,
/// the PowerPoint picture and the XLSX chart all draw these bars, so none of
/// them guesses which bar is the total.
struct WaterfallBar {
    double start = 0; ///< the running total before this step; 0 for a total
    double delta = 0; ///< the step, or the whole amount of a total
    bool total = false;
    /// Where the visible bar begins and ends on the value axis.
    double low() const { return delta < 0 ? start + delta : start; }
    double high() const { return delta < 0 ? start : start + delta; }
};

/// A vertical marker at a category (break-even month, cap reached, sunset).
struct ChartMarker {
    int category = 0;
    QString label;
};

struct ChartData {
    ChartKind kind = ChartKind::CostByComponent;
    QString title;
    QString subtitle;  ///< e.g. the scenario and horizon
    QString footnote;  ///< scenario, horizon, date, "Illustrative data" for the demo
    QString categoryTitle;
    QStringList categories; ///< month labels ("2026-01"), years or names
    bool categoriesAreMonths = true;
    ValueUnit unit = ValueUnit::Money;
    ValueUnit secondaryUnit = ValueUnit::Percent;
    QString currency;  ///< for ValueUnit::Money
    QString valueTitle;
    QString secondaryTitle;
    std::vector<ChartSeries> series;
    std::vector<ChartMarker> markers;
    /// Bars run sideways, the first category on top (long category names:
    /// tornado inputs, commitment years, workloads of the silicon audit). The
    /// screen, PowerPoint (c:barDir "bar") and XLSX (bar chart) all follow it.
    bool horizontalBars = false;
    /// A waterfall chart's bars, one per category; empty for other charts.
    std::vector<WaterfallBar> waterfall;
    bool illustrative = false;
    /// The project's provider ids in order: what ChartPalette needs to colour
    /// "provider:<id>" keys the same on screen and in the exports.
    QStringList providerOrder;
    /// Not empty when the chart has nothing to draw for a reason the user can
    /// act on (e.g. a tornado of a scenario without uncertainty ranges): the
    /// screen shows this text instead of an empty chart.
    QString emptyState;
};

} // namespace hp
