// The chart builders of models/report on small hand-made projects: every
// figure below is computed by hand from the project in the test.
#include "../engine/ProjectBuilder.h"
#include "report/ChartCatalog.h"
#include "report/CostChartBuilder.h"
#include "report/RiskChartBuilder.h"
#include "report/WaterfallLayout.h"

#include <algorithm>
#include <cmath>

using namespace hp;
using namespace hptest;

namespace {

const QDate kDate(2026, 11, 30);

/// Provider "b" listed before "a" (colours follow this order, not the ids).
/// w1: 100 units × 2.00 on b = 200/month, revenue 100/month.
/// w2: 50 units × 3.00 on a = 150/month. Horizon 2026-01..2026-03.
/// cb: commitment of 3,000 for 2026 on b, no discount.
/// ca: 10 % revenue share on a, sunset 2026-02, total cap 15.
ProjectBuilder smallProject()
{
    ProjectBuilder b;
    b.provider("b").provider("a");
    b.lastProvider().name = S("Cloud A");
    b.offering("ob", "b", "2", "gpu").offering("oa", "a", "3", "trn");
    b.workload("w1", WorkloadClass::StatelessApi, "100", "100").workload("w2", WorkloadClass::BatchInference, "50");
    b.contract("cb", "b", "2026-01", "2026-12");
    CommitmentClause commit;
    commit.yearAmounts = {D("3000")};
    b.lastContract().commitments.push_back(commit);
    b.contract("ca", "a", "2026-01", "2026-12");
    RevenueShareClause share;
    share.ratePct = D("10");
    share.start = M("2026-01");
    share.sunset = M("2026-02");
    share.capTotal = D("15");
    b.lastContract().revenueShares.push_back(share);
    b.scenario("S", "2026-01", 3).place("w1", "2026-01", {{"ob", "100"}}).place("w2", "2026-01", {{"oa", "100"}});
    return b;
}

std::vector<double> v(std::initializer_list<double> values) { return values; }

} // namespace

TEST(CostCharts, StackedAreaIsTheEnginesMonthlyComponents)
{
    const ProjectBuilder b = smallProject();
    const EngineResult r = b.evaluate("S");
    const ChartFrame frame(b.p, kDate);
    const ChartData c = CostChartBuilder(frame).costByComponent(r);
    EXPECT_EQ(c.kind, ChartKind::CostByComponent);
    EXPECT_EQ(c.categories, QStringList({S("2026-01"), S("2026-02"), S("2026-03")}));
    ASSERT_EQ(c.series.size(), 4u);
    EXPECT_EQ(c.series[0].colourKey, S("component:spend"));
    EXPECT_EQ(c.series[0].values, v({350, 350, 350}));
    EXPECT_EQ(c.series[1].values, v({0, 0, 0}));
    // 10 % of 100 = 10 due each month to the sunset; the cap of 15 leaves 5 in February.
    EXPECT_EQ(c.series[2].values, v({10, 5, 0}));
    EXPECT_EQ(c.series[3].values, v({0, 0, 0}));
    for (std::size_t t = 0; t < 3; ++t) {
        double stacked = 0;
        for (const ChartSeries &s : c.series) {
            EXPECT_EQ(s.style, SeriesStyle::StackedArea);
            stacked += s.values[t];
        }
        EXPECT_EQ(stacked, r.monthly.total[t].toDouble());
    }
    EXPECT_EQ(r.monthly.total[0].toDouble(), 360);
    EXPECT_TRUE(c.footnote.contains(S("Scenario: S")));
    EXPECT_TRUE(c.footnote.contains(S("Horizon: 2026-01 to 2026-03 (3 months)")));
    EXPECT_TRUE(c.footnote.contains(S("Generated 2026-11-30")));
    EXPECT_FALSE(c.footnote.contains(S("Illustrative")));
}

TEST(CostCharts, ProvidersInProjectOrderByMonthOrYear)
{
    ProjectBuilder b = smallProject();
    b.p.illustrative = true;
    const ChartFrame frame(b.p, kDate);
    const ChartData c = CostChartBuilder(frame).spendByProvider(b.evaluate("S"));
    ASSERT_EQ(c.series.size(), 2u);
    EXPECT_EQ(c.series[0].colourKey, S("provider:b"));
    EXPECT_EQ(c.series[0].values, v({200, 200, 200}));
    EXPECT_EQ(c.series[1].name, S("Cloud A"));
    EXPECT_EQ(c.series[1].values, v({150, 150, 150}));
    EXPECT_EQ(c.series[1].style, SeriesStyle::StackedBar);
    EXPECT_TRUE(c.illustrative);
    EXPECT_TRUE(c.footnote.endsWith(S("Illustrative data")));

    // 40 months from 2026-01: by calendar year 2026 (12), 2027 (12), 2028 (12), 2029 (4).
    b.lastScenario().months = 40;
    const ChartData yearly = CostChartBuilder(frame).spendByProvider(b.evaluate("S"));
    EXPECT_EQ(yearly.categories, QStringList({S("2026"), S("2027"), S("2028"), S("2029")}));
    EXPECT_FALSE(yearly.categoriesAreMonths);
    EXPECT_EQ(yearly.series[0].values, v({2400, 2400, 2400, 800}));
}

TEST(CostCharts, BurnDownShowsProjectedShortfallOfACutYear)
{
    const ProjectBuilder b = smallProject();
    const ChartFrame frame(b.p, kDate);
    const ChartData c = CostChartBuilder(frame).commitmentBurnDown(b.evaluate("S"));
    EXPECT_EQ(c.categories, QStringList({S("cb Y1 (2026)")}));
    ASSERT_EQ(c.series.size(), 4u);
    EXPECT_EQ(c.series[0].values, v({3000}));
    EXPECT_EQ(c.series[1].values, v({600})); // 3 × 200 drawn in the horizon
    EXPECT_EQ(c.series[2].values, v({0}));   // the year ends after the horizon
    // Run rate: 3,000 − 600 × 12 ÷ 3 = 600, dashed.
    EXPECT_EQ(c.series[3].values, v({600}));
    EXPECT_EQ(c.series[3].style, SeriesStyle::DashedLine);
    EXPECT_EQ(c.series[3].colourKey, S("component:shortfall"));
}

TEST(CostCharts, RevenueShareMarksCapAndSunset)
{
    const ProjectBuilder b = smallProject();
    const ChartFrame frame(b.p, kDate);
    const ChartData c = CostChartBuilder(frame).revenueShare(b.evaluate("S"));
    ASSERT_EQ(c.series.size(), 4u);
    EXPECT_EQ(c.series[0].values, v({10, 10, 0})); // due
    EXPECT_EQ(c.series[1].values, v({10, 5, 0}));  // paid
    EXPECT_EQ(c.series[2].values, v({10, 15, 15})); // cumulative, secondary axis
    EXPECT_TRUE(c.series[2].secondaryAxis);
    EXPECT_EQ(c.series[3].values, v({15, 15, 15})); // the cap
    ASSERT_EQ(c.markers.size(), 2u);
    EXPECT_EQ(c.markers[0].category, 1);
    EXPECT_EQ(c.markers[1].category, 1);
    QStringList labels{c.markers[0].label, c.markers[1].label};
    labels.sort();
    EXPECT_EQ(labels, QStringList({S("Cap reached 2026-02"), S("Sunset 2026-02")}));
}

TEST(CostCharts, SwitchingWaterfallPerMigrationAndTotal)
{
    // w1 moves from b (gpu) to a (trn) in 2026-02 with one dual-run month.
    ProjectBuilder b;
    b.provider("b").provider("a");
    b.lastProvider().egressTiers.clear();
    b.p.providers[0].egressTiers.push_back({std::nullopt, D("0.1")});
    b.offering("ob", "b", "2", "gpu").offering("oa", "a", "3", "trn");
    b.workload("w1", WorkloadClass::StatelessApi, "100");
    b.lastWorkload().storedGb = D("1000");
    b.lastWorkload().reengineeringPersonMonths = D("2");
    b.lastWorkload().costPerPersonMonth = D("1000");
    b.scenario("S", "2026-01", 3).place("w1", "2026-01", {{"ob", "100"}}).place("w1", "2026-02", {{"oa", "100"}}, 1);
    const ChartFrame frame(b.p, kDate);
    const ChartData c = CostChartBuilder(frame).switchingWaterfall(b.evaluate("S"));
    EXPECT_EQ(c.categories, QStringList({S("w1\n2026-02"), S("Total")}));
    ASSERT_EQ(c.series.size(), 3u); // no termination, no lost discount
    EXPECT_EQ(c.series[0].name, S("Egress"));
    EXPECT_EQ(c.series[0].values, v({100, 100}));    // 1,000 GB × 0.10
    EXPECT_EQ(c.series[1].values, v({2000, 2000}));  // 2 person-months × 1,000, new silicon
    EXPECT_EQ(c.series[2].values, v({200, 200}));    // one month of 100 units × 2.00 on b
    EXPECT_EQ(c.series[2].style, SeriesStyle::Waterfall);
    // The bars are decided here, from the exact figures: one step of 2,300
    // from zero, then the total, flagged as such.
    ASSERT_EQ(c.waterfall.size(), 2u);
    EXPECT_EQ(c.waterfall[0].start, 0);
    EXPECT_EQ(c.waterfall[0].delta, 2300);
    EXPECT_FALSE(c.waterfall[0].total);
    EXPECT_EQ(c.waterfall[1].start, 0);
    EXPECT_EQ(c.waterfall[1].delta, 2300);
    EXPECT_TRUE(c.waterfall[1].total);
}

TEST(WaterfallLayout, StepsFloatOnTheExactRunningTotalAndTheLastBarIsTheTotal)
{
    // 0.1 + 0.2 is 0.30000000000000004 in doubles; the exact sum is 0.3.
    const std::vector<WaterfallBar> bars = WaterfallLayout::withTotal({D("0.1"), D("0.2"), D("-0.05")});
    ASSERT_EQ(bars.size(), 4u);
    EXPECT_EQ(bars[1].start, 0.1);
    EXPECT_EQ(bars[2].start, 0.3); // exactly the double nearest 0.3
    EXPECT_DOUBLE_EQ(bars[2].low(), 0.25); // a negative step hangs below the running total
    EXPECT_EQ(bars[2].high(), 0.3);
    EXPECT_FALSE(bars[2].total);
    EXPECT_TRUE(bars[3].total);
    EXPECT_EQ(bars[3].start, 0);
    EXPECT_EQ(bars[3].delta, 0.25);
    // A step that happens to equal the running total is still a step.
    const std::vector<WaterfallBar> equal = WaterfallLayout::withTotal({D("10"), D("10")});
    EXPECT_FALSE(equal[1].total);
    EXPECT_EQ(equal[1].start, 10);
    // No steps: the total alone, at zero.
    const std::vector<WaterfallBar> none = WaterfallLayout::withTotal({});
    ASSERT_EQ(none.size(), 1u);
    EXPECT_TRUE(none[0].total);
    EXPECT_EQ(none[0].delta, 0);
}

TEST(RiskCharts, RedundancyUnitCostAndNoExposure)
{
    const ProjectBuilder b = smallProject();
    const EngineResult r = b.evaluate("S");
    const ChartFrame frame(b.p, kDate);
    const RiskChartBuilder risk(frame);

    const ChartData red = risk.redundancy(r);
    ASSERT_EQ(red.series.size(), 2u);
    // (200/350 × 100)² + (150/350 × 100)² = 3265.306… + 1836.734… = 5102.04…
    EXPECT_NEAR(red.series[0].values[0], 5102.0408, 1e-3);
    EXPECT_EQ(red.series[1].values, v({1, 1, 1})); // every workload on one provider
    EXPECT_TRUE(red.series[1].secondaryAxis);
    EXPECT_EQ(red.secondaryUnit, ValueUnit::Percent);

    const ChartData unit = risk.unitCost(r);
    ASSERT_EQ(unit.series.size(), 2u);
    EXPECT_EQ(unit.series[0].name, S("stateless_api (per 1M tokens)"));
    EXPECT_EQ(unit.series[0].values, v({2, 2, 2}));
    EXPECT_EQ(unit.series[1].values, v({3, 3, 3}));

    const ChartData exp = risk.exposure(r);
    ASSERT_EQ(exp.series.size(), 1u);
    EXPECT_EQ(exp.series[0].values, v({0, 0, 0}));
}

TEST(RiskCharts, ActualsAgainstPlanWithGaps)
{
    ProjectBuilder b = smallProject();
    b.p.actuals.push_back({S("b"), M("2026-01"), D("210"), D("190"), S("USD")});
    b.p.actuals.push_back({S("a"), M("2026-01"), D("150"), D("140"), S("USD")});
    b.p.actuals.push_back({S("a"), M("2026-03"), D("160"), D("155"), S("USD")});
    b.p.actuals.push_back({S("a"), M("2027-03"), D("1"), D("1"), S("USD")}); // outside the horizon
    const ChartData c = RiskChartBuilder(ChartFrame(b.p, kDate)).actualsVsPlan(b.evaluate("S"));
    ASSERT_EQ(c.series.size(), 2u);
    EXPECT_EQ(c.series[0].values, v({350, 350, 350}));
    EXPECT_EQ(c.series[1].values[0], 330);
    EXPECT_TRUE(std::isnan(c.series[1].values[1]));
    EXPECT_EQ(c.series[1].values[2], 155);
}

TEST(ChartCatalog, NamesAndRequests)
{
    // 15 names: the 14 charts of a scenario and `sizing` (docs/rules.md §12.2), which
    // needs a contract and a Monte Carlo per candidate size, so the picker and the
    // default deck (kinds()) leave it out; `export --chart sizing` parses it.
    EXPECT_EQ(ChartCatalog::names().size(), 15);
    EXPECT_EQ(ChartCatalog::kinds().size(), 14u);
    for (const ChartKind k : ChartCatalog::kinds())
        EXPECT_EQ(ChartCatalog::parse(ChartCatalog::name(k)), k);
    const std::vector<ChartKind> kinds = ChartCatalog::kinds();
    EXPECT_EQ(std::count(kinds.begin(), kinds.end(), ChartKind::CommitmentSizing), 0);
    EXPECT_EQ(ChartCatalog::parse(u"sizing"), ChartKind::CommitmentSizing);
    EXPECT_EQ(ChartCatalog::name(ChartKind::CommitmentSizing), S("sizing"));
    EXPECT_EQ(ChartCatalog::parse(u"revenue-share"), ChartKind::RevenueShare);
    EXPECT_FALSE(ChartCatalog::parse(u"pie").has_value());

    const ProjectBuilder b = smallProject();
    ChartRequest request;
    request.kind = ChartKind::ScenarioComparison;
    request.scenario = S("S");
    EXPECT_THROW(ChartCatalog::build(b.p, request), EngineError); // no --against
    request.kind = ChartKind::ActualsVsPlan;
    EXPECT_THROW(ChartCatalog::build(b.p, request), EngineError); // no actuals
    request.kind = ChartKind::CostByComponent;
    request.scenario = S("Nope");
    EXPECT_THROW(ChartCatalog::build(b.p, request), EngineError);
    request.scenario = S("S");
    EXPECT_EQ(ChartCatalog::build(b.p, request).series[0].values, v({350, 350, 350}));
}

TEST(RiskCharts, ExposurePerContractGrossDashedExpectedSolid)
{
    // chat (stateless, revenue 1,000/month) runs 30 % on cb from 2026-02; contract k
    // with ca holds exclusivity over stateless_api, contested at 40 %.
    ProjectBuilder b;
    b.provider("cb").offering("b1", "cb", "1").provider("ca").offering("a1", "ca", "1");
    b.workload("chat", WorkloadClass::StatelessApi, "1", "1000");
    b.contract("k", "ca", "2026-01", "2030-12");
    b.lastContract().name = S("Partnership");
    ExclusivityClause ex;
    ex.classes = {WorkloadClass::StatelessApi};
    b.lastContract().exclusivities.push_back(ex);
    b.lastContract().classifications.push_back({WorkloadClass::StatelessApi, Coverage::Contested, D("40")});
    b.scenario("S", "2026-01", 3).place("chat", "2026-01", {{"a1", "100"}}).place("chat", "2026-02", {{"a1", "70"}, {"b1", "30"}});
    const ChartData c = RiskChartBuilder(ChartFrame(b.p, kDate)).exposure(b.evaluate("S"));
    ASSERT_EQ(c.series.size(), 2u);
    EXPECT_EQ(c.series[0].name, S("Partnership gross"));
    EXPECT_EQ(c.series[0].style, SeriesStyle::DashedLine);
    EXPECT_EQ(c.series[0].values, v({0, 300, 300})); // 100 % × 1,000 × 30 %
    EXPECT_EQ(c.series[1].values, v({0, 120, 120})); // × 40 %
    // The contract's provider gives the colour: ca, the second provider.
    EXPECT_EQ(c.series[1].colourKey, S("provider:ca"));
}
