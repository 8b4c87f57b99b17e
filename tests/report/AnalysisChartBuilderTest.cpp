// Charts of the scenario analyses, built from hand-made analysis results.
#include "../engine/ProjectBuilder.h"
#include "report/AnalysisChartBuilder.h"

using namespace hp;
using namespace hptest;

namespace {
std::vector<Decimal> d(std::initializer_list<const char *> values)
{
    std::vector<Decimal> out;
    for (const char *v : values)
        out.push_back(D(v));
    return out;
}
std::vector<double> v(std::initializer_list<double> values) { return values; }
} // namespace

TEST(AnalysisCharts, ComparisonWithDeltaAndPayback)
{
    Project p;
    ScenarioComparison cmp;
    cmp.scenarioA = S("A");
    cmp.scenarioB = S("B");
    cmp.months = {M("2026-01"), M("2026-02"), M("2026-03")};
    cmp.cumulativeA = d({"100", "200", "300"});
    cmp.cumulativeB = d({"150", "190", "230"});
    cmp.cumulativeDelta = d({"50", "-10", "-70"});
    cmp.paysBack = ScenarioComparison::Payback::B;
    cmp.paysBackMonth = M("2026-02");
    const ChartData c = AnalysisChartBuilder(ChartFrame(p, QDate(2026, 11, 30))).comparison(cmp, S("USD"));
    ASSERT_EQ(c.series.size(), 3u);
    EXPECT_EQ(c.series[0].colourKey, S("scenario:A"));
    EXPECT_EQ(c.series[1].values, v({150, 190, 230}));
    EXPECT_EQ(c.series[2].values, v({50, -10, -70}));
    EXPECT_TRUE(c.series[2].secondaryAxis);
    ASSERT_EQ(c.markers.size(), 1u);
    EXPECT_EQ(c.markers[0].category, 1);
    EXPECT_EQ(c.markers[0].label, S("B pays back 2026-02"));
    EXPECT_TRUE(c.subtitle.contains(S("B pays back against A in 2026-02")));

    // A pays back (picked first): the marker and the sentence name A.
    std::swap(cmp.cumulativeA, cmp.cumulativeB); // A cost more first, then less
    cmp.paysBack = ScenarioComparison::Payback::A;
    const ChartData reversed = AnalysisChartBuilder(ChartFrame(p, QDate())).comparison(cmp, S("USD"));
    ASSERT_EQ(reversed.markers.size(), 1u);
    EXPECT_EQ(reversed.markers[0].label, S("A pays back 2026-02"));
    EXPECT_TRUE(reversed.subtitle.contains(S("A pays back against B in 2026-02")));

    cmp.paysBack = ScenarioComparison::Payback::Neither;
    cmp.paysBackMonth.reset();
    const ChartData never = AnalysisChartBuilder(ChartFrame(p, QDate())).comparison(cmp, S("USD"));
    EXPECT_TRUE(never.markers.empty());
    EXPECT_TRUE(never.subtitle.contains(S("Neither A nor B pays back against the other within the horizon")));
}

TEST(AnalysisCharts, TornadoBarsAreChangesFromBase)
{
    Project p;
    SensitivityResult s;
    s.scenario = S("S");
    s.baseNpv = D("1000");
    TornadoBar growth;
    growth.range.input = UncertainInput::Growth;
    growth.range.target = S("w1");
    growth.npvLow = D("900");
    growth.npvHigh = D("1200");
    TornadoBar drift;
    drift.range.input = UncertainInput::PriceDrift;
    drift.npvLow = D("980");
    drift.npvHigh = D("1030");
    s.bars = {growth, drift};
    const ChartData c = AnalysisChartBuilder(ChartFrame(p, QDate())).tornado(s, S("USD"));
    EXPECT_EQ(c.categories, QStringList({S("growth (w1)"), S("price_drift (all)")}));
    EXPECT_EQ(c.series[0].values, v({-100, -20}));
    EXPECT_EQ(c.series[1].values, v({200, 30}));
    EXPECT_TRUE(c.subtitle.contains(S("base NPV $1.0K"))); // compact, as read on a slide
    EXPECT_TRUE(c.emptyState.isEmpty());
}

TEST(AnalysisCharts, TornadoWithoutRangesSaysWhyAndHowToAddThem)
{
    Project p;
    SensitivityResult s;
    s.scenario = S("Status quo");
    s.baseNpv = D("1000");
    const ChartData c = AnalysisChartBuilder(ChartFrame(p, QDate())).tornado(s, S("USD"));
    EXPECT_TRUE(c.categories.isEmpty());
    EXPECT_TRUE(c.emptyState.contains(QString::fromUtf8("“Status quo” has no uncertainty ranges"))) << c.emptyState.toStdString();
    EXPECT_TRUE(c.emptyState.contains(S("Scenarios page"))) << c.emptyState.toStdString();
}

TEST(AnalysisCharts, FanBandBetweenP10AndP90)
{
    Project p;
    MonteCarloResult mc;
    mc.request.scenario = S("S");
    mc.request.trials = 500;
    mc.months = {M("2026-01"), M("2026-02")};
    mc.monthlyTotal.resize(2);
    mc.monthlyTotal[0].p10 = D("90");
    mc.monthlyTotal[0].p50 = D("100");
    mc.monthlyTotal[0].p90 = D("120");
    mc.monthlyTotal[1].p10 = D("95");
    mc.monthlyTotal[1].p50 = D("110");
    mc.monthlyTotal[1].p90 = D("140");
    const ChartData c = AnalysisChartBuilder(ChartFrame(p, QDate())).fan(mc, S("USD"));
    ASSERT_EQ(c.series.size(), 3u);
    EXPECT_EQ(c.series[0].style, SeriesStyle::Band);
    EXPECT_EQ(c.series[0].values, v({90, 95}));
    EXPECT_EQ(c.series[0].upper, v({120, 140}));
    EXPECT_EQ(c.series[1].values, v({100, 110}));
    EXPECT_TRUE(c.subtitle.contains(S("500 trials")));
}
