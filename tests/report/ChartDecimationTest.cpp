// Decimation of long series (docs/charts.md): at most 2000 categories, first,
// last and every series' extremes kept, values untouched.
#include "report/ChartDecimation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace hp;

namespace {

ChartData longChart(int n)
{
    ChartData c;
    for (int i = 0; i < n; ++i)
        c.categories << QString::number(i);
    ChartSeries wave{QStringLiteral("wave"), QStringLiteral("scenario:A"), SeriesStyle::Line, {}, {}, false, {}};
    ChartSeries ramp{QStringLiteral("ramp"), QStringLiteral("scenario:B"), SeriesStyle::Line, {}, {}, false, {}};
    for (int i = 0; i < n; ++i) {
        wave.values.push_back(std::sin(i / 50.0) * 100);
        ramp.values.push_back(i);
    }
    wave.values[4321] = 1e6;  // a spike
    wave.values[7777] = -1e6; // a dip
    c.series = {wave, ramp};
    c.markers.push_back({5000, QStringLiteral("m")});
    return c;
}

} // namespace

TEST(ChartDecimation, ShortChartsStayAsTheyAre)
{
    ChartData c = longChart(10000);
    c.categories = c.categories.mid(0, 2000);
    for (ChartSeries &s : c.series)
        s.values.resize(2000, 0.0);
    c.markers.clear();
    const ChartData d = ChartDecimation::decimate(c);
    EXPECT_EQ(d.categories, c.categories);
    EXPECT_EQ(d.series[0].values, c.series[0].values);
}

TEST(ChartDecimation, KeepsAtMost2000PointsWithEndsAndExtremes)
{
    const ChartData c = longChart(10000);
    const ChartData d = ChartDecimation::decimate(c);
    ASSERT_LE(d.categories.size(), 2000);
    ASSERT_GT(d.categories.size(), 1000); // the budget is used, not thrown away
    for (const ChartSeries &s : d.series)
        EXPECT_EQ(s.values.size(), static_cast<std::size_t>(d.categories.size()));
    EXPECT_EQ(d.categories.front(), QStringLiteral("0"));
    EXPECT_EQ(d.categories.back(), QStringLiteral("9999"));
    EXPECT_TRUE(d.categories.contains(QStringLiteral("4321")));
    EXPECT_TRUE(d.categories.contains(QStringLiteral("7777")));
    EXPECT_EQ(*std::max_element(d.series[0].values.begin(), d.series[0].values.end()), 1e6);
    EXPECT_EQ(*std::min_element(d.series[0].values.begin(), d.series[0].values.end()), -1e6);
    // Values are kept exactly and stay aligned with their category.
    for (qsizetype i = 0; i < d.categories.size(); ++i)
        EXPECT_EQ(d.series[1].values[static_cast<std::size_t>(i)], d.categories[i].toDouble());
    // The marker moves to the first kept category at or after 5000.
    ASSERT_EQ(d.markers.size(), 1u);
    EXPECT_GE(d.categories[d.markers[0].category].toInt(), 5000);
    EXPECT_LT(d.categories[d.markers[0].category].toInt(), 5100);
}

TEST(ChartDecimation, BandsKeepTheirUpperExtremesToo)
{
    ChartSeries band{QStringLiteral("band"), QStringLiteral("fan:band"), SeriesStyle::Band, {}, {}, false, {}};
    for (int i = 0; i < 5000; ++i) {
        band.values.push_back(1);
        band.upper.push_back(i == 2500 ? 99 : 2);
    }
    const std::vector<int> kept = ChartDecimation::keptIndices({band}, 5000, 100);
    EXPECT_LE(kept.size(), 100u);
    EXPECT_EQ(kept.front(), 0);
    EXPECT_EQ(kept.back(), 4999);
    EXPECT_TRUE(std::binary_search(kept.begin(), kept.end(), 2500));
}
