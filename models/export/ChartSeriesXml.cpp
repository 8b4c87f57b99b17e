#include "ChartSeriesXml.h"

#include <cmath>

namespace hp {

ChartSeriesXml::ChartSeriesXml(QXmlStreamWriter &xml, const ChartData &chart, const ChartTableLayout &layout, QString sheet)
    : m_xml(xml), m_chart(chart), m_layout(layout), m_sheet(std::move(sheet))
{
}

void ChartSeriesXml::value(const QString &element, const QString &text)
{
    m_xml.writeEmptyElement(element);
    m_xml.writeAttribute(QStringLiteral("val"), text);
}

void ChartSeriesXml::name(int column, const QString &name)
{
    m_xml.writeStartElement(QStringLiteral("c:tx"));
    m_xml.writeStartElement(QStringLiteral("c:strRef"));
    m_xml.writeTextElement(QStringLiteral("c:f"), ChartTableLayout::cell(m_sheet, m_layout.headerRow(), column));
    m_xml.writeStartElement(QStringLiteral("c:strCache"));
    value(QStringLiteral("c:ptCount"), QStringLiteral("1"));
    m_xml.writeStartElement(QStringLiteral("c:pt"));
    m_xml.writeAttribute(QStringLiteral("idx"), QStringLiteral("0"));
    m_xml.writeTextElement(QStringLiteral("c:v"), name);
    m_xml.writeEndElement(); // pt
    m_xml.writeEndElement(); // strCache
    m_xml.writeEndElement(); // strRef
    m_xml.writeEndElement(); // tx
}

void ChartSeriesXml::categories()
{
    const int count = int(m_chart.categories.size());
    m_xml.writeStartElement(QStringLiteral("c:cat"));
    m_xml.writeStartElement(QStringLiteral("c:strRef"));
    m_xml.writeTextElement(QStringLiteral("c:f"),
                           ChartTableLayout::range(m_sheet, m_layout.firstDataRow(), m_layout.lastDataRow(), m_layout.categoryColumn()));
    m_xml.writeStartElement(QStringLiteral("c:strCache"));
    value(QStringLiteral("c:ptCount"), QString::number(count));
    for (int i = 0; i < count; ++i) {
        m_xml.writeStartElement(QStringLiteral("c:pt"));
        m_xml.writeAttribute(QStringLiteral("idx"), QString::number(i));
        m_xml.writeTextElement(QStringLiteral("c:v"), m_chart.categories[i]);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement(); // strCache
    m_xml.writeEndElement(); // strRef
    m_xml.writeEndElement(); // cat
}

void ChartSeriesXml::values(int column, const std::vector<double> &values)
{
    const int count = int(m_chart.categories.size());
    m_xml.writeStartElement(QStringLiteral("c:val"));
    m_xml.writeStartElement(QStringLiteral("c:numRef"));
    m_xml.writeTextElement(QStringLiteral("c:f"), ChartTableLayout::range(m_sheet, m_layout.firstDataRow(), m_layout.lastDataRow(), column));
    m_xml.writeStartElement(QStringLiteral("c:numCache"));
    m_xml.writeTextElement(QStringLiteral("c:formatCode"), QStringLiteral("General"));
    value(QStringLiteral("c:ptCount"), QString::number(count));
    for (int i = 0; i < count && std::size_t(i) < values.size(); ++i) {
        if (!std::isfinite(values[std::size_t(i)]))
            continue; // no point: a gap
        m_xml.writeStartElement(QStringLiteral("c:pt"));
        m_xml.writeAttribute(QStringLiteral("idx"), QString::number(i));
        m_xml.writeTextElement(QStringLiteral("c:v"), QString::number(values[std::size_t(i)], 'g', 17));
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement(); // numCache
    m_xml.writeEndElement(); // numRef
    m_xml.writeEndElement(); // val
}

void ChartSeriesXml::hiddenBase(int column, const std::vector<double> &values)
{
    m_xml.writeStartElement(QStringLiteral("c:ser"));
    value(QStringLiteral("c:idx"), QStringLiteral("0"));
    value(QStringLiteral("c:order"), QStringLiteral("0"));
    name(column, QStringLiteral("Base"));
    m_xml.writeStartElement(QStringLiteral("c:spPr"));
    m_xml.writeEmptyElement(QStringLiteral("a:noFill"));
    m_xml.writeStartElement(QStringLiteral("a:ln"));
    m_xml.writeEmptyElement(QStringLiteral("a:noFill"));
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // spPr
    categories();
    this->values(column, values);
    m_xml.writeEndElement(); // ser
}

void ChartSeriesXml::bandWidth(std::size_t series, int idx, QRgb colour)
{
    const ChartSeries &band = m_chart.series[series];
    m_xml.writeStartElement(QStringLiteral("c:ser"));
    value(QStringLiteral("c:idx"), QString::number(idx));
    value(QStringLiteral("c:order"), QString::number(idx));
    name(m_layout.widthColumn(series), band.name);
    m_xml.writeStartElement(QStringLiteral("c:spPr"));
    m_xml.writeStartElement(QStringLiteral("a:solidFill"));
    m_xml.writeStartElement(QStringLiteral("a:srgbClr"));
    m_xml.writeAttribute(QStringLiteral("val"), QStringLiteral("%1").arg(colour & 0xffffff, 6, 16, QLatin1Char('0')).toUpper());
    value(QStringLiteral("a:alpha"), QStringLiteral("35000")); // the screen's band: alpha 80 of 255
    m_xml.writeEndElement(); // srgbClr
    m_xml.writeEndElement(); // solidFill
    m_xml.writeStartElement(QStringLiteral("a:ln"));
    m_xml.writeEmptyElement(QStringLiteral("a:noFill"));
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // spPr
    categories();
    values(m_layout.widthColumn(series), ChartTableLayout::bandWidths(band));
    m_xml.writeEndElement(); // ser
}

} // namespace hp
