#pragma once

#include "report/ChartData.h"
#include "report/ChartTableLayout.h"

#include <QByteArray>
#include <QString>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;
struct lxw_chart;

namespace hp {

/// One chart's numbers as a table in a libxlsxwriter worksheet (laid out by
/// ChartTableLayout) and, on request, a native Excel chart over that table.
/// Used by the XLSX export and for the workbook embedded in each PowerPoint
/// chart.
class XlsxChartBlock {
public:
    struct Formats {
        lxw_format *header = nullptr;
        lxw_format *values = nullptr;   ///< the chart's primary unit
        lxw_format *secondary = nullptr; ///< secondary-axis series
    };

    XlsxChartBlock(const ChartData &chart, const QString &sheetName, int firstRow = 0, int firstColumn = 0);

    const ChartTableLayout &layout() const { return m_layout; }
    void writeTable(lxw_worksheet *sheet, const Formats &formats) const;
    /// A native chart over the table: StackedArea → stacked area, StackedBar
    /// → stacked columns, Bar → clustered columns, Waterfall → the bars of
    /// ChartData::waterfall (stacked columns on an invisible base, as on
    /// screen), Line, DashedLine and Band (lower and upper as two lines) →
    /// lines. The kind follows the first series; Excel draws the others the same way.
    /// ChartData::horizontalBars turns bars sideways (first category on top);
    /// ChartSeries::pointLabels become custom data labels. Series on the
    /// secondary axis stay in the table only (libxlsxwriter has no second axis).
    lxw_chart *addChart(lxw_workbook *workbook) const;

    /// Excel number format for a unit: money "#,##0", percent "0.0%"...
    static const char *numberFormat(ValueUnit unit);
    /// The value axis format: a money or count axis in the billions shows
    /// "1.5B", in the millions "250M", in the ten thousands "40k"; others as numberFormat().
    static QString axisFormat(const ChartData &chart, bool secondary);
    /// A workbook with the table alone on "Sheet1", as the bytes of an .xlsx
    /// file (for a PowerPoint chart's embedded data); empty with *error.
    static QByteArray standaloneWorkbook(const ChartData &chart, QString *error);

private:
    /// A band's width column (upper − lower) as formulas of its bounds.
    void writeBandWidths(lxw_worksheet *sheet, const Formats &formats) const;
    /// Month categories labelled every MonthTicks::labelSkip() months, level.
    void labelMonths(lxw_chart *chart) const;

    const ChartData &m_chart;
    QString m_sheet;
    ChartTableLayout m_layout;
};

} // namespace hp
