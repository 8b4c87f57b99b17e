#include "ExportTestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <zip.h>

namespace hp::test {

namespace {

ZipEntries readArchive(zip_t *archive)
{
    ZipEntries entries;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) != 0)
            return {};
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!file)
            return {};
        QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
        const zip_int64_t read = zip_fread(file, data.data(), stat.size);
        zip_fclose(file);
        if (read != zip_int64_t(stat.size))
            return {};
        entries[QString::fromUtf8(stat.name)] = data;
    }
    return entries;
}

} // namespace

ZipEntries readZip(const QString &path)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive)
        return {};
    ZipEntries entries = readArchive(archive);
    zip_discard(archive);
    return entries;
}

ZipEntries readZipBytes(const QByteArray &bytes)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (!source)
        return {};
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!archive) {
        zip_source_free(source);
        return {};
    }
    ZipEntries entries = readArchive(archive);
    zip_discard(archive);
    return entries;
}

std::vector<XmlElement> elements(const QByteArray &xml, const QString &name, const QString &within)
{
    std::vector<XmlElement> out;
    QXmlStreamReader reader(xml);
    reader.setNamespaceProcessing(false);
    int insideWithin = within.isEmpty() ? 1 : 0;
    int depth = 0;
    int captureDepth = -1; // the depth of the matched element whose text is being collected
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            const QString qname = reader.qualifiedName().toString();
            if (!within.isEmpty() && qname == within)
                ++insideWithin;
            if (qname == name && insideWithin > 0) {
                XmlElement e;
                e.name = qname;
                for (const QXmlStreamAttribute &a : reader.attributes())
                    e.attributes[a.qualifiedName().toString()] = a.value().toString();
                out.push_back(e);
                captureDepth = depth;
            }
        } else if (reader.isCharacters() && captureDepth > 0) {
            out.back().text += reader.text().toString(); // includes the text of its descendants
        } else if (reader.isEndElement()) {
            const QString qname = reader.qualifiedName().toString();
            if (!within.isEmpty() && qname == within)
                --insideWithin;
            if (depth == captureDepth)
                captureDepth = -1;
            --depth;
        }
    }
    return out;
}

bool wellFormed(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError()) {
        *error = QStringLiteral("line %1, column %2: %3").arg(reader.lineNumber()).arg(reader.columnNumber()).arg(reader.errorString());
        return false;
    }
    return true;
}

QString resolveTarget(const QString &sourcePart, const QString &target)
{
    const qsizetype slash = sourcePart.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : sourcePart.left(slash);
    QString path = QDir::cleanPath(folder.isEmpty() ? target : folder + QLatin1Char('/') + target);
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    return path;
}

ChartData sampleChart(SeriesStyle style, const std::vector<std::vector<double>> &series, const char *title)
{
    ChartData c;
    c.title = QString::fromUtf8(title);
    c.subtitle = QStringLiteral("Scenario Test");
    c.footnote = QStringLiteral("Scenario Test · 2026-01 to 2026-03 · 2026-11-30");
    c.categoryTitle = QStringLiteral("Month");
    c.unit = ValueUnit::Money;
    c.currency = QStringLiteral("USD");
    const std::size_t n = series.empty() ? 0 : series.front().size();
    for (std::size_t i = 0; i < n; ++i)
        c.categories << QStringLiteral("2026-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
    for (std::size_t s = 0; s < series.size(); ++s)
        c.series.push_back({QStringLiteral("Series %1").arg(s + 1), QStringLiteral("test:%1").arg(s), style, series[s], {}, false, {}});
    return c;
}

std::map<QString, XlsxCell> xlsxCells(const ZipEntries &workbook, const QString &sheetPart)
{
    QStringList shared;
    const auto strings = workbook.find(QStringLiteral("xl/sharedStrings.xml"));
    if (strings != workbook.end())
        for (const XmlElement &si : elements(strings->second, "si"))
            shared << si.text;
    // Style index → number format: cellXfs/xf@numFmtId, then numFmts or the built-ins used here.
    std::map<QString, QString> formats{{QStringLiteral("0"), QStringLiteral("General")}, {QStringLiteral("1"), QStringLiteral("0")},
                                       {QStringLiteral("2"), QStringLiteral("0.00")}, {QStringLiteral("3"), QStringLiteral("#,##0")},
                                       {QStringLiteral("4"), QStringLiteral("#,##0.00")}, {QStringLiteral("9"), QStringLiteral("0%")},
                                       {QStringLiteral("10"), QStringLiteral("0.00%")}};
    const QByteArray styles = workbook.count(QStringLiteral("xl/styles.xml")) ? workbook.at(QStringLiteral("xl/styles.xml")) : QByteArray();
    for (const XmlElement &f : elements(styles, "numFmt"))
        formats[f.attribute("numFmtId")] = f.attribute("formatCode");
    const std::vector<XmlElement> xfs = elements(styles, "xf", "cellXfs");

    std::map<QString, XlsxCell> cells;
    const auto sheet = workbook.find(sheetPart);
    if (sheet == workbook.end())
        return cells;
    for (const XmlElement &c : elements(sheet->second, "c")) {
        XlsxCell cell;
        cell.isString = c.attribute("t") == u"s";
        cell.value = cell.isString ? shared.value(c.text.toInt()) : c.text;
        const std::size_t style = c.attribute("s").toUInt();
        cell.numberFormat = QStringLiteral("General");
        if (style < xfs.size())
            cell.numberFormat = formats[xfs[style].attribute("numFmtId")];
        cells[c.attribute("r")] = cell;
    }
    return cells;
}

DeckContent sampleDeck()
{
    DeckContent deck;
    deck.title = QString::fromUtf8("Test deck");
    deck.subtitle = QString::fromUtf8("Scenario Test, 2026-01 to 2026-03");
    deck.date = QDate(2026, 11, 30);
    deck.illustrative = true;
    deck.footnote = QString::fromUtf8("Scenario Test · 2026-01 to 2026-03 · 2026-11-30");
    deck.headline = {QString::fromUtf8("Headline"), QString::fromUtf8("Headline figures"), {{QString::fromUtf8("Figure"), ColumnFormat::Text}, {QString::fromUtf8("Value (USD)"), ColumnFormat::Money}}, {}};
    deck.headline.rows.push_back({QString::fromUtf8("Total cost"), Decimal::fromString(u"1234567.891")});
    deck.headline.rows.push_back({QString::fromUtf8("NPV"), Decimal::fromString(u"-42.5")});

    deck.charts.push_back(sampleChart(SeriesStyle::StackedArea, {{1.5, 2.5, std::nan("")}, {10, 20, 30}}, "Cost by component"));
    deck.charts.push_back(sampleChart(SeriesStyle::StackedBar, {{100, 200, 300}, {5, 6, 7}}, "Spend per provider"));
    ChartData lines = sampleChart(SeriesStyle::Line, {{1, 2, 3}, {0.1, 0.2, 0.3}}, "Cost and share");
    lines.series[1].style = SeriesStyle::DashedLine;
    lines.series[1].secondaryAxis = true;
    lines.secondaryUnit = ValueUnit::Percent;
    deck.charts.push_back(lines);
    ChartData fan = sampleChart(SeriesStyle::Band, {{90, 95, 99}}, "Monte Carlo fan");
    fan.series[0].upper = {110, 120, 130};
    deck.charts.push_back(fan);
    return deck;
}

int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace hp::test
