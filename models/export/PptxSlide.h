#pragma once

#include "report/ResultTable.h"

#include <QByteArray>
#include <QRgb>
#include <QString>
#include <QXmlStreamWriter>

namespace hp {

/// A rectangle on a slide in EMU (914,400 per inch; a 16:9 slide is
/// 12,192,000 × 6,858,000).
struct SlideRect {
    qint64 x = 0, y = 0, cx = 0, cy = 0;
};

/// The XML of one slide (`ppt/slides/slideN.xml`, PresentationML `p:sld`):
/// the title, text boxes, a chart frame, a table, in drawing order. Shapes
/// are numbered from 2 (1 is the slide's shape tree).
class PptxSlide {
public:
    struct TextStyle {
        int size = 1800; ///< hundredths of a point
        bool bold = false;
        QRgb colour = 0xff202020;
        bool centred = false;
    };

    PptxSlide();
    void addText(const SlideRect &box, const QString &text, const TextStyle &style);
    /// The slide's title: a shape in the layout's title placeholder
    /// (`<p:ph type="title"/>`) at `box`, styled as given.
    void addTitle(const SlideRect &box, const QString &text, const TextStyle &style);
    /// A graphic frame holding the chart part of relationship `relationshipId`.
    void addChart(const SlideRect &box, const QString &relationshipId, const QString &name);
    /// A DrawingML table; the first column left-aligned, the others right-aligned.
    void addTable(const SlideRect &box, const ResultTable &table);
    /// Closes the slide; call once.
    QByteArray finish();

private:
    void nonVisual(const QString &name, const QString &description = {});
    void textShape(const SlideRect &box, const QString &text, const TextStyle &style, bool title);
    /// p:spPr: a rectangle at `box`, transparent when `noFill`.
    void rectangleShape(const SlideRect &box, bool noFill);
    /// Opens p:graphicFrame … a:graphicData for a chart or table at `box`;
    /// the caller writes the data and closes the three elements.
    void beginGraphicFrame(const SlideRect &box, const QString &name, const QString &description, bool lockGrouping,
                           const QString &uri);
    void transform(const QString &element, const SlideRect &box);
    void paragraph(const QString &text, const TextStyle &style, bool rightAligned = false);
    void tableCell(const QString &text, const TextStyle &style, bool rightAligned, QRgb fill);

    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
    int m_nextId = 2;
};

} // namespace hp
