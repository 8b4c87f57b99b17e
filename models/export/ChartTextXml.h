#pragma once

#include "report/ChartData.h"

#include <QRgb>
#include <QString>
#include <QXmlStreamWriter>

#include <optional>

namespace hp {

/// The text and fill pieces of a DrawingML chart (ECMA-376 Part 1 §21.2, §20.1):
/// a solid fill, the text properties of an axis or a legend, and a chart title.
/// PptxChartPart writes the chart around them.
class ChartTextXml {
public:
    /// a:solidFill with the colour's RGB.
    static void solidFill(QXmlStreamWriter &xml, QRgb colour);
    /// c:txPr in dark grey at `hundredthsOfPoint`; with `rotation` (60,000ths of a
    /// degree) also a:bodyPr's rot and vert="horz" (category labels).
    static void properties(QXmlStreamWriter &xml, int hundredthsOfPoint, bool bold, std::optional<int> rotation = std::nullopt);
    /// Category labels stay level: months are thinned out (tickLblSkip) instead
    /// of turned on their side; names wrap. LibreOffice ignores tickLblSkip and
    /// lets labels of rotation exactly 0 break and overlap, so month labels turn
    /// by 1/60,000° (level to the eye): it then drops the ones that would collide.
    static void categoryLabels(QXmlStreamWriter &xml, const ChartData &chart);
    /// c:title with `text` at `hundredthsOfPoint`; with `rotation` (60,000ths of a
    /// degree) a:bodyPr's rot and vert="horz" (an axis title).
    static void title(QXmlStreamWriter &xml, const QString &text, int hundredthsOfPoint, bool bold,
                      std::optional<int> rotation = std::nullopt);
    /// The chart's own title in bold 14 pt, and c:autoTitleDeleted 0 (a workbook's
    /// chart sheet; a slide has its own title).
    static void chartTitle(QXmlStreamWriter &xml, const QString &text);
};

} // namespace hp
