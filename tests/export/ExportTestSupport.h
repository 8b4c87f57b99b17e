#pragma once
// Helpers shared by the export tests: read a zip package (libzip) and pick
// elements out of its XML parts (QXmlStreamReader).
#include "report/ChartData.h"
#include "report/DeckContent.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace hp::test {

using ZipEntries = std::map<QString, QByteArray>;

/// Every entry of a zip file or of zip bytes; empty on error.
ZipEntries readZip(const QString &path);
ZipEntries readZipBytes(const QByteArray &bytes);

/// One XML element: its qualified name, attributes (qualified names) and text.
struct XmlElement {
    QString name;
    std::map<QString, QString> attributes;
    QString text;
    QString attribute(const char *qualifiedName) const
    {
        const auto it = attributes.find(QString::fromLatin1(qualifiedName));
        return it == attributes.end() ? QString() : it->second;
    }
};

/// Every element with the qualified name `name` ("c:pt", "Relationship"), in
/// document order; `within` restricts to descendants of elements so named.
std::vector<XmlElement> elements(const QByteArray &xml, const QString &name, const QString &within = {});
inline std::vector<XmlElement> elements(const QByteArray &xml, const char *name, const char *within = "")
{
    return elements(xml, QString::fromLatin1(name), QString::fromLatin1(within));
}
/// Well-formed XML?
bool wellFormed(const QByteArray &xml, QString *error);

/// Resolves a relationship target relative to the part that holds it.
QString resolveTarget(const QString &sourcePart, const QString &target);

/// A chart with the given series style and values over months 2026-01…
ChartData sampleChart(SeriesStyle style, const std::vector<std::vector<double>> &series, const char *title);

/// One worksheet cell read back from an .xlsx package: its value (shared
/// strings resolved) and the number format of its style ("General" if none).
struct XlsxCell {
    QString value;
    bool isString = false;
    QString numberFormat;
};
/// Every cell of `sheetPart` ("xl/worksheets/sheet1.xml") keyed by reference ("B2").
std::map<QString, XlsxCell> xlsxCells(const ZipEntries &workbook, const QString &sheetPart);

/// Six slides: title, summary (two figures), stacked area (a gap), stacked
/// bars, a line with a dashed secondary-axis line, a band; illustrative.
DeckContent sampleDeck();

/// The number of pages of a PDF file (counts /Type /Page objects).
int pdfPageCount(const QByteArray &pdf);

} // namespace hp::test
