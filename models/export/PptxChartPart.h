#pragma once

#include "report/ChartData.h"

#include <QByteArray>
#include <QString>

namespace hp {

/// A ChartData as a DrawingML chart part (`ppt/charts/chartN.xml`,
/// ECMA-376 Part 1 §21.2) that PowerPoint and Impress open as a native,
/// editable chart. Every series carries its formula into the embedded
/// workbook ("Sheet1", laid out by ChartTableLayout) and a cache of its
/// values, so the chart shows without the workbook and "Edit Data" opens it.
///
/// StackedArea → c:areaChart (stacked), StackedBar → c:barChart (stacked,
/// columns), Bar → c:barChart (clustered), Line and DashedLine → c:lineChart
/// (a dashed line for projections). Series on the secondary axis go in their
/// own group over a second value axis on the right. Band (the Monte Carlo
/// fan) → stacked areas on an invisible lower bound; Waterfall → stacked
/// columns on an invisible base (ChartData::waterfall); that base series is
/// idx 0 and out of the legend. Month axes label every MonthTicks::step()
/// months, level.
/// ChartData::horizontalBars makes the bars sideways (c:barDir "bar", category
/// axis maxMin so the first category is on top). ChartSeries::pointLabels become
/// per-point data labels (c:dLbl with its own rich text).
class PptxChartPart {
public:
    /// Whether the chart floats a band or waterfall on a hidden base series.
    static bool hasHiddenBase(const ChartData &chart);
    /// `workbookRelationship`: the id of the chart part's relationship to its
    /// embedded workbook ("rId1").
    static QByteArray xml(const ChartData &chart, const QString &workbookRelationship);
    static constexpr const char *kSheet = "Sheet1";

    /// Where the chart's table sits, and whether the chart shows its title.
    struct Placement {
        QString sheet = QString::fromLatin1(kSheet);
        int firstRow = 0;
        bool title = false;
    };
    /// The same chart over a table elsewhere, e.g. a workbook's "Chart data"
    /// sheet; `workbookRelationship` empty: no embedded workbook (the chart
    /// lives in the workbook). XlsxResultWriter uses it for charts with a
    /// second value axis, which libxlsxwriter 1.1 cannot draw.
    static QByteArray xml(const ChartData &chart, const QString &workbookRelationship, const Placement &placement);
};

} // namespace hp
