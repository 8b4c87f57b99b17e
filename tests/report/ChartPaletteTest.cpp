// Series colours (docs/charts.md): Okabe–Ito, providers by project order.
#include "engine/ScenarioEngine.h"
#include "canonical/DemoPortfolio.h"
#include "report/ChartCatalog.h"
#include "report/ChartPalette.h"
#include "report/SeriesColours.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <set>

using hp::ChartPalette;

namespace {
const QColor kBlue(0x00, 0x72, 0xB2), kOrange(0xE6, 0x9F, 0x00), kGreen(0x00, 0x9E, 0x73), kVermillion(0xD5, 0x5E, 0x00);
QString S(const char *s) { return QString::fromLatin1(s); }

/// CIE L*a*b* of an sRGB colour (D65).
std::array<double, 3> lab(const QColor &c)
{
    const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const double r = linear(c.redF()), g = linear(c.greenF()), b = linear(c.blueF());
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    const double x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
    const double y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
    const double z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
    return {116 * y - 16, 500 * (x - y), 200 * (y - z)};
}

/// CIE76 colour difference: orange against vermillion is 33, sky blue against blue 26, blue against orange 120.
double difference(const QColor &a, const QColor &b)
{
    const auto p = lab(a), q = lab(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/// Two colours of one chart that a reader can tell apart at a glance.
constexpr double kDistinct = 40;
} // namespace

TEST(ChartPalette, ProvidersTakeColoursInProjectOrder)
{
    const ChartPalette p({S("zeta"), S("alpha"), S("mid")});
    EXPECT_EQ(p.colour(S("provider:zeta")), kBlue);
    EXPECT_EQ(p.colour(S("provider:alpha")), kOrange);
    EXPECT_EQ(p.colour(S("provider:mid")), kGreen);
    EXPECT_EQ(p.colour(S("provider:unknown")), QColor(0x99, 0x99, 0x99));
    // Another project order gives other colours: the order decides, not the id.
    EXPECT_EQ(ChartPalette({S("alpha"), S("zeta")}).colour(S("provider:alpha")), kBlue);
    // Nine providers: the ninth starts the sequence again.
    QStringList nine;
    for (int i = 0; i < 9; ++i)
        nine << QString::number(i);
    EXPECT_EQ(ChartPalette(nine).colour(S("provider:8")), kBlue);
}

TEST(ChartPalette, FixedKeysAndClasses)
{
    const ChartPalette p;
    EXPECT_EQ(p.colour(S("component:shortfall")), kVermillion);
    EXPECT_EQ(p.colour(S("component:spend")), kBlue);
    EXPECT_EQ(p.colour(S("scenario:A")), kBlue);
    EXPECT_EQ(p.colour(S("scenario:B")), kOrange);
    EXPECT_EQ(p.colour(S("class:stateless_api")), kBlue);
    EXPECT_EQ(p.colour(S("class:stateful_runtime")), kOrange);
    EXPECT_EQ(p.colour(S("class:nonsense")), QColor(0x99, 0x99, 0x99));
    EXPECT_EQ(p.colour(QString()), QColor(0x99, 0x99, 0x99));
    std::set<QRgb> distinct;
    for (const QColor &c : ChartPalette::okabeIto())
        distinct.insert(c.rgb());
    EXPECT_EQ(distinct.size(), 8u);
}

TEST(ChartPalette, CostComponentsAreFarApart)
{
    // Issue 17: shortfall and switching were both orange in the cost chart.
    const ChartPalette p;
    const QStringList keys{S("component:spend"), S("component:shortfall"), S("component:revenue-share"), S("component:switching")};
    for (qsizetype i = 0; i < keys.size(); ++i)
        for (qsizetype j = i + 1; j < keys.size(); ++j)
            EXPECT_GE(difference(p.colour(keys[i]), p.colour(keys[j])), kDistinct) << keys[i].toStdString() << " vs " << keys[j].toStdString();
    EXPECT_LT(difference(QColor(0xE6, 0x9F, 0x00), kVermillion), kDistinct); // the measure does see orange ≈ vermillion
}

TEST(ChartPalette, SeriesOfEveryDemoChartAreTheSameColourOrFarApart)
{
    // The same colour is a deliberate pair (due dashed and paid solid, one
    // contract's gross and expected, the fan's band around its P50); any
    // other two colours of one chart must be told apart at a glance.
    const hp::Project demo = hp::DemoPortfolio::load();
    int charts = 0;
    for (const hp::Scenario &scenario : demo.scenarios) {
        for (const hp::ChartKind kind : hp::ChartCatalog::kinds()) {
            hp::ChartRequest request;
            request.kind = kind;
            request.scenario = scenario.name;
            request.against = scenario.name == demo.scenarios.front().name ? demo.scenarios.back().name : demo.scenarios.front().name;
            request.trials = 20;
            hp::ChartData chart;
            try {
                chart = hp::ChartCatalog::build(demo, request);
            } catch (const hp::EngineError &) {
                continue; // e.g. actuals the demo does not have
            }
            ++charts;
            const ChartPalette palette(chart.providerOrder);
            for (std::size_t i = 0; i < chart.series.size(); ++i)
                for (std::size_t j = i + 1; j < chart.series.size(); ++j) {
                    const QColor a = palette.colour(chart.series[i].colourKey), b = palette.colour(chart.series[j].colourKey);
                    if (a != b) {
                        EXPECT_GE(difference(a, b), kDistinct)
                            << hp::ChartCatalog::name(kind).toStdString() << " of " << scenario.name.toStdString() << ": "
                            << chart.series[i].name.toStdString() << " vs " << chart.series[j].name.toStdString();
                    }
                }
        }
    }
    EXPECT_GT(charts, 30);
}

TEST(ChartPalette, ExportsUseTheScreenColours)
{
    const hp::Project demo = hp::DemoPortfolio::load();
    for (const hp::ChartKind kind : {hp::ChartKind::CostByComponent, hp::ChartKind::SpendByProvider, hp::ChartKind::Exposure}) {
        hp::ChartRequest request;
        request.kind = kind;
        request.scenario = S("Pivot");
        const hp::ChartData chart = hp::ChartCatalog::build(demo, request);
        ASSERT_FALSE(chart.series.empty());
        QStringList ids;
        for (const hp::Provider &p : demo.providers)
            ids << p.id;
        EXPECT_EQ(chart.providerOrder, ids);
        const std::vector<QRgb> exported = hp::SeriesColours::forChart(chart);
        ASSERT_EQ(exported.size(), chart.series.size());
        for (std::size_t i = 0; i < exported.size(); ++i)
            EXPECT_EQ(exported[i], ChartPalette(ids).colour(chart.series[i].colourKey).rgb()) << chart.series[i].name.toStdString();
    }
}
