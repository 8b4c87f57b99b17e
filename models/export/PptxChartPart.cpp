#include "PptxChartPart.h"

#include "export/ChartSeriesXml.h"
#include "export/ChartTextXml.h"
#include "export/OpcPackage.h"
#include "export/XlsxChartBlock.h"
#include "report/ChartTableLayout.h"
#include "report/MonthTicks.h"
#include "report/SeriesColours.h"

#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace hp {

namespace {

/// Band and Waterfall float on an invisible base series (floatingGroup()).
enum class Group { StackedArea, StackedBar, ClusteredBar, Line, Band, Waterfall };

Group groupOf(SeriesStyle style)
{
    switch (style) {
    case SeriesStyle::StackedArea:
        return Group::StackedArea;
    case SeriesStyle::StackedBar:
        return Group::StackedBar;
    case SeriesStyle::Bar:
        return Group::ClusteredBar;
    case SeriesStyle::Band:
        return Group::Band;
    case SeriesStyle::Waterfall:
        return Group::Waterfall;
    default:
        return Group::Line;
    }
}

constexpr int kCategoryAxis = 50010001;
constexpr int kValueAxis = 50010002;
constexpr int kSecondaryCategoryAxis = 50010003;
constexpr int kSecondaryValueAxis = 50010004;

class ChartXml {
public:
    ChartXml(const ChartData &chart, const PptxChartPart::Placement &placement, QByteArray *out)
        : m_chart(chart), m_placement(placement), m_layout(chart, placement.firstRow), m_colours(SeriesColours::forChart(chart)),
          m_xml(out)
    {
    }

    void write(const QString &workbookRelationship);

private:
    void val(const QString &element, const QString &value)
    {
        m_xml.writeEmptyElement(element);
        m_xml.writeAttribute(QStringLiteral("val"), value);
    }
    void val(const QString &element, int value) { val(element, QString::number(value)); }
    void group(Group g, bool secondary);
    void floatingGroup(Group g, bool secondary);
    void categoryLabels() { ChartTextXml::categoryLabels(m_xml, m_chart); }
    void legendEntries();
    void series(std::size_t s);
    void seriesShape(std::size_t s, Group g);
    void dataLabels(const ChartSeries &series, Group g);
    /// Sideways bars (ChartData::horizontalBars on a chart with bars): c:barDir
    /// "bar", categories down the left, first on top, values along the bottom.
    bool sideways() const;
    void categoryAxis(int id, int crossId, bool deleted);
    void valueAxis(int id, int crossId, bool secondary);
    void solidFill(QRgb colour) { ChartTextXml::solidFill(m_xml, colour); }
    void textProperties(int hundredthsOfPoint, bool bold) { ChartTextXml::properties(m_xml, hundredthsOfPoint, bold); }
    const QString sheet() const { return m_placement.sheet; }
    void chartTitle() { ChartTextXml::chartTitle(m_xml, m_chart.title); }

    const ChartData &m_chart;
    PptxChartPart::Placement m_placement;
    ChartTableLayout m_layout;
    std::vector<QRgb> m_colours;
    QXmlStreamWriter m_xml;
    /// 1 when a hidden base series (idx 0) floats a band or waterfall, so the
    /// chart's own series follow it and the legend hides entry 0.
    int m_idxOffset = 0;
};

void ChartXml::seriesShape(std::size_t s, Group g)
{
    m_xml.writeStartElement(QStringLiteral("c:spPr"));
    if (g == Group::Line) {
        m_xml.writeStartElement(QStringLiteral("a:ln"));
        m_xml.writeAttribute(QStringLiteral("w"), QStringLiteral("28575"));
        m_xml.writeAttribute(QStringLiteral("cap"), QStringLiteral("rnd"));
        solidFill(m_colours[s]);
        if (m_chart.series[s].style == SeriesStyle::DashedLine)
            val(QStringLiteral("a:prstDash"), QStringLiteral("dash"));
        m_xml.writeEndElement();
    } else {
        solidFill(m_colours[s]);
    }
    m_xml.writeEndElement();
}

bool ChartXml::sideways() const
{
    return m_chart.horizontalBars && std::any_of(m_chart.series.begin(), m_chart.series.end(), [](const ChartSeries &s) {
               return groupOf(s.style) == Group::StackedBar || groupOf(s.style) == Group::ClusteredBar;
           });
}

void ChartXml::dataLabels(const ChartSeries &series, Group g)
{
    // One c:dLbl per labelled point with its own rich text (ChartSeries::pointLabels),
    // the rest hidden; PowerPoint and Impress show the text in place of the value.
    const QString position = g == Group::ClusteredBar ? QStringLiteral("outEnd") : g == Group::Line ? QStringLiteral("r") : QStringLiteral("ctr");
    const auto flags = [this](bool value) {
        val(QStringLiteral("c:showLegendKey"), 0);
        val(QStringLiteral("c:showVal"), value ? 1 : 0);
        val(QStringLiteral("c:showCatName"), 0);
        val(QStringLiteral("c:showSerName"), 0);
        val(QStringLiteral("c:showPercent"), 0);
        val(QStringLiteral("c:showBubbleSize"), 0);
    };
    m_xml.writeStartElement(QStringLiteral("c:dLbls"));
    for (qsizetype i = 0; i < series.pointLabels.size() && i < m_chart.categories.size(); ++i) {
        if (series.pointLabels[i].isEmpty())
            continue;
        m_xml.writeStartElement(QStringLiteral("c:dLbl"));
        val(QStringLiteral("c:idx"), int(i));
        m_xml.writeStartElement(QStringLiteral("c:tx"));
        m_xml.writeStartElement(QStringLiteral("c:rich"));
        m_xml.writeEmptyElement(QStringLiteral("a:bodyPr"));
        m_xml.writeEmptyElement(QStringLiteral("a:lstStyle"));
        m_xml.writeStartElement(QStringLiteral("a:p"));
        m_xml.writeStartElement(QStringLiteral("a:r"));
        m_xml.writeEmptyElement(QStringLiteral("a:rPr"));
        m_xml.writeAttribute(QStringLiteral("lang"), QStringLiteral("en-US"));
        m_xml.writeAttribute(QStringLiteral("sz"), QStringLiteral("1100"));
        m_xml.writeTextElement(QStringLiteral("a:t"), series.pointLabels[i]);
        m_xml.writeEndElement(); // r
        m_xml.writeEndElement(); // p
        m_xml.writeEndElement(); // rich
        m_xml.writeEndElement(); // tx
        val(QStringLiteral("c:dLblPos"), position);
        flags(true);
        m_xml.writeEndElement(); // dLbl
    }
    flags(false);
    m_xml.writeEndElement(); // dLbls
}

void ChartXml::series(std::size_t s)
{
    const ChartSeries &series = m_chart.series[s];
    const Group g = groupOf(series.style);
    const int column = m_layout.valuesColumn(s);
    m_xml.writeStartElement(QStringLiteral("c:ser"));
    val(QStringLiteral("c:idx"), int(s) + m_idxOffset);
    val(QStringLiteral("c:order"), int(s) + m_idxOffset);
    ChartSeriesXml parts(m_xml, m_chart, m_layout, sheet());
    parts.name(column, series.name);
    seriesShape(s, g);
    if (g == Group::StackedBar || g == Group::ClusteredBar)
        val(QStringLiteral("c:invertIfNegative"), 0);
    if (g == Group::Line) {
        m_xml.writeStartElement(QStringLiteral("c:marker"));
        val(QStringLiteral("c:symbol"), QStringLiteral("none"));
        m_xml.writeEndElement();
    }
    if (!series.pointLabels.isEmpty())
        dataLabels(series, g);

    parts.categories();
    parts.values(column, series.values);
    if (g == Group::Line)
        val(QStringLiteral("c:smooth"), 0);
    m_xml.writeEndElement(); // ser
}

void ChartXml::group(Group g, bool secondary)
{
    if (g == Group::Band || g == Group::Waterfall) {
        floatingGroup(g, secondary);
        return;
    }
    switch (g) {
    case Group::StackedArea:
        m_xml.writeStartElement(QStringLiteral("c:areaChart"));
        val(QStringLiteral("c:grouping"), QStringLiteral("stacked"));
        break;
    case Group::StackedBar:
    case Group::ClusteredBar:
        m_xml.writeStartElement(QStringLiteral("c:barChart"));
        val(QStringLiteral("c:barDir"), sideways() ? QStringLiteral("bar") : QStringLiteral("col"));
        val(QStringLiteral("c:grouping"), g == Group::StackedBar ? QStringLiteral("stacked") : QStringLiteral("clustered"));
        break;
    case Group::Line:
        m_xml.writeStartElement(QStringLiteral("c:lineChart"));
        val(QStringLiteral("c:grouping"), QStringLiteral("standard"));
        break;
    case Group::Band:
    case Group::Waterfall:
        return; // floatingGroup()
    }
    val(QStringLiteral("c:varyColors"), 0);
    for (std::size_t s = 0; s < m_chart.series.size(); ++s)
        if (groupOf(m_chart.series[s].style) == g && m_chart.series[s].secondaryAxis == secondary)
            series(s);
    if (g == Group::StackedBar || g == Group::ClusteredBar) {
        val(QStringLiteral("c:gapWidth"), 60);
        if (g == Group::StackedBar)
            val(QStringLiteral("c:overlap"), 100);
    }
    if (g == Group::Line) {
        val(QStringLiteral("c:marker"), 1);
    }
    val(QStringLiteral("c:axId"), secondary ? kSecondaryCategoryAxis : kCategoryAxis);
    val(QStringLiteral("c:axId"), secondary ? kSecondaryValueAxis : kValueAxis);
    m_xml.writeEndElement();
}

void ChartXml::categoryAxis(int id, int crossId, bool deleted)
{
    // Sideways, the categories run down the left from the top (maxMin), the first on top as on screen.
    const bool down = sideways() && !deleted;
    m_xml.writeStartElement(QStringLiteral("c:catAx"));
    val(QStringLiteral("c:axId"), id);
    m_xml.writeStartElement(QStringLiteral("c:scaling"));
    val(QStringLiteral("c:orientation"), down ? QStringLiteral("maxMin") : QStringLiteral("minMax"));
    m_xml.writeEndElement();
    val(QStringLiteral("c:delete"), deleted ? 1 : 0);
    val(QStringLiteral("c:axPos"), down ? QStringLiteral("l") : QStringLiteral("b"));
    val(QStringLiteral("c:majorTickMark"), QStringLiteral("out"));
    val(QStringLiteral("c:minorTickMark"), QStringLiteral("none"));
    val(QStringLiteral("c:tickLblPos"), QStringLiteral("low"));
    categoryLabels();
    val(QStringLiteral("c:crossAx"), crossId);
    val(QStringLiteral("c:crosses"), QStringLiteral("autoZero"));
    val(QStringLiteral("c:auto"), 1);
    val(QStringLiteral("c:lblAlgn"), QStringLiteral("ctr"));
    val(QStringLiteral("c:lblOffset"), 100);
    if (const int skip = MonthTicks::labelSkip(m_chart); skip > 1) {
        val(QStringLiteral("c:tickLblSkip"), skip);
        val(QStringLiteral("c:tickMarkSkip"), skip);
    }
    val(QStringLiteral("c:noMultiLvlLbl"), 0);
    m_xml.writeEndElement();
}

void ChartXml::valueAxis(int id, int crossId, bool secondary)
{
    m_xml.writeStartElement(QStringLiteral("c:valAx"));
    val(QStringLiteral("c:axId"), id);
    m_xml.writeStartElement(QStringLiteral("c:scaling"));
    val(QStringLiteral("c:orientation"), QStringLiteral("minMax"));
    m_xml.writeEndElement();
    const bool along = sideways() && !secondary; // sideways bars: the values run along the bottom
    val(QStringLiteral("c:delete"), 0);
    val(QStringLiteral("c:axPos"), secondary ? QStringLiteral("r") : along ? QStringLiteral("b") : QStringLiteral("l"));
    if (!secondary) {
        m_xml.writeStartElement(QStringLiteral("c:majorGridlines"));
        m_xml.writeStartElement(QStringLiteral("c:spPr"));
        m_xml.writeStartElement(QStringLiteral("a:ln"));
        m_xml.writeAttribute(QStringLiteral("w"), QStringLiteral("6350"));
        solidFill(0xffd9d9d9);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }
    const QString title = secondary ? m_chart.secondaryTitle : m_chart.valueTitle;
    if (!title.isEmpty()) {
        ChartTextXml::title(m_xml, title, 1200, false, along ? 0 : -5400000);
    }
    m_xml.writeEmptyElement(QStringLiteral("c:numFmt"));
    m_xml.writeAttribute(QStringLiteral("formatCode"), XlsxChartBlock::axisFormat(m_chart, secondary));
    m_xml.writeAttribute(QStringLiteral("sourceLinked"), QStringLiteral("0"));
    val(QStringLiteral("c:majorTickMark"), QStringLiteral("none"));
    val(QStringLiteral("c:minorTickMark"), QStringLiteral("none"));
    val(QStringLiteral("c:tickLblPos"), QStringLiteral("nextTo"));
    val(QStringLiteral("c:crossAx"), crossId);
    // Secondary: on the right; sideways: at the last category, which maxMin puts at the bottom.
    val(QStringLiteral("c:crosses"), secondary || along ? QStringLiteral("max") : QStringLiteral("autoZero"));
    val(QStringLiteral("c:crossBetween"), QStringLiteral("between"));
    m_xml.writeEndElement();
}

void ChartXml::write(const QString &workbookRelationship)
{
    m_xml.writeStartDocument(QStringLiteral("1.0"), true);
    m_xml.writeStartElement(QStringLiteral("c:chartSpace"));
    m_xml.writeAttribute(QStringLiteral("xmlns:c"), QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/chart"));
    m_xml.writeAttribute(QStringLiteral("xmlns:a"), QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main"));
    m_xml.writeAttribute(QStringLiteral("xmlns:r"), OpcPackage::relationshipNamespace());
    val(QStringLiteral("c:date1904"), 0);
    val(QStringLiteral("c:lang"), QStringLiteral("en-US"));
    val(QStringLiteral("c:roundedCorners"), 0);
    m_xml.writeStartElement(QStringLiteral("c:chart"));
    // A slide carries the title, so the chart keeps only its plot and legend;
    // a workbook's chart shows its own.
    if (m_placement.title)
        chartTitle();
    else
        val(QStringLiteral("c:autoTitleDeleted"), 1);
    m_xml.writeStartElement(QStringLiteral("c:plotArea"));
    m_xml.writeEmptyElement(QStringLiteral("c:layout"));
    m_idxOffset = PptxChartPart::hasHiddenBase(m_chart) ? 1 : 0;
    std::vector<std::pair<Group, bool>> groups;
    for (const ChartSeries &s : m_chart.series) {
        const std::pair<Group, bool> key{groupOf(s.style), s.secondaryAxis};
        if (std::find(groups.begin(), groups.end(), key) == groups.end())
            groups.push_back(key);
    }
    bool hasSecondary = false;
    for (const auto &[g, secondary] : groups) {
        group(g, secondary);
        hasSecondary = hasSecondary || secondary;
    }
    if (groups.empty()) { // an empty chart still needs a plot for PowerPoint
        group(Group::Line, false);
    }
    categoryAxis(kCategoryAxis, kValueAxis, false);
    valueAxis(kValueAxis, kCategoryAxis, false);
    if (hasSecondary) {
        categoryAxis(kSecondaryCategoryAxis, kSecondaryValueAxis, true);
        valueAxis(kSecondaryValueAxis, kSecondaryCategoryAxis, true);
    }
    m_xml.writeEndElement(); // plotArea
    m_xml.writeStartElement(QStringLiteral("c:legend"));
    val(QStringLiteral("c:legendPos"), QStringLiteral("b"));
    legendEntries();
    val(QStringLiteral("c:overlay"), 0);
    m_xml.writeEndElement();
    val(QStringLiteral("c:plotVisOnly"), 1);
    val(QStringLiteral("c:dispBlanksAs"), QStringLiteral("gap"));
    m_xml.writeEndElement(); // chart
    textProperties(1200, false);
    if (!workbookRelationship.isEmpty()) {
        m_xml.writeStartElement(QStringLiteral("c:externalData"));
        m_xml.writeAttribute(QStringLiteral("r:id"), workbookRelationship);
        val(QStringLiteral("c:autoUpdate"), 0);
        m_xml.writeEndElement();
    }
    m_xml.writeEndDocument();
}

/// A band (the Monte Carlo fan, docs/rules.md §5.7) as stacked areas: the
/// invisible lower bound, then upper − lower. A waterfall (switching costs,
/// §4.8) as stacked columns: the invisible base (WaterfallBar::low(), decided once by
/// WaterfallLayout) and each component on it; a total bar's base is zero.
/// ChartData holds one band at most (the fan's P10–P90).
void ChartXml::floatingGroup(Group g, bool secondary)
{
    const bool band = g == Group::Band;
    if (band) {
        m_xml.writeStartElement(QStringLiteral("c:areaChart"));
        val(QStringLiteral("c:grouping"), QStringLiteral("stacked"));
    } else {
        m_xml.writeStartElement(QStringLiteral("c:barChart"));
        val(QStringLiteral("c:barDir"), QStringLiteral("col"));
        val(QStringLiteral("c:grouping"), QStringLiteral("stacked"));
    }
    val(QStringLiteral("c:varyColors"), 0);
    ChartSeriesXml floating(m_xml, m_chart, m_layout, sheet());
    bool baseWritten = false;
    for (std::size_t s = 0; s < m_chart.series.size(); ++s) {
        const ChartSeries &series = m_chart.series[s];
        if (groupOf(series.style) != g || series.secondaryAxis != secondary)
            continue;
        if (!baseWritten) {
            std::vector<double> lows;
            for (const WaterfallBar &bar : m_chart.waterfall)
                lows.push_back(bar.low());
            floating.hiddenBase(band ? m_layout.valuesColumn(s) : m_layout.baseColumn(), band ? series.values : lows);
            baseWritten = true;
        }
        if (band)
            floating.bandWidth(s, int(s) + m_idxOffset, m_colours[s]);
        else
            this->series(s);
    }
    if (!band) {
        val(QStringLiteral("c:gapWidth"), 60);
        val(QStringLiteral("c:overlap"), 100);
    }
    val(QStringLiteral("c:axId"), secondary ? kSecondaryCategoryAxis : kCategoryAxis);
    val(QStringLiteral("c:axId"), secondary ? kSecondaryValueAxis : kValueAxis);
    m_xml.writeEndElement();
}

void ChartXml::legendEntries()
{
    if (m_idxOffset == 0)
        return;
    m_xml.writeStartElement(QStringLiteral("c:legendEntry")); // the hidden base
    val(QStringLiteral("c:idx"), 0);
    val(QStringLiteral("c:delete"), 1);
    m_xml.writeEndElement();
}

} // namespace

bool PptxChartPart::hasHiddenBase(const ChartData &chart)
{
    for (const ChartSeries &s : chart.series)
        if (s.style == SeriesStyle::Band || s.style == SeriesStyle::Waterfall)
            return true;
    return false;
}

QByteArray PptxChartPart::xml(const ChartData &chart, const QString &workbookRelationship)
{
    return xml(chart, workbookRelationship, Placement{});
}

QByteArray PptxChartPart::xml(const ChartData &chart, const QString &workbookRelationship, const Placement &placement)
{
    QByteArray out;
    ChartXml(chart, placement, &out).write(workbookRelationship);
    return out;
}

} // namespace hp
