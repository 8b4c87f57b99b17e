// The demo's deck and workbook of "Status quo" against "Pivot", as
// `hedgeplan-cli export` writes them (docs/exports.md): every chart slide a
// native chart with its embedded workbook and no picture; every slide title a
// title placeholder; the summary in compact money for both scenarios with the
// break-even sentence; each series the same colour in deck, workbook and the
// screen's palette; the workbook keeps the second value axes of the screen.
#include "ExportTestSupport.h"

#include "canonical/DemoPortfolio.h"
#include "export/DocumentExporter.h"
#include "report/ChartPalette.h"

#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace hp;
using namespace hp::test;

namespace {

QString S(const char *utf8) { return QString::fromUtf8(utf8); }

/// Each c:ser of a chart part: its name (the cached c:tx) and the first colour
/// of its own c:spPr (fill, or line for a line series); "" when it has none.
std::vector<std::pair<QString, QString>> seriesColours(const QByteArray &chart)
{
    std::vector<std::pair<QString, QString>> out;
    QXmlStreamReader xml(chart);
    int depth = 0, serDepth = -1, spPrDepth = -1;
    bool inName = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QStringView name = xml.qualifiedName();
            if (name == u"c:ser") {
                serDepth = depth;
                out.emplace_back();
            } else if (serDepth >= 0 && depth == serDepth + 1 && name == u"c:tx") {
                inName = true;
            } else if (serDepth >= 0 && depth == serDepth + 1 && name == u"c:spPr") {
                spPrDepth = depth;
            } else if (inName && name == u"c:v" && out.back().first.isEmpty()) {
                out.back().first = xml.readElementText();
                --depth;
            } else if (spPrDepth >= 0 && name == u"a:srgbClr" && out.back().second.isEmpty()) {
                out.back().second = xml.attributes().value(QStringLiteral("val")).toString().toUpper();
            }
        } else if (xml.isEndElement()) {
            if (depth == serDepth)
                serDepth = -1;
            if (depth == spPrDepth)
                spPrDepth = -1;
            if (xml.qualifiedName() == u"c:tx")
                inName = false;
            --depth;
        }
    }
    return out;
}

QString hex(const QColor &colour) { return colour.name().mid(1).toUpper(); }

class DemoDeck : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        const Project project = DemoPortfolio::load();
        ChartRequest request;
        request.scenario = S("Status quo");
        request.against = S("Pivot");
        request.date = QDate(2026, 11, 30);
        DocumentExportOptions options;
        options.against = request.against;
        options.date = request.date;
        options.charts = DocumentExporter::drawableCharts(project, request);
        prepared = new PreparedExport(DocumentExporter::prepare(project, request.scenario, DocumentFormat::Xlsx, options));
        dir = new QTemporaryDir;
        QString error;
        const QString deckPath = dir->filePath(S("deck.pptx")), bookPath = dir->filePath(S("book.xlsx"));
        ASSERT_TRUE(DocumentExporter::write(*prepared, DocumentFormat::Pptx, deckPath, &error)) << error.toStdString();
        ASSERT_TRUE(DocumentExporter::write(*prepared, DocumentFormat::Xlsx, bookPath, &error)) << error.toStdString();
        deck = new ZipEntries(readZip(deckPath));
        book = new ZipEntries(readZip(bookPath));
    }
    static void TearDownTestSuite()
    {
        delete prepared;
        delete deck;
        delete book;
        delete dir;
    }
    static const std::vector<ChartData> &charts() { return prepared->deck.charts; }
    static QByteArray deckPart(const QString &name) { return deck->count(name) ? deck->at(name) : QByteArray(); }
    static QByteArray bookPart(const QString &name) { return book->count(name) ? book->at(name) : QByteArray(); }

    static inline PreparedExport *prepared = nullptr;
    static inline QTemporaryDir *dir = nullptr;
    static inline ZipEntries *deck = nullptr;
    static inline ZipEntries *book = nullptr;
};

} // namespace

TEST_F(DemoDeck, EveryChartSlideIsANativeChartWithItsWorkbookAndNoPictureRemains)
{
    ASSERT_GE(charts().size(), 10u) << "the demo draws most kinds";
    for (const auto &[name, data] : *deck)
        EXPECT_FALSE(name.startsWith(S("ppt/media/"))) << name.toStdString();
    for (std::size_t i = 0; i < charts().size(); ++i) {
        const QString slide = QStringLiteral("ppt/slides/slide%1.xml").arg(i + 3);
        EXPECT_TRUE(elements(deckPart(slide), "p:pic").empty()) << slide.toStdString();
        EXPECT_EQ(elements(deckPart(slide), "c:chart").size(), 1u) << slide.toStdString();
        const QString chart = QStringLiteral("ppt/charts/chart%1.xml").arg(i + 1);
        ASSERT_EQ(elements(deckPart(chart), "c:externalData").size(), 1u) << chart.toStdString();
        const QByteArray workbook = deckPart(QStringLiteral("ppt/embeddings/Microsoft_Excel_Worksheet%1.xlsx").arg(i + 1));
        EXPECT_TRUE(readZipBytes(workbook).count(S("xl/worksheets/sheet1.xml"))) << "Edit Data of " << chart.toStdString();
    }
    EXPECT_FALSE(deck->count(QStringLiteral("ppt/slides/slide%1.xml").arg(charts().size() + 3)));
}

TEST_F(DemoDeck, TheFanAndTheWaterfallAreNativeCharts)
{
    std::set<ChartKind> kinds;
    for (std::size_t i = 0; i < charts().size(); ++i) {
        const QByteArray chart = deckPart(QStringLiteral("ppt/charts/chart%1.xml").arg(i + 1));
        kinds.insert(charts()[i].kind);
        if (charts()[i].kind == ChartKind::MonteCarloFan) {
            EXPECT_EQ(elements(chart, "c:areaChart").size(), 1u);
            EXPECT_EQ(elements(chart, "c:lineChart").size(), 1u) << "P50 and mean";
        }
        if (charts()[i].kind == ChartKind::SwitchingWaterfall) {
            EXPECT_EQ(elements(chart, "c:grouping", "c:barChart")[0].attribute("val"), S("stacked"));
        }
    }
    EXPECT_TRUE(kinds.count(ChartKind::MonteCarloFan));
    EXPECT_TRUE(kinds.count(ChartKind::SwitchingWaterfall));
}

TEST_F(DemoDeck, EverySlideHasATitlePlaceholder)
{
    for (std::size_t n = 1; n <= charts().size() + 2; ++n) {
        const auto placeholders = elements(deckPart(QStringLiteral("ppt/slides/slide%1.xml").arg(n)), "p:ph");
        ASSERT_EQ(placeholders.size(), 1u) << n;
        EXPECT_EQ(placeholders[0].attribute("type"), S("title")) << n;
    }
}

TEST_F(DemoDeck, SummarySlideComparesBothScenariosInCompactMoney)
{
    QStringList cells;
    for (const XmlElement &t : elements(deckPart(S("ppt/slides/slide2.xml")), "a:t", "a:tbl"))
        cells << t.text;
    // Header, then Total cost: Status quo, Pivot and Pivot − Status quo.
    EXPECT_EQ(cells.mid(0, 8), (QStringList{S("Figure"), S("Status quo"), S("Pivot"), S("Pivot − Status quo"), S("Total cost"),
                                            S("$184.76B"), S("$137.27B"), S("−$47.50B")}));
    EXPECT_TRUE(cells.contains(S("NPV")));
    for (const QString &cell : cells)
        EXPECT_FALSE(cell.contains(u',')) << "no full-precision figure: " << cell.toStdString();
    QStringList texts;
    for (const XmlElement &t : elements(deckPart(S("ppt/slides/slide2.xml")), "a:t"))
        texts << t.text;
    EXPECT_TRUE(texts.contains(S("Pivot pays back against Status quo in 2027-06"))) << texts.join(u'|').toStdString();
}

TEST_F(DemoDeck, EachSeriesHasTheScreensColourInDeckAndWorkbook)
{
    int compared = 0;
    for (std::size_t i = 0; i < charts().size(); ++i) {
        const ChartData &chart = charts()[i];
        const ChartPalette palette(chart.providerOrder);
        std::map<QString, QString> screen;
        for (const ChartSeries &s : chart.series)
            if (!s.colourKey.isEmpty())
                screen[s.name] = hex(palette.colour(s.colourKey));
        std::map<QString, QString> workbook;
        for (const auto &[name, colour] : seriesColours(bookPart(QStringLiteral("xl/charts/chart%1.xml").arg(i + 1))))
            workbook[name] = colour;
        for (const auto &[name, colour] : seriesColours(deckPart(QStringLiteral("ppt/charts/chart%1.xml").arg(i + 1)))) {
            if (!screen.count(name))
                continue; // the hidden base
            EXPECT_EQ(colour, screen[name]) << chart.title.toStdString() << " / " << name.toStdString() << " in the deck";
            // A band is two series in the workbook, its bounds.
            const QString inBook = workbook.count(name) ? name : name + S(" (low)");
            ASSERT_TRUE(workbook.count(inBook)) << chart.title.toStdString() << " / " << name.toStdString();
            EXPECT_EQ(workbook[inBook], screen[name]) << chart.title.toStdString() << " / " << name.toStdString() << " in the workbook";
            ++compared;
        }
    }
    EXPECT_GE(compared, 25);
}

TEST_F(DemoDeck, WorkbookKeepsTheSecondValueAxesOfTheScreen)
{
    QStringList twoAxes;
    for (std::size_t i = 0; i < charts().size(); ++i) {
        const ChartData &chart = charts()[i];
        const bool secondary = std::any_of(chart.series.begin(), chart.series.end(), [](const ChartSeries &s) { return s.secondaryAxis; });
        const QByteArray part = bookPart(QStringLiteral("xl/charts/chart%1.xml").arg(i + 1));
        const auto positions = elements(part, "c:axPos", "c:valAx");
        ASSERT_EQ(positions.size(), secondary ? 2u : 1u) << chart.title.toStdString();
        if (!secondary)
            continue;
        twoAxes << chart.title;
        EXPECT_EQ(positions[1].attribute("val"), S("r"));
        // The series on the right (the last line group) are those the screen puts there.
        QStringList right, expected;
        for (const ChartSeries &s : chart.series)
            if (s.secondaryAxis)
                expected << s.name;
        const QByteArray secondGroup = part.mid(part.lastIndexOf("<c:lineChart>"));
        for (const XmlElement &v : elements(secondGroup.left(secondGroup.indexOf("</c:lineChart>")), "c:v", "c:tx"))
            right << v.text;
        EXPECT_EQ(right, expected) << chart.title.toStdString();
    }
    EXPECT_TRUE(twoAxes.contains(S("Provider concentration"))) << twoAxes.join(u'|').toStdString();
    EXPECT_TRUE(twoAxes.contains(S("Revenue share due vs paid"))) << twoAxes.join(u'|').toStdString();
}
