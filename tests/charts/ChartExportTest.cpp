// Every chart kind of the demo portfolio exported to PNG, SVG and PDF.
#include "charts/ChartExporter.h"
#include "charts/ChartFactory.h"
#include "engine/ScenarioEngine.h"
#include "canonical/DemoPortfolio.h"
#include "report/ChartCatalog.h"

#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <set>

using namespace hp;

namespace {

/// The demo with actuals for its first six months (plan × 1.05), so that the
/// actuals chart has something to show.
const Project &demo()
{
    static const Project project = [] {
        Project p = DemoPortfolio::load();
        const EngineResult r = ScenarioEngine(p).evaluate(p.scenarios.front().name);
        for (std::size_t t = 0; t < 6 && t < r.months.size(); ++t)
            for (const ProviderResult &pr : r.providers)
                if (!pr.monthlySpend[t].isZero())
                    p.actuals.push_back({pr.id, r.months[t], pr.monthlySpend[t], Decimal::product({pr.monthlySpend[t], Decimal::fromString(u"1.05")}), p.reportingCurrency});
        return p;
    }();
    return project;
}

ChartData chartOf(ChartKind kind)
{
    ChartRequest request;
    request.kind = kind;
    request.scenario = QStringLiteral("Pivot");
    request.against = kind == ChartKind::SwitchingWaterfall || kind == ChartKind::ScenarioComparison ? QStringLiteral("Status quo") : QString();
    request.trials = 40;
    request.date = QDate(2026, 11, 30);
    return ChartCatalog::build(demo(), request);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class EveryKind : public ::testing::TestWithParam<ChartKind> {};

} // namespace

TEST_P(EveryKind, ExportsToPngSvgAndPdf)
{
    const ChartData data = chartOf(GetParam());
    ASSERT_FALSE(data.series.empty());
    EXPECT_TRUE(data.illustrative);
    const ChartStyle style = ChartStyle::forProject(demo());
    QTemporaryDir dir;
    const QString base = dir.filePath(ChartCatalog::name(GetParam()));
    QString error;

    ASSERT_TRUE(ChartExporter::write(data, style, ChartFormat::Png, base + u".png", {}, &error)) << error.toStdString();
    const QImage png(base + u".png");
    EXPECT_EQ(png.size(), QSize(1920, 1080));
    std::set<QRgb> colours; // a drawn chart, not a blank page
    for (int y = 0; y < png.height(); y += 7)
        for (int x = 0; x < png.width(); x += 7)
            colours.insert(png.pixel(x, y));
    EXPECT_GT(colours.size(), 20u);

    ASSERT_TRUE(ChartExporter::write(data, style, ChartFormat::Svg, base + u".svg", {960, 540, 96}, &error)) << error.toStdString();
    const QByteArray svg = readAll(base + u".svg");
    EXPECT_TRUE(svg.startsWith("<?xml"));
    // The title is the document's <title> and drawn as text (vector, searchable).
    EXPECT_GE(svg.count(data.title.toHtmlEscaped().toUtf8()), 2) << data.title.toStdString();
    EXPECT_TRUE(svg.contains("<text"));
    EXPECT_TRUE(svg.contains("viewBox=\"0 0 960 540\""));

    ASSERT_TRUE(ChartExporter::write(data, style, ChartFormat::Pdf, base + u".pdf", {}, &error)) << error.toStdString();
    const QByteArray pdf = readAll(base + u".pdf");
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_GT(pdf.size(), 2000);
    // Only the finished files are left: QSaveFile renamed its temporaries.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 3);
}

INSTANTIATE_TEST_SUITE_P(Demo, EveryKind, ::testing::ValuesIn(ChartCatalog::kinds()),
                         [](const auto &paramInfo) { return ChartCatalog::name(paramInfo.param).replace(u'-', u'_').toStdString(); });

TEST(ChartExport, PngHonoursSizeAndDpi)
{
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("small.png"));
    ASSERT_TRUE(ChartExporter::write(chartOf(ChartKind::CostByComponent), ChartStyle::forProject(demo()), ChartFormat::Png, path,
                                     {800, 450, 192}, &error));
    const QImage png(path);
    EXPECT_EQ(png.size(), QSize(800, 450));
    EXPECT_EQ(std::lround(png.dotsPerMeterX() * 0.0254), 192);
}

TEST(ChartExport, FailureNamesTheFileAndLeavesNothing)
{
    QTemporaryDir dir;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/chart.png"));
    EXPECT_FALSE(ChartExporter::write(chartOf(ChartKind::CostByComponent), ChartStyle(), ChartFormat::Png, missing, {}, &error));
    EXPECT_TRUE(error.startsWith(missing)) << error.toStdString();
    const QString tiny = dir.filePath(QStringLiteral("tiny.svg"));
    EXPECT_FALSE(ChartExporter::write(chartOf(ChartKind::CostByComponent), ChartStyle(), ChartFormat::Svg, tiny, {4, 4, 96}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("size")));
    EXPECT_FALSE(QFile::exists(tiny));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    EXPECT_EQ(ChartExporter::parseFormat(u"svg"), ChartFormat::Svg);
    EXPECT_FALSE(ChartExporter::parseFormat(u"gif").has_value());
}

TEST(ChartStyle, ProviderColoursFollowTheProjectOrderInEveryChart)
{
    const Project &p = demo();
    const ChartStyle style = ChartStyle::forProject(p);
    EXPECT_EQ(style.colour(QStringLiteral("provider:") + p.providers[0].id), QColor(0x00, 0x72, 0xB2)); // Okabe–Ito blue
    EXPECT_EQ(style.colour(QStringLiteral("provider:") + p.providers[1].id), QColor(0xE6, 0x9F, 0x00)); // orange
    EXPECT_EQ(ChartStyle(QStringList{QStringLiteral("x"), QStringLiteral("y")}).colour(QStringLiteral("provider:y")), QColor(0xE6, 0x9F, 0x00));
    EXPECT_EQ(style.colour(QStringLiteral("component:shortfall")), QColor(0xD5, 0x5E, 0x00));

    // The bars of a provider have the provider's colour.
    ChartData drawn;
    const std::unique_ptr<QChart> chart(ChartFactory(style).create(chartOf(ChartKind::SpendByProvider), &drawn));
    int checked = 0;
    for (QAbstractSeries *s : chart->series())
        if (auto *bars = qobject_cast<QStackedBarSeries *>(s))
            for (QBarSet *set : bars->barSets()) {
                const ChartSeries &cs = drawn.series[static_cast<std::size_t>(set->property("hpSeries").toInt())];
                EXPECT_EQ(set->brush().color(), style.colour(cs.colourKey));
                ++checked;
            }
    EXPECT_GE(checked, 2);
}
