#include "PptxSlide.h"

#include "export/OpcPackage.h"
#include "report/ResultCellText.h"

namespace hp {

namespace {

const QString kDrawing = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
const QString kPresentation = QStringLiteral("http://schemas.openxmlformats.org/presentationml/2006/main");
const QString kChart = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/chart");
const QString kTable = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/table");

QString hex(QRgb colour) { return QStringLiteral("%1").arg(colour & 0xffffff, 6, 16, QLatin1Char('0')).toUpper(); }

} // namespace

PptxSlide::PptxSlide()
    : m_xml(&m_bytes)
{
    m_xml.writeStartDocument(QStringLiteral("1.0"), true);
    m_xml.writeStartElement(QStringLiteral("p:sld"));
    m_xml.writeAttribute(QStringLiteral("xmlns:a"), kDrawing);
    m_xml.writeAttribute(QStringLiteral("xmlns:r"), OpcPackage::relationshipNamespace());
    m_xml.writeAttribute(QStringLiteral("xmlns:p"), kPresentation);
    m_xml.writeStartElement(QStringLiteral("p:cSld"));
    m_xml.writeStartElement(QStringLiteral("p:spTree"));
    m_xml.writeStartElement(QStringLiteral("p:nvGrpSpPr"));
    m_xml.writeEmptyElement(QStringLiteral("p:cNvPr"));
    m_xml.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    m_xml.writeAttribute(QStringLiteral("name"), QString());
    m_xml.writeEmptyElement(QStringLiteral("p:cNvGrpSpPr"));
    m_xml.writeEmptyElement(QStringLiteral("p:nvPr"));
    m_xml.writeEndElement();
    m_xml.writeStartElement(QStringLiteral("p:grpSpPr"));
    m_xml.writeStartElement(QStringLiteral("a:xfrm"));
    const std::pair<QString, bool> origins[] = {{QStringLiteral("a:off"), false}, {QStringLiteral("a:ext"), true},
                                                {QStringLiteral("a:chOff"), false}, {QStringLiteral("a:chExt"), true}};
    for (const auto &[element, extent] : origins) {
        m_xml.writeEmptyElement(element);
        m_xml.writeAttribute(extent ? QStringLiteral("cx") : QStringLiteral("x"), QStringLiteral("0"));
        m_xml.writeAttribute(extent ? QStringLiteral("cy") : QStringLiteral("y"), QStringLiteral("0"));
    }
    m_xml.writeEndElement(); // xfrm
    m_xml.writeEndElement(); // grpSpPr
}

void PptxSlide::nonVisual(const QString &name, const QString &description)
{
    m_xml.writeEmptyElement(QStringLiteral("p:cNvPr"));
    m_xml.writeAttribute(QStringLiteral("id"), QString::number(m_nextId++));
    m_xml.writeAttribute(QStringLiteral("name"), name);
    if (!description.isEmpty())
        m_xml.writeAttribute(QStringLiteral("descr"), description);
}

void PptxSlide::transform(const QString &element, const SlideRect &box)
{
    m_xml.writeStartElement(element);
    m_xml.writeEmptyElement(QStringLiteral("a:off"));
    m_xml.writeAttribute(QStringLiteral("x"), QString::number(box.x));
    m_xml.writeAttribute(QStringLiteral("y"), QString::number(box.y));
    m_xml.writeEmptyElement(QStringLiteral("a:ext"));
    m_xml.writeAttribute(QStringLiteral("cx"), QString::number(box.cx));
    m_xml.writeAttribute(QStringLiteral("cy"), QString::number(box.cy));
    m_xml.writeEndElement();
}

void PptxSlide::paragraph(const QString &text, const TextStyle &style, bool rightAligned)
{
    m_xml.writeStartElement(QStringLiteral("a:p"));
    if (style.centred || rightAligned) {
        m_xml.writeEmptyElement(QStringLiteral("a:pPr"));
        m_xml.writeAttribute(QStringLiteral("algn"), style.centred ? QStringLiteral("ctr") : QStringLiteral("r"));
    }
    m_xml.writeStartElement(QStringLiteral("a:r"));
    m_xml.writeStartElement(QStringLiteral("a:rPr"));
    m_xml.writeAttribute(QStringLiteral("lang"), QStringLiteral("en-US"));
    m_xml.writeAttribute(QStringLiteral("sz"), QString::number(style.size));
    m_xml.writeAttribute(QStringLiteral("b"), style.bold ? QStringLiteral("1") : QStringLiteral("0"));
    m_xml.writeAttribute(QStringLiteral("dirty"), QStringLiteral("0"));
    m_xml.writeStartElement(QStringLiteral("a:solidFill"));
    m_xml.writeEmptyElement(QStringLiteral("a:srgbClr"));
    m_xml.writeAttribute(QStringLiteral("val"), hex(style.colour));
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // rPr
    m_xml.writeTextElement(QStringLiteral("a:t"), text);
    m_xml.writeEndElement(); // r
    m_xml.writeEndElement(); // p
}

void PptxSlide::addText(const SlideRect &box, const QString &text, const TextStyle &style)
{
    textShape(box, text, style, false);
}

void PptxSlide::addTitle(const SlideRect &box, const QString &text, const TextStyle &style)
{
    textShape(box, text, style, true);
}

void PptxSlide::textShape(const SlideRect &box, const QString &text, const TextStyle &style, bool title)
{
    m_xml.writeStartElement(QStringLiteral("p:sp"));
    m_xml.writeStartElement(QStringLiteral("p:nvSpPr"));
    nonVisual(title ? QStringLiteral("Title %1").arg(m_nextId) : QStringLiteral("Text %1").arg(m_nextId));
    if (title) {
        // The layout's title placeholder: outline view, "Reset slide" and
        // screen readers find the slide's title here.
        m_xml.writeStartElement(QStringLiteral("p:cNvSpPr"));
        m_xml.writeEmptyElement(QStringLiteral("a:spLocks"));
        m_xml.writeAttribute(QStringLiteral("noGrp"), QStringLiteral("1"));
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("p:nvPr"));
        m_xml.writeEmptyElement(QStringLiteral("p:ph"));
        m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("title"));
        m_xml.writeEndElement();
    } else {
        m_xml.writeEmptyElement(QStringLiteral("p:cNvSpPr"));
        m_xml.writeAttribute(QStringLiteral("txBox"), QStringLiteral("1"));
        m_xml.writeEmptyElement(QStringLiteral("p:nvPr"));
    }
    m_xml.writeEndElement(); // nvSpPr
    rectangleShape(box, true);
    m_xml.writeStartElement(QStringLiteral("p:txBody"));
    m_xml.writeStartElement(QStringLiteral("a:bodyPr"));
    m_xml.writeAttribute(QStringLiteral("wrap"), QStringLiteral("square"));
    m_xml.writeAttribute(QStringLiteral("lIns"), QStringLiteral("0"));
    m_xml.writeAttribute(QStringLiteral("rIns"), QStringLiteral("0"));
    m_xml.writeAttribute(QStringLiteral("anchor"), QStringLiteral("t"));
    m_xml.writeEmptyElement(QStringLiteral("a:normAutofit"));
    m_xml.writeEndElement();
    m_xml.writeEmptyElement(QStringLiteral("a:lstStyle"));
    for (const QString &line : text.split(u'\n'))
        paragraph(line, style);
    m_xml.writeEndElement(); // txBody
    m_xml.writeEndElement(); // sp
}

void PptxSlide::rectangleShape(const SlideRect &box, bool noFill)
{
    m_xml.writeStartElement(QStringLiteral("p:spPr"));
    transform(QStringLiteral("a:xfrm"), box);
    m_xml.writeStartElement(QStringLiteral("a:prstGeom"));
    m_xml.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
    m_xml.writeEmptyElement(QStringLiteral("a:avLst"));
    m_xml.writeEndElement();
    if (noFill)
        m_xml.writeEmptyElement(QStringLiteral("a:noFill"));
    m_xml.writeEndElement(); // spPr
}

void PptxSlide::beginGraphicFrame(const SlideRect &box, const QString &name, const QString &description, bool lockGrouping,
                                  const QString &uri)
{
    m_xml.writeStartElement(QStringLiteral("p:graphicFrame"));
    m_xml.writeStartElement(QStringLiteral("p:nvGraphicFramePr"));
    nonVisual(name, description);
    if (lockGrouping) {
        m_xml.writeStartElement(QStringLiteral("p:cNvGraphicFramePr"));
        m_xml.writeEmptyElement(QStringLiteral("a:graphicFrameLocks"));
        m_xml.writeAttribute(QStringLiteral("noGrp"), QStringLiteral("1"));
        m_xml.writeEndElement();
    } else {
        m_xml.writeEmptyElement(QStringLiteral("p:cNvGraphicFramePr"));
    }
    m_xml.writeEmptyElement(QStringLiteral("p:nvPr"));
    m_xml.writeEndElement();
    transform(QStringLiteral("p:xfrm"), box);
    m_xml.writeStartElement(QStringLiteral("a:graphic"));
    m_xml.writeStartElement(QStringLiteral("a:graphicData"));
    m_xml.writeAttribute(QStringLiteral("uri"), uri);
}

void PptxSlide::addChart(const SlideRect &box, const QString &relationshipId, const QString &name)
{
    beginGraphicFrame(box, name, name, false, kChart); // the title doubles as alt text
    m_xml.writeEmptyElement(QStringLiteral("c:chart"));
    m_xml.writeAttribute(QStringLiteral("xmlns:c"), kChart);
    m_xml.writeAttribute(QStringLiteral("r:id"), relationshipId);
    m_xml.writeEndElement(); // graphicData
    m_xml.writeEndElement(); // graphic
    m_xml.writeEndElement(); // graphicFrame
}

void PptxSlide::tableCell(const QString &text, const TextStyle &style, bool rightAligned, QRgb fill)
{
    m_xml.writeStartElement(QStringLiteral("a:tc"));
    m_xml.writeStartElement(QStringLiteral("a:txBody"));
    m_xml.writeEmptyElement(QStringLiteral("a:bodyPr"));
    m_xml.writeEmptyElement(QStringLiteral("a:lstStyle"));
    paragraph(text, style, rightAligned);
    m_xml.writeEndElement(); // txBody
    m_xml.writeStartElement(QStringLiteral("a:tcPr"));
    m_xml.writeAttribute(QStringLiteral("anchor"), QStringLiteral("ctr"));
    m_xml.writeStartElement(QStringLiteral("a:solidFill"));
    m_xml.writeEmptyElement(QStringLiteral("a:srgbClr"));
    m_xml.writeAttribute(QStringLiteral("val"), hex(fill));
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // tcPr
    m_xml.writeEndElement(); // tc
}

void PptxSlide::addTable(const SlideRect &box, const ResultTable &table)
{
    const std::size_t columns = table.columns.size();
    if (columns == 0)
        return;
    const qint64 rowHeight = box.cy / qint64(table.rows.size() + 1);
    // The first column (labels) takes half the width, the others share the rest.
    const qint64 firstWidth = columns == 1 ? box.cx : box.cx / 2;
    const qint64 otherWidth = columns == 1 ? 0 : (box.cx - firstWidth) / qint64(columns - 1);
    beginGraphicFrame(box, table.title.isEmpty() ? table.name : table.title, QString(), true, kTable);
    m_xml.writeStartElement(QStringLiteral("a:tbl"));
    m_xml.writeEmptyElement(QStringLiteral("a:tblPr"));
    m_xml.writeAttribute(QStringLiteral("firstRow"), QStringLiteral("1"));
    m_xml.writeAttribute(QStringLiteral("bandRow"), QStringLiteral("1"));
    m_xml.writeStartElement(QStringLiteral("a:tblGrid"));
    for (std::size_t c = 0; c < columns; ++c) {
        m_xml.writeEmptyElement(QStringLiteral("a:gridCol"));
        m_xml.writeAttribute(QStringLiteral("w"), QString::number(c == 0 ? firstWidth : otherWidth));
    }
    m_xml.writeEndElement(); // tblGrid
    const TextStyle header{1600, true, 0xffffffff, false};
    const TextStyle body{1600, false, 0xff202020, false};
    m_xml.writeStartElement(QStringLiteral("a:tr"));
    m_xml.writeAttribute(QStringLiteral("h"), QString::number(rowHeight));
    for (std::size_t c = 0; c < columns; ++c)
        tableCell(table.columns[c].header, header, c > 0, 0xff1f4e79);
    m_xml.writeEndElement();
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        m_xml.writeStartElement(QStringLiteral("a:tr"));
        m_xml.writeAttribute(QStringLiteral("h"), QString::number(rowHeight));
        for (std::size_t c = 0; c < columns; ++c) {
            const ResultCell &cell = ResultCellText::cellAt(table.rows[r], c);
            tableCell(ResultCellText::display(cell, table.columns[c].format), body, c > 0,
                      r % 2 == 0 ? 0xffeaf1f8 : 0xffffffff);
        }
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement(); // tbl
    m_xml.writeEndElement(); // graphicData
    m_xml.writeEndElement(); // graphic
    m_xml.writeEndElement(); // graphicFrame
}

QByteArray PptxSlide::finish()
{
    m_xml.writeEndElement(); // spTree
    m_xml.writeEndElement(); // cSld
    m_xml.writeStartElement(QStringLiteral("p:clrMapOvr"));
    m_xml.writeEmptyElement(QStringLiteral("a:masterClrMapping"));
    m_xml.writeEndElement();
    m_xml.writeEndDocument();
    return m_bytes;
}

} // namespace hp
