#include "ChartTextXml.h"

#include "report/MonthTicks.h"

namespace hp {

namespace {

void value(QXmlStreamWriter &xml, const QString &element, const QString &v)
{
    xml.writeEmptyElement(element);
    xml.writeAttribute(QStringLiteral("val"), v);
}

} // namespace

void ChartTextXml::solidFill(QXmlStreamWriter &xml, QRgb colour)
{
    xml.writeStartElement(QStringLiteral("a:solidFill"));
    value(xml, QStringLiteral("a:srgbClr"), QStringLiteral("%1").arg(colour & 0xffffff, 6, 16, QLatin1Char('0')).toUpper());
    xml.writeEndElement();
}

void ChartTextXml::properties(QXmlStreamWriter &xml, int size, bool bold, std::optional<int> rotation)
{
    xml.writeStartElement(QStringLiteral("c:txPr"));
    xml.writeEmptyElement(QStringLiteral("a:bodyPr"));
    if (rotation) {
        xml.writeAttribute(QStringLiteral("rot"), QString::number(*rotation));
        xml.writeAttribute(QStringLiteral("vert"), QStringLiteral("horz"));
    }
    xml.writeEmptyElement(QStringLiteral("a:lstStyle"));
    xml.writeStartElement(QStringLiteral("a:p"));
    xml.writeStartElement(QStringLiteral("a:pPr"));
    xml.writeStartElement(QStringLiteral("a:defRPr"));
    xml.writeAttribute(QStringLiteral("sz"), QString::number(size));
    if (!rotation)
        xml.writeAttribute(QStringLiteral("b"), bold ? QStringLiteral("1") : QStringLiteral("0"));
    solidFill(xml, 0xff404040);
    xml.writeEndElement(); // defRPr
    xml.writeEndElement(); // pPr
    xml.writeEmptyElement(QStringLiteral("a:endParaRPr"));
    xml.writeAttribute(QStringLiteral("lang"), QStringLiteral("en-US"));
    xml.writeEndElement(); // p
    xml.writeEndElement(); // txPr
}

void ChartTextXml::categoryLabels(QXmlStreamWriter &xml, const ChartData &chart)
{
    properties(xml, 1100, false, MonthTicks::labelSkip(chart) > 1 ? -1 : 0);
}

void ChartTextXml::title(QXmlStreamWriter &xml, const QString &text, int size, bool bold, std::optional<int> rotation)
{
    xml.writeStartElement(QStringLiteral("c:title"));
    xml.writeStartElement(QStringLiteral("c:tx"));
    xml.writeStartElement(QStringLiteral("c:rich"));
    xml.writeEmptyElement(QStringLiteral("a:bodyPr"));
    if (rotation) {
        xml.writeAttribute(QStringLiteral("rot"), QString::number(*rotation));
        xml.writeAttribute(QStringLiteral("vert"), QStringLiteral("horz"));
    }
    xml.writeStartElement(QStringLiteral("a:p"));
    xml.writeStartElement(QStringLiteral("a:r"));
    xml.writeEmptyElement(QStringLiteral("a:rPr"));
    xml.writeAttribute(QStringLiteral("lang"), QStringLiteral("en-US"));
    xml.writeAttribute(QStringLiteral("sz"), QString::number(size));
    xml.writeAttribute(QStringLiteral("b"), bold ? QStringLiteral("1") : QStringLiteral("0"));
    xml.writeTextElement(QStringLiteral("a:t"), text);
    xml.writeEndElement(); // r
    xml.writeEndElement(); // p
    xml.writeEndElement(); // rich
    xml.writeEndElement(); // tx
    value(xml, QStringLiteral("c:overlay"), QStringLiteral("0"));
    xml.writeEndElement(); // title
}

void ChartTextXml::chartTitle(QXmlStreamWriter &xml, const QString &text)
{
    title(xml, text, 1400, true);
    value(xml, QStringLiteral("c:autoTitleDeleted"), QStringLiteral("0"));
}

} // namespace hp
