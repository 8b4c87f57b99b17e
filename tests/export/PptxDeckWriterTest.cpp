// The PowerPoint deck: package structure, relationships, native chart parts
// whose caches equal the data (the fan and the waterfall floating on a hidden
// base), embedded workbooks, title placeholders, level month labels.
#include "ExportTestSupport.h"

#include "export/PptxChartPart.h"
#include "export/PptxDeckWriter.h"
#include "report/WaterfallLayout.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <set>

using namespace hp;
using namespace hp::test;

namespace {

QString S(const char *utf8) { return QString::fromUtf8(utf8); }

class PptxDeck : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("deck.pptx"));
        QString error;
        ASSERT_TRUE(PptxDeckWriter().write(sampleDeck(), path, &error)) << error.toStdString();
        zip = readZip(path);
        ASSERT_FALSE(zip.empty());
    }
    QByteArray part(const QString &name) const
    {
        const auto it = zip.find(name);
        return it == zip.end() ? QByteArray() : it->second;
    }
    QByteArray part(const char *name) const { return part(QString::fromLatin1(name)); }
    /// The target of relationship `id` of `source`, resolved to a part name.
    QString target(const QString &source, const QString &id) const
    {
        const qsizetype slash = source.lastIndexOf(u'/');
        const QString rels = source.left(slash + 1) + QStringLiteral("_rels/") + source.mid(slash + 1) + QStringLiteral(".rels");
        for (const XmlElement &r : elements(part(rels), "Relationship"))
            if (r.attribute("Id") == id)
                return resolveTarget(source, r.attribute("Target"));
        return {};
    }
    std::vector<double> cachedValues(const QByteArray &chart, std::size_t series, int *count) const
    {
        // The n-th c:val's numCache: ptCount and points (NaN where no point).
        const std::vector<XmlElement> counts = elements(chart, "c:ptCount", "c:numCache");
        *count = counts[series].attribute("val").toInt();
        std::vector<double> values(std::size_t(*count), std::nan(""));
        // Points of all numCaches in order; split them by series with the idx reset.
        std::size_t current = 0;
        int last = -1;
        for (const XmlElement &pt : elements(chart, "c:pt", "c:numCache")) {
            const int idx = pt.attribute("idx").toInt();
            if (idx <= last)
                ++current;
            last = idx;
            if (current == series)
                values[std::size_t(idx)] = pt.text.toDouble();
        }
        return values;
    }

    QTemporaryDir dir;
    QString path;
    ZipEntries zip;
};

} // namespace

TEST_F(PptxDeck, HoldsTheExpectedParts)
{
    const QStringList expected{
        S("[Content_Types].xml"), S("_rels/.rels"), S("docProps/core.xml"), S("docProps/app.xml"), S("ppt/presentation.xml"),
        S("ppt/_rels/presentation.xml.rels"), S("ppt/slideMasters/slideMaster1.xml"), S("ppt/slideLayouts/slideLayout1.xml"),
        S("ppt/theme/theme1.xml"), S("ppt/presProps.xml"), S("ppt/viewProps.xml"), S("ppt/tableStyles.xml"),
        S("ppt/slides/slide1.xml"), S("ppt/slides/slide6.xml"), S("ppt/slides/_rels/slide3.xml.rels"),
        S("ppt/charts/chart1.xml"), S("ppt/charts/chart4.xml"), S("ppt/charts/_rels/chart4.xml.rels"),
        S("ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx"), S("ppt/embeddings/Microsoft_Excel_Worksheet4.xlsx")};
    for (const QString &name : expected)
        EXPECT_TRUE(zip.count(name)) << name.toStdString();
    EXPECT_FALSE(zip.count(S("ppt/slides/slide7.xml")));
    EXPECT_FALSE(zip.count(S("ppt/charts/chart5.xml")));
    for (const auto &[name, data] : zip) {
        if (!name.endsWith(u".xml") && !name.endsWith(u".rels"))
            continue;
        QString error;
        EXPECT_TRUE(wellFormed(data, &error)) << name.toStdString() << ": " << error.toStdString();
    }
}

TEST_F(PptxDeck, EveryPartHasAContentType)
{
    const QByteArray types = part("[Content_Types].xml");
    std::map<QString, QString> overrides, defaults;
    for (const XmlElement &o : elements(types, "Override"))
        overrides[o.attribute("PartName")] = o.attribute("ContentType");
    for (const XmlElement &d : elements(types, "Default"))
        defaults[d.attribute("Extension")] = d.attribute("ContentType");
    EXPECT_EQ(overrides[S("/ppt/presentation.xml")], S("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"));
    EXPECT_EQ(overrides[S("/ppt/slides/slide4.xml")], S("application/vnd.openxmlformats-officedocument.presentationml.slide+xml"));
    EXPECT_EQ(overrides[S("/ppt/charts/chart2.xml")], S("application/vnd.openxmlformats-officedocument.drawingml.chart+xml"));
    EXPECT_EQ(defaults[S("xlsx")], S("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    EXPECT_FALSE(defaults.count(S("png"))) << "no pictures, no picture types";
    for (const auto &[name, data] : zip) {
        if (name == u"[Content_Types].xml")
            continue;
        const QString extension = name.mid(name.lastIndexOf(u'.') + 1);
        EXPECT_TRUE(overrides.count(QLatin1Char('/') + name) || defaults.count(extension)) << name.toStdString();
    }
}

TEST_F(PptxDeck, EveryRelationshipResolvesAndEveryPartIsReached)
{
    std::set<QString> reached;
    for (const auto &[name, data] : zip) {
        if (!name.endsWith(u".rels"))
            continue;
        // "ppt/slides/_rels/slide1.xml.rels" belongs to "ppt/slides/slide1.xml".
        QString source = name;
        source.remove(QStringLiteral("_rels/"));
        source.chop(5);
        if (source == u".")
            source.clear();
        EXPECT_TRUE(source.isEmpty() || zip.count(source)) << "relationships of a missing part: " << name.toStdString();
        std::set<QString> ids;
        for (const XmlElement &r : elements(data, "Relationship")) {
            EXPECT_TRUE(ids.insert(r.attribute("Id")).second) << "duplicate id in " << name.toStdString();
            const QString resolved = resolveTarget(source, r.attribute("Target"));
            EXPECT_TRUE(zip.count(resolved)) << name.toStdString() << " → " << resolved.toStdString();
            reached.insert(resolved);
        }
    }
    for (const auto &[name, data] : zip) {
        if (name != u"[Content_Types].xml" && !name.endsWith(u".rels")) {
            EXPECT_TRUE(reached.count(name)) << "orphan part " << name.toStdString();
        }
    }
}

TEST_F(PptxDeck, PresentationIsWidescreenWithSixSlidesInOrder)
{
    const QByteArray presentation = part("ppt/presentation.xml");
    const auto size = elements(presentation, "p:sldSz");
    ASSERT_EQ(size.size(), 1u);
    EXPECT_EQ(size[0].attribute("cx"), S("12192000"));
    EXPECT_EQ(size[0].attribute("cy"), S("6858000")); // 16:9
    const auto slides = elements(presentation, "p:sldId");
    ASSERT_EQ(slides.size(), 6u); // title, summary, four charts
    for (std::size_t i = 0; i < slides.size(); ++i)
        EXPECT_EQ(target(S("ppt/presentation.xml"), slides[i].attribute("r:id")), QStringLiteral("ppt/slides/slide%1.xml").arg(i + 1));
    EXPECT_TRUE(part("docProps/app.xml").contains("<Slides>6</Slides>"));
}

TEST_F(PptxDeck, TitleAndSummarySlidesShowTheDeckAndTheHeadlineFigures)
{
    QStringList titleTexts;
    for (const XmlElement &t : elements(part("ppt/slides/slide1.xml"), "a:t"))
        titleTexts << t.text;
    EXPECT_TRUE(titleTexts.contains(S("Test deck")));
    EXPECT_TRUE(titleTexts.join(u'|').contains(S("Illustrative data")));

    const QByteArray summary = part("ppt/slides/slide2.xml");
    ASSERT_EQ(elements(summary, "a:tbl").size(), 1u);
    QStringList cells;
    for (const XmlElement &t : elements(summary, "a:t", "a:tbl"))
        cells << t.text;
    EXPECT_EQ(cells, (QStringList{S("Figure"), S("Value (USD)"), S("Total cost"), S("1,234,567.89"), S("NPV"), S("-42.50")}));
}

TEST_F(PptxDeck, ChartSlideHasTitleChartAndFootnote)
{
    const QString slide = S("ppt/slides/slide3.xml");
    const QByteArray xml = part(slide);
    QStringList texts;
    for (const XmlElement &t : elements(xml, "a:t"))
        texts << t.text;
    EXPECT_EQ(texts, (QStringList{S("Cost by component"), S("Scenario Test"),
                                  S("Scenario Test · 2026-01 to 2026-03 · 2026-11-30 · Illustrative data")}));
    const auto charts = elements(xml, "c:chart");
    ASSERT_EQ(charts.size(), 1u);
    EXPECT_EQ(target(slide, charts[0].attribute("r:id")), S("ppt/charts/chart1.xml"));
}

TEST_F(PptxDeck, StackedAreaChartCachesEqualTheData)
{
    const QByteArray chart = part("ppt/charts/chart1.xml");
    const auto grouping = elements(chart, "c:grouping", "c:areaChart");
    ASSERT_EQ(grouping.size(), 1u);
    EXPECT_EQ(grouping[0].attribute("val"), S("stacked"));
    int count = 0;
    const std::vector<double> first = cachedValues(chart, 0, &count);
    EXPECT_EQ(count, 3);
    EXPECT_EQ(first[0], 1.5);
    EXPECT_EQ(first[1], 2.5);
    EXPECT_TRUE(std::isnan(first[2])) << "a missing value is a gap, not a zero";
    EXPECT_EQ(cachedValues(chart, 1, &count), (std::vector<double>{10, 20, 30}));

    QStringList categories;
    for (const XmlElement &v : elements(chart, "c:v", "c:cat"))
        categories << v.text;
    EXPECT_EQ(categories, (QStringList{S("2026-01"), S("2026-02"), S("2026-03"), S("2026-01"), S("2026-02"), S("2026-03")}));
    QStringList formulas;
    for (const XmlElement &f : elements(chart, "c:f"))
        formulas << f.text;
    EXPECT_EQ(formulas, (QStringList{S("Sheet1!$B$1"), S("Sheet1!$A$2:$A$4"), S("Sheet1!$B$2:$B$4"), S("Sheet1!$C$1"),
                                     S("Sheet1!$A$2:$A$4"), S("Sheet1!$C$2:$C$4")}));
    QStringList names;
    for (const XmlElement &v : elements(chart, "c:v", "c:tx"))
        names << v.text;
    EXPECT_EQ(names, (QStringList{S("Series 1"), S("Series 2")}));
}

TEST_F(PptxDeck, StackedBarAndLineChartsUseTheirNativeGroups)
{
    const QByteArray bars = part("ppt/charts/chart2.xml");
    ASSERT_EQ(elements(bars, "c:barChart").size(), 1u);
    EXPECT_EQ(elements(bars, "c:grouping", "c:barChart")[0].attribute("val"), S("stacked"));
    EXPECT_EQ(elements(bars, "c:overlap")[0].attribute("val"), S("100"));
    int count = 0;
    EXPECT_EQ(cachedValues(bars, 0, &count), (std::vector<double>{100, 200, 300}));
    EXPECT_EQ(cachedValues(bars, 1, &count), (std::vector<double>{5, 6, 7}));

    const QByteArray lines = part("ppt/charts/chart3.xml");
    EXPECT_EQ(elements(lines, "c:lineChart").size(), 2u) << "primary and secondary axis groups";
    EXPECT_EQ(elements(lines, "a:prstDash").size(), 1u);
    const auto valueAxes = elements(lines, "c:axPos", "c:valAx");
    ASSERT_EQ(valueAxes.size(), 2u);
    EXPECT_EQ(valueAxes[1].attribute("val"), S("r"));
    const auto formats = elements(lines, "c:numFmt", "c:valAx");
    EXPECT_EQ(formats[1].attribute("formatCode"), S("0.0%"));
    EXPECT_EQ(cachedValues(lines, 1, &count), (std::vector<double>{0.1, 0.2, 0.3}));
}

TEST_F(PptxDeck, EmbeddedWorkbookHoldsTheChartData)
{
    const QString chart = S("ppt/charts/chart1.xml");
    const auto external = elements(part(chart), "c:externalData");
    ASSERT_EQ(external.size(), 1u);
    const QString workbookName = target(chart, external[0].attribute("r:id"));
    EXPECT_EQ(workbookName, S("ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx"));
    const ZipEntries workbook = readZipBytes(part(workbookName));
    ASSERT_FALSE(workbook.empty());
    const auto cells = xlsxCells(workbook, S("xl/worksheets/sheet1.xml"));
    EXPECT_EQ(cells.at(S("A1")).value, S("Month"));
    EXPECT_EQ(cells.at(S("B1")).value, S("Series 1"));
    EXPECT_EQ(cells.at(S("A2")).value, S("2026-01"));
    EXPECT_EQ(cells.at(S("B2")).value.toDouble(), 1.5);
    EXPECT_EQ(cells.at(S("C4")).value.toDouble(), 30.0);
    EXPECT_FALSE(cells.count(S("B4"))) << "no value, no cell";
    EXPECT_EQ(cells.at(S("C4")).numberFormat, S("#,##0"));
}

TEST_F(PptxDeck, NoSlideHoldsAPictureAndEveryChartSlideANativeChart)
{
    for (const auto &[name, data] : zip)
        EXPECT_FALSE(name.startsWith(S("ppt/media/"))) << name.toStdString();
    for (int n = 3; n <= 6; ++n) {
        const QString slide = QStringLiteral("ppt/slides/slide%1.xml").arg(n);
        EXPECT_TRUE(elements(part(slide), "p:pic").empty()) << slide.toStdString();
        const auto charts = elements(part(slide), "c:chart");
        ASSERT_EQ(charts.size(), 1u) << slide.toStdString();
        EXPECT_EQ(target(slide, charts[0].attribute("r:id")), QStringLiteral("ppt/charts/chart%1.xml").arg(n - 2));
    }
}

TEST_F(PptxDeck, BandIsAStackedAreaOnAHiddenLowerBound)
{
    // The fan's P10–P90 (90..99 up to 110..130): an invisible lower bound and
    // the width stacked on it, 20, 25, 31; out of the legend goes the bound.
    const QByteArray chart = part("ppt/charts/chart4.xml");
    ASSERT_EQ(elements(chart, "c:areaChart").size(), 1u);
    EXPECT_EQ(elements(chart, "c:grouping", "c:areaChart")[0].attribute("val"), S("stacked"));
    const auto series = elements(chart, "c:idx", "c:ser");
    ASSERT_EQ(series.size(), 2u);
    EXPECT_EQ(series[0].attribute("val"), S("0"));
    // The bound has neither fill nor outline, the width no outline.
    EXPECT_EQ(elements(chart, "a:noFill", "c:ser").size(), 3u);
    int count = 0;
    EXPECT_EQ(cachedValues(chart, 0, &count), (std::vector<double>{90, 95, 99}));
    EXPECT_EQ(cachedValues(chart, 1, &count), (std::vector<double>{20, 25, 31}));
    const auto alpha = elements(chart, "a:alpha", "c:ser");
    ASSERT_EQ(alpha.size(), 1u);
    EXPECT_EQ(alpha[0].attribute("val"), S("35000"));
    const auto hidden = elements(chart, "c:idx", "c:legendEntry");
    ASSERT_EQ(hidden.size(), 1u);
    EXPECT_EQ(hidden[0].attribute("val"), S("0"));
    QStringList formulas;
    for (const XmlElement &f : elements(chart, "c:f", "c:val"))
        formulas << f.text;
    EXPECT_EQ(formulas, (QStringList{S("Sheet1!$B$2:$B$4"), S("Sheet1!$D$2:$D$4")}));

    // "Edit Data": the width column is a formula of the bounds, cached.
    const QString workbookName = target(S("ppt/charts/chart4.xml"), elements(chart, "c:externalData")[0].attribute("r:id"));
    const ZipEntries workbook = readZipBytes(part(workbookName));
    const QByteArray sheet = workbook.at(S("xl/worksheets/sheet1.xml"));
    QStringList cellFormulas;
    for (const XmlElement &f : elements(sheet, "f"))
        cellFormulas << f.text;
    EXPECT_EQ(cellFormulas, (QStringList{S("C2-B2"), S("C3-B3"), S("C4-B4")}));
    EXPECT_EQ(xlsxCells(workbook, S("xl/worksheets/sheet1.xml")).at(S("D1")).value, S("Series 1"));
    EXPECT_EQ(elements(sheet, "v").back().text, S("31")) << "D4, the last cell, caches 130 − 99";
}

TEST_F(PptxDeck, EverySlideTitleIsTheLayoutsTitlePlaceholder)
{
    const QStringList titles{S("Test deck"), S("Summary"), S("Cost by component"), S("Spend per provider"), S("Cost and share"),
                             S("Monte Carlo fan")};
    for (int n = 1; n <= 6; ++n) {
        const QByteArray slide = part(QStringLiteral("ppt/slides/slide%1.xml").arg(n));
        const auto placeholders = elements(slide, "p:ph");
        ASSERT_EQ(placeholders.size(), 1u) << n;
        EXPECT_EQ(placeholders[0].attribute("type"), S("title"));
        // The placeholder's shape holds the title: the first text of the slide.
        const auto texts = elements(slide, "a:t");
        ASSERT_FALSE(texts.empty());
        EXPECT_EQ(texts[0].text, titles[n - 1]);
    }
    for (const char *name : {"ppt/slideLayouts/slideLayout1.xml", "ppt/slideMasters/slideMaster1.xml"}) {
        const auto placeholders = elements(part(name), "p:ph");
        ASSERT_EQ(placeholders.size(), 1u) << name;
        EXPECT_EQ(placeholders[0].attribute("type"), S("title")) << name;
    }
    EXPECT_EQ(elements(part("ppt/slideLayouts/slideLayout1.xml"), "p:sldLayout")[0].attribute("type"), S("titleOnly"));
}

TEST(PptxDeckWriter, FiveYearsOfMonthsLabelEverySixthMonthLevel)
{
    DeckContent deck;
    deck.title = S("Months");
    ChartData months = sampleChart(SeriesStyle::Line, {std::vector<double>(60, 1.0)}, "Sixty months");
    months.categories.clear();
    for (int m = 0; m < 60; ++m)
        months.categories << QStringLiteral("%1-%2").arg(2026 + m / 12).arg(m % 12 + 1, 2, 10, QLatin1Char('0'));
    deck.charts.push_back(months);
    deck.charts.push_back(sampleChart(SeriesStyle::Line, {{1, 2, 3}}, "Three months"));
    ChartData names = sampleChart(SeriesStyle::Bar, {{1, 2, 3}}, "Names");
    names.categoriesAreMonths = false;
    deck.charts.push_back(names);
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("m.pptx"));
    ASSERT_TRUE(PptxDeckWriter().write(deck, path, &error)) << error.toStdString();
    const ZipEntries zip = readZip(path);
    const QByteArray sixty = zip.at(S("ppt/charts/chart1.xml"));
    ASSERT_EQ(elements(sixty, "c:tickLblSkip").size(), 1u);
    EXPECT_EQ(elements(sixty, "c:tickLblSkip")[0].attribute("val"), S("6"));
    EXPECT_EQ(elements(sixty, "c:tickMarkSkip")[0].attribute("val"), S("6"));
    EXPECT_EQ(elements(sixty, "a:bodyPr", "c:catAx")[0].attribute("rot"), S("-1")) << "level (LibreOffice thins them out)";
    EXPECT_TRUE(elements(zip.at(S("ppt/charts/chart2.xml")), "c:tickLblSkip").empty()) << "three months: every label";
    EXPECT_EQ(elements(zip.at(S("ppt/charts/chart3.xml")), "a:bodyPr", "c:catAx")[0].attribute("rot"), S("0")) << "names wrap";
}

TEST(PptxDeckWriter, RewritingReplacesTheDeck)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deck.pptx"));
    DeckContent deck = sampleDeck();
    QString error;
    ASSERT_TRUE(PptxDeckWriter().write(deck, path, &error)) << error.toStdString();
    deck.charts.resize(1);
    ASSERT_TRUE(PptxDeckWriter().write(deck, path, &error)) << error.toStdString();
    EXPECT_EQ(elements(readZip(path)[S("ppt/presentation.xml")], "p:sldId").size(), 3u);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{S("deck.pptx")});
}

TEST(PptxDeckWriter, WaterfallIsStackedColumnsOnTheChartDataBarsHiddenBase)
{
    // The bars the screen draws (ChartData::waterfall, WaterfallLayout): 100
    // from 0, 50 from 100, the total 150 from 0. The base series floats them.
    DeckContent deck;
    deck.title = S("Waterfall");
    ChartData waterfall = sampleChart(SeriesStyle::Waterfall, {{100, 50, 150}}, "Switching cost");
    waterfall.categoriesAreMonths = false;
    waterfall.waterfall = WaterfallLayout::withTotal({Decimal::fromInt(100), Decimal::fromInt(50)});
    deck.charts.push_back(waterfall);
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("w.pptx"));
    ASSERT_TRUE(PptxDeckWriter().write(deck, path, &error)) << error.toStdString();
    const ZipEntries zip = readZip(path);
    EXPECT_FALSE(zip.count(S("ppt/media/image1.png")));
    const QByteArray chart = zip.at(S("ppt/charts/chart1.xml"));
    ASSERT_EQ(elements(chart, "c:barChart").size(), 1u);
    EXPECT_EQ(elements(chart, "c:barDir")[0].attribute("val"), S("col"));
    EXPECT_EQ(elements(chart, "c:grouping", "c:barChart")[0].attribute("val"), S("stacked"));
    EXPECT_EQ(elements(chart, "c:overlap")[0].attribute("val"), S("100"));
    QStringList values;
    for (const XmlElement &v : elements(chart, "c:v", "c:numCache"))
        values << v.text;
    EXPECT_EQ(values, (QStringList{S("0"), S("100"), S("0"), S("100"), S("50"), S("150")}));
    QStringList formulas;
    for (const XmlElement &f : elements(chart, "c:f", "c:val"))
        formulas << f.text;
    EXPECT_EQ(formulas, (QStringList{S("Sheet1!$C$2:$C$4"), S("Sheet1!$B$2:$B$4")})) << "base column, then the step";
    EXPECT_EQ(elements(chart, "c:idx", "c:legendEntry")[0].attribute("val"), S("0"));
    const QString workbook = S("ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx");
    const auto cells = xlsxCells(readZipBytes(zip.at(workbook)), S("xl/worksheets/sheet1.xml"));
    EXPECT_EQ(cells.at(S("C1")).value, S("Waterfall base"));
    EXPECT_EQ(cells.at(S("C3")).value.toDouble(), 100.0);
}

namespace {

/// Three workloads' premiums as the silicon audit gives them (largest first), with payback labels.
ChartData premiumChart(bool sideways)
{
    ChartData c = sampleChart(SeriesStyle::Bar, {{400, 40, 0}}, "Silicon premium per month");
    c.categories = QStringList{S("Chat"), S("Agent"), S("Batch")};
    c.categoriesAreMonths = false;
    c.horizontalBars = sideways;
    c.series[0].pointLabels = QStringList{S("pays back in 51 months"), S("pays back at once"), QString()};
    return c;
}

} // namespace

TEST(PptxChartPart, HorizontalBarsAreSidewaysWithTheFirstCategoryOnTop)
{
    const QByteArray xml = PptxChartPart::xml(premiumChart(true), S("rId1"));
    QString error;
    ASSERT_TRUE(wellFormed(xml, &error)) << error.toStdString();
    EXPECT_EQ(elements(xml, "c:barDir")[0].attribute("val"), S("bar"));
    EXPECT_EQ(elements(xml, "c:orientation", "c:catAx")[0].attribute("val"), S("maxMin"));
    EXPECT_EQ(elements(xml, "c:axPos", "c:catAx")[0].attribute("val"), S("l"));
    EXPECT_EQ(elements(xml, "c:axPos", "c:valAx")[0].attribute("val"), S("b"));
    // The value axis crosses at the last category, which maxMin puts at the bottom.
    EXPECT_EQ(elements(xml, "c:crosses", "c:valAx")[0].attribute("val"), S("max"));

    const QByteArray upright = PptxChartPart::xml(premiumChart(false), S("rId1"));
    EXPECT_EQ(elements(upright, "c:barDir")[0].attribute("val"), S("col"));
    EXPECT_EQ(elements(upright, "c:orientation", "c:catAx")[0].attribute("val"), S("minMax"));
    EXPECT_EQ(elements(upright, "c:axPos", "c:valAx")[0].attribute("val"), S("l"));
}

TEST(PptxChartPart, PointLabelsAreDataLabelsWithTheirOwnText)
{
    const QByteArray xml = PptxChartPart::xml(premiumChart(true), S("rId1"));
    // Two labelled points (the third has no text), each with its index and rich text.
    const auto labels = elements(xml, "c:dLbl");
    ASSERT_EQ(labels.size(), 2u);
    const auto indices = elements(xml, "c:idx", "c:dLbl");
    ASSERT_EQ(indices.size(), 2u);
    EXPECT_EQ(indices[0].attribute("val"), S("0"));
    EXPECT_EQ(indices[1].attribute("val"), S("1"));
    QStringList texts;
    for (const XmlElement &t : elements(xml, "a:t", "c:dLbl"))
        texts << t.text;
    EXPECT_EQ(texts, (QStringList{S("pays back in 51 months"), S("pays back at once")}));
    EXPECT_EQ(elements(xml, "c:dLblPos", "c:dLbl")[0].attribute("val"), S("outEnd"));
    // Without labels there are no data labels at all.
    ChartData plain = premiumChart(true);
    plain.series[0].pointLabels.clear();
    EXPECT_TRUE(elements(PptxChartPart::xml(plain, S("rId1")), "c:dLbls").empty());
}
