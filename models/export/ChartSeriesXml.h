#pragma once

#include "report/ChartData.h"
#include "report/ChartTableLayout.h"

#include <QRgb>
#include <QString>
#include <QXmlStreamWriter>

#include <vector>

namespace hp {

/// Pieces of a DrawingML chart series (`c:ser`, ECMA-376 Part 1 §21.2.2) that
/// refer to the chart's worksheet table (ChartTableLayout) and cache its
/// values: the name, the categories, the values, and the two series a
/// floating chart needs, the invisible base and a band's visible width.
/// PptxChartPart writes the rest of the chart around them.
class ChartSeriesXml {
public:
    ChartSeriesXml(QXmlStreamWriter &xml, const ChartData &chart, const ChartTableLayout &layout, QString sheet);

    /// c:tx: the header cell of `column`, cached as `name`.
    void name(int column, const QString &name);
    /// c:cat: the category column.
    void categories();
    /// c:val: `column`'s data rows, cached as `values` (NaN: no point, a gap).
    void values(int column, const std::vector<double> &values);
    /// Series idx 0 without fill or outline (the legend leaves it out): a
    /// band's lower bound or where each waterfall bar begins.
    void hiddenBase(int column, const std::vector<double> &values);
    /// A band's visible part stacked on its lower bound: the workbook's width
    /// column (upper − lower, ChartTableLayout::bandWidths), translucent as on screen.
    void bandWidth(std::size_t series, int idx, QRgb colour);

private:
    void value(const QString &element, const QString &text);

    QXmlStreamWriter &m_xml;
    const ChartData &m_chart;
    const ChartTableLayout &m_layout;
    QString m_sheet;
};

} // namespace hp
