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
/// own group over a second value axis on the right. ChartData::horizontalBars
/// makes the bars sideways (c:barDir "bar", category axis maxMin so the first
/// category is on top). ChartSeries::pointLabels become per-point data labels
/// (c:dLbl with its own rich text). Band and Waterfall have
/// no native form: isNative() is false and the deck shows a picture instead.
class PptxChartPart {
public:
    static bool isNative(const ChartData &chart);
    /// `workbookRelationship`: the id of the chart part's relationship to its
    /// embedded workbook ("rId1").
    static QByteArray xml(const ChartData &chart, const QString &workbookRelationship);
    static constexpr const char *kSheet = "Sheet1";
};

} // namespace hp
