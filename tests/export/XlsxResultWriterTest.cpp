// The XLSX export read back: values, number formats, frozen header, native charts.
#include "ExportTestSupport.h"

#include "export/XlsxChartBlock.h"
#include "export/XlsxResultWriter.h"
#include "report/WaterfallLayout.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hp;
using namespace hp::test;

namespace {

QString S(const char *utf8) { return QString::fromUtf8(utf8); }

XlsxResultWriter::Content sampleContent()
{
    XlsxResultWriter::Content content;
    content.title = S("Results");
    ResultTable monthly{S("Monthly"), S("Monthly figures"),
                        {{S("Month"), ColumnFormat::Month}, {S("Spend"), ColumnFormat::Money},
                         {S("Single-homed share"), ColumnFormat::Percent}, {S("Note"), ColumnFormat::Text}},
                        {}};
    monthly.rows.push_back({S("2026-01"), Decimal::fromString(u"1234.565"), Decimal::fromString(u"0.35"), S("=cmd")});
    monthly.rows.push_back({S("2026-02"), Decimal::fromString(u"-12.5"), Decimal::fromString(u"1"), std::monostate{}});
    content.tables.push_back(monthly);
    ResultTable mc{S("Monte Carlo"), S("Percentiles"), {{S("Figure"), ColumnFormat::Text}, {S("P50"), ColumnFormat::Money}}, {}};
    mc.rows.push_back({S("NPV"), 987654.321});
    content.tables.push_back(mc);
    content.charts.push_back(sampleChart(SeriesStyle::StackedArea, {{1, 2, 3}, {4, 5, 6}}, "Cost by component"));
    content.charts.push_back(sampleChart(SeriesStyle::StackedBar, {{7, 8, 9}}, "Spend per provider"));
    return content;
}

class XlsxWorkbook : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("results.xlsx"));
        QString error;
        ASSERT_TRUE(XlsxResultWriter::write(sampleContent(), path, &error)) << error.toStdString();
        zip = readZip(path);
        ASSERT_FALSE(zip.empty());
    }
    QTemporaryDir dir;
    QString path;
    ZipEntries zip;
};

} // namespace

TEST_F(XlsxWorkbook, OneSheetPerTableThenChartsAndTheirData)
{
    QStringList sheets;
    for (const XmlElement &s : elements(zip[S("xl/workbook.xml")], "sheet"))
        sheets << s.attribute("name");
    EXPECT_EQ(sheets, (QStringList{S("Monthly"), S("Monte Carlo"), S("Charts"), S("Chart data")}));
}

TEST_F(XlsxWorkbook, CellsReadBackWithValuesAndFormats)
{
    const auto cells = xlsxCells(zip, S("xl/worksheets/sheet1.xml"));
    EXPECT_EQ(cells.at(S("A1")).value, S("Month"));
    EXPECT_EQ(cells.at(S("D1")).value, S("Note"));
    EXPECT_EQ(cells.at(S("A2")).value, S("2026-01"));
    EXPECT_TRUE(cells.at(S("A2")).isString);
    // Money is written rounded half-to-even to cents: 1234.565 → 1234.56.
    EXPECT_EQ(cells.at(S("B2")).value.toDouble(), 1234.56);
    EXPECT_FALSE(cells.at(S("B2")).isString);
    EXPECT_EQ(cells.at(S("B2")).numberFormat, S("#,##0.00"));
    EXPECT_EQ(cells.at(S("B3")).value.toDouble(), -12.5);
    EXPECT_EQ(cells.at(S("C2")).value.toDouble(), 0.35);
    EXPECT_EQ(cells.at(S("C2")).numberFormat, S("0.0%"));
    // A workbook cell is typed: text is text, no formula, no quote needed.
    EXPECT_EQ(cells.at(S("D2")).value, S("=cmd"));
    EXPECT_TRUE(cells.at(S("D2")).isString);
    EXPECT_FALSE(cells.count(S("D3")));
    const auto mc = xlsxCells(zip, S("xl/worksheets/sheet2.xml"));
    EXPECT_EQ(mc.at(S("B2")).value.toDouble(), 987654.32);
}

TEST_F(XlsxWorkbook, HeaderRowIsFrozenAndBold)
{
    const auto panes = elements(zip[S("xl/worksheets/sheet1.xml")], "pane");
    ASSERT_EQ(panes.size(), 1u);
    EXPECT_EQ(panes[0].attribute("state"), S("frozen"));
    EXPECT_EQ(panes[0].attribute("ySplit"), S("1"));
    EXPECT_EQ(panes[0].attribute("topLeftCell"), S("A2"));
    EXPECT_GE(elements(zip[S("xl/styles.xml")], "b", "fonts").size(), 1u);
}

TEST_F(XlsxWorkbook, ChartsAreNativeOverTheChartDataSheet)
{
    ASSERT_TRUE(zip.count(S("xl/charts/chart1.xml")));
    ASSERT_TRUE(zip.count(S("xl/charts/chart2.xml")));
    const QByteArray area = zip[S("xl/charts/chart1.xml")];
    EXPECT_EQ(elements(area, "c:grouping", "c:areaChart")[0].attribute("val"), S("stacked"));
    QStringList formulas;
    for (const XmlElement &f : elements(area, "c:f", "c:val"))
        formulas << f.text;
    // Chart data: title in row 1, headers in row 2, values from row 3.
    EXPECT_EQ(formulas, (QStringList{S("'Chart data'!$B$3:$B$5"), S("'Chart data'!$C$3:$C$5")}));
    const QByteArray bars = zip[S("xl/charts/chart2.xml")];
    EXPECT_EQ(elements(bars, "c:grouping", "c:barChart")[0].attribute("val"), S("stacked"));
    const auto data = xlsxCells(zip, S("xl/worksheets/sheet4.xml"));
    EXPECT_EQ(data.at(S("A1")).value, S("Cost by component"));
    EXPECT_EQ(data.at(S("C5")).value.toDouble(), 6.0);
    // The second chart's block starts two rows below the first one's end (row 5).
    EXPECT_EQ(data.at(S("A7")).value, S("Spend per provider"));
    EXPECT_EQ(data.at(S("B11")).value.toDouble(), 9.0);
}

TEST(XlsxResultWriter, FailureLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/results.xlsx"));
    QString error;
    EXPECT_FALSE(XlsxResultWriter::write(sampleContent(), path, &error));
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_TRUE(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

TEST(XlsxResultWriter, SheetNamesFollowExcelsRules)
{
    EXPECT_EQ(XlsxResultWriter::sheetName(S("a/b:c[d]*?")), S("a_b_c_d___"));
    EXPECT_EQ(XlsxResultWriter::sheetName(QString(40, u'x')).size(), 31);
}

TEST(XlsxChartBlock, AxisFormatScalesMoneyByTheLargestStack)
{
    // Two stacked series of 0.6e9 and 0.5e9 reach 1.1e9 in one month: billions,
    // though no single value does.
    ChartData stacked = sampleChart(SeriesStyle::StackedBar, {{0.6e9, 1}, {0.5e9, 1}}, "Stacked");
    EXPECT_EQ(XlsxChartBlock::axisFormat(stacked, false), S("#,##0.0,,,\"B\""));
    ChartData lines = sampleChart(SeriesStyle::Line, {{0.6e9, 1}, {0.5e9, 1}}, "Lines");
    EXPECT_EQ(XlsxChartBlock::axisFormat(lines, false), S("#,##0,,\"M\""));
    EXPECT_EQ(XlsxChartBlock::axisFormat(sampleChart(SeriesStyle::Line, {{-12000}}, "k"), false), S("#,##0,\"k\""));
    EXPECT_EQ(XlsxChartBlock::axisFormat(sampleChart(SeriesStyle::Line, {{9999}}, "units"), false), S("#,##0"));
    ChartData share = sampleChart(SeriesStyle::Line, {{0.5}}, "share");
    share.unit = ValueUnit::Percent;
    EXPECT_EQ(XlsxChartBlock::axisFormat(share, false), S("0.0%"));
}

TEST(XlsxChartBlock, WaterfallDrawsTheBarsOfTheChartData)
{
    // Two migrations of 100 and 50, then the total of 150: the same bars as on screen.
    ChartData waterfall = sampleChart(SeriesStyle::Waterfall, {{100, 50, 150}}, "Switching cost");
    waterfall.categories = QStringList{S("chat"), S("batch"), S("Total")};
    waterfall.waterfall = WaterfallLayout::withTotal({Decimal::fromInt(100), Decimal::fromInt(50)});
    XlsxResultWriter::Content content;
    content.title = S("Results");
    content.charts.push_back(waterfall);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("waterfall.xlsx"));
    QString error;
    ASSERT_TRUE(XlsxResultWriter::write(content, path, &error)) << error.toStdString();
    ZipEntries zip = readZip(path);
    const QByteArray chart = zip[S("xl/charts/chart1.xml")];
    ASSERT_FALSE(chart.isEmpty());
    EXPECT_EQ(elements(chart, "c:grouping", "c:barChart")[0].attribute("val"), S("stacked"));
    // The first series is the invisible base, read from the column after the parts.
    QStringList formulas;
    for (const XmlElement &f : elements(chart, "c:f", "c:val"))
        formulas << f.text;
    EXPECT_EQ(formulas, (QStringList{S("'Chart data'!$C$3:$C$5"), S("'Chart data'!$B$3:$B$5")}));
    EXPECT_FALSE(elements(chart, "a:noFill", "c:ser").empty());
    EXPECT_FALSE(elements(chart, "c:legendEntry").empty()); // the base has no legend entry
    const auto data = xlsxCells(zip, S("xl/worksheets/sheet2.xml"));
    EXPECT_EQ(data.at(S("C2")).value, S("Waterfall base"));
    EXPECT_EQ(data.at(S("C3")).value.toDouble(), 0.0);
    EXPECT_EQ(data.at(S("C4")).value.toDouble(), 100.0); // the second migration floats on the first
    EXPECT_EQ(data.at(S("C5")).value.toDouble(), 0.0);   // the total stands on zero
    EXPECT_EQ(data.at(S("B5")).value.toDouble(), 150.0);
}

namespace {

QByteArray chartXmlOf(const ChartData &chart)
{
    XlsxResultWriter::Content content;
    content.title = S("Results");
    content.charts.push_back(chart);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.xlsx"));
    QString error;
    if (!XlsxResultWriter::write(content, path, &error))
        return {};
    return readZip(path)[S("xl/charts/chart1.xml")];
}

} // namespace

TEST(XlsxChartBlock, HorizontalBarsWithCustomLabels)
{
    // The silicon audit's shape: premiums largest first, payback labels, sideways.
    ChartData c = sampleChart(SeriesStyle::Bar, {{400, 40, 0}}, "Silicon premium per month");
    c.categories = QStringList{S("Chat"), S("Agent"), S("Batch")};
    c.categoriesAreMonths = false;
    c.horizontalBars = true;
    c.valueTitle = S("Premium per month (USD)");
    c.series[0].pointLabels = QStringList{S("pays back in 51 months"), S("pays back at once"), QString()};
    const QByteArray xml = chartXmlOf(c);
    ASSERT_FALSE(xml.isEmpty());
    EXPECT_EQ(elements(xml, "c:barDir")[0].attribute("val"), S("bar"));
    // First category on top: the category axis runs maxMin, the values still cross at the bottom.
    EXPECT_EQ(elements(xml, "c:orientation", "c:catAx")[0].attribute("val"), S("maxMin"));
    EXPECT_EQ(elements(xml, "c:crosses", "c:valAx")[0].attribute("val"), S("max"));
    // The value title sits on the value axis, not on the categories.
    QStringList valueTitle;
    for (const XmlElement &t : elements(xml, "a:t", "c:valAx"))
        valueTitle << t.text;
    EXPECT_EQ(valueTitle, QStringList{S("Premium per month (USD)")});
    QStringList labels;
    for (const XmlElement &t : elements(xml, "a:t", "c:dLbl"))
        labels << t.text;
    EXPECT_EQ(labels, (QStringList{S("pays back in 51 months"), S("pays back at once")}));

    c.horizontalBars = false;
    EXPECT_EQ(elements(chartXmlOf(c), "c:barDir")[0].attribute("val"), S("col"));
}

TEST(XlsxChartBlock, SecondaryAxisSeriesGoOnASecondValueAxis)
{
    // Placed and available units on the left, the served fraction on a right axis:
    // libxlsxwriter cannot draw that, so the chart part is the deck's chart XML
    // (ZipPartRewriter) with all three series over two value axes.
    ChartData c = sampleChart(SeriesStyle::Line, {{600, 600}, {500, 500}, {0.8, 0.8}}, "Capacity");
    c.series[2].secondaryAxis = true;
    const QByteArray xml = chartXmlOf(c);
    EXPECT_EQ(elements(xml, "c:ser").size(), 3u);
    EXPECT_EQ(elements(xml, "c:valAx").size(), 2u);
}
