// The capacity and silicon audit charts (docs/charts.md, docs/rules.md §11.2
// and §11.3) on small hand-made projects: every figure below is computed by
// hand from the project in the test.
#include "../engine/ProjectBuilder.h"
#include "report/BasicCharts.h"
#include "report/ChartCatalog.h"
#include "report/ScarcityChartBuilder.h"

#include <cmath>

using namespace hp;
using namespace hptest;

namespace {

const QDate kDate(2026, 11, 30);

/// Offering o ("GPU pool" of "Cloud P", 1.00 a gpu-hour) has no capacity
/// column; capacity.csv gives 500 from 2026-02 and 900 from 2026-03, so it is
/// unlimited in 2026-01. w places 600 gpu-hours a month on o for three months.
ProjectBuilder rationed()
{
    ProjectBuilder b;
    b.provider("p").offering("o", "p", "1", "", "gpu-hour");
    b.lastProvider().name = S("Cloud P");
    b.lastOffering().name = S("GPU pool");
    b.lastOffering().capacitySchedule = {{M("2026-02"), D("500")}, {M("2026-03"), D("900")}};
    b.workload("w", WorkloadClass::Training, "600", "0", "gpu-hour");
    b.scenario("S", "2026-01", 3).place("w", "2026-01", {{"o", "100"}});
    return b;
}

/// a_h200 (H200, 10.00 a gpu-hour, egress 0.05/GB) and b_trn (Trainium2, 6.00).
/// chat: 100 on a_h200, re-engineering 2 × 10 000, 1 000 GB stored.
/// agent: 10 on a_h200, nothing to re-engineer or move. batch: 50 on b_trn.
ProjectBuilder audited()
{
    ProjectBuilder b;
    const char *gpu = "gpu-hour";
    b.provider("ca").offering("a_h200", "ca", "10", "H200", gpu);
    b.lastProvider().egressTiers = {{std::nullopt, D("0.05")}};
    b.provider("cb").offering("b_trn", "cb", "6", "Trainium2", gpu);
    b.workload("chat", WorkloadClass::StatelessApi, "100", "1000", gpu);
    b.lastWorkload().name = S("Chat");
    b.lastWorkload().reengineeringPersonMonths = D("2");
    b.lastWorkload().costPerPersonMonth = D("10000");
    b.lastWorkload().storedGb = D("1000");
    b.workload("agent", WorkloadClass::StatelessApi, "10", "0", gpu);
    b.lastWorkload().name = S("Agent");
    b.workload("batch", WorkloadClass::BatchInference, "50", "0", gpu);
    b.scenario("S", "2026-01", 2)
        .place("chat", "2026-01", {{"a_h200", "100"}})
        .place("agent", "2026-01", {{"a_h200", "100"}})
        .place("batch", "2026-01", {{"b_trn", "100"}});
    return b;
}

} // namespace

TEST(ScarcityCharts, CapacityPlacedAgainstAvailableAndTheServedFraction)
{
    const ProjectBuilder b = rationed();
    const ChartFrame frame(b.p, kDate);
    const ChartData c = ScarcityChartBuilder(frame).capacity(b.evaluate("S"));
    EXPECT_EQ(c.kind, ChartKind::Capacity);
    EXPECT_TRUE(c.emptyState.isEmpty());
    EXPECT_EQ(c.categories, QStringList({S("2026-01"), S("2026-02"), S("2026-03")}));
    EXPECT_EQ(c.unit, ValueUnit::Count);
    EXPECT_EQ(c.secondaryUnit, ValueUnit::Percent);
    EXPECT_EQ(c.valueTitle, S("Units per month (gpu-hour)"));
    EXPECT_FALSE(c.horizontalBars);
    ASSERT_EQ(c.series.size(), 3u);
    // Placed: 600 × 100 % every month.
    EXPECT_EQ(c.series[0].values, (std::vector<double>{600, 600, 600}));
    EXPECT_EQ(c.series[0].style, SeriesStyle::Line);
    // Available: unlimited in January (a gap), then 500 and 900, dashed.
    EXPECT_TRUE(std::isnan(c.series[1].values[0]));
    EXPECT_EQ(c.series[1].values[1], 500);
    EXPECT_EQ(c.series[1].values[2], 900);
    EXPECT_EQ(c.series[1].style, SeriesStyle::DashedLine);
    // Served: all, then 500 ÷ 600 = 0.833333333 (the engine's 1e-9), then all; right axis.
    EXPECT_EQ(c.series[2].values, (std::vector<double>{1, 0.833333333, 1}));
    EXPECT_TRUE(c.series[2].secondaryAxis);
    EXPECT_FALSE(c.series[0].secondaryAxis);
    EXPECT_EQ(c.series[0].colourKey, S("capacity:placed"));
    // The subtitle names the offering and its worst month: 83.3 % in 2026-02.
    EXPECT_TRUE(c.subtitle.contains(S("GPU pool (Cloud P) served as little as 83.3% (2026-02)"))) << c.subtitle.toStdString();
}

TEST(ScarcityCharts, CapacityWithoutRationingSaysSo)
{
    ProjectBuilder b = rationed();
    b.p.offerings[0].capacitySchedule = {{M("2026-02"), D("600")}}; // exactly enough: 600 placed is served in full
    const ChartData c = ScarcityChartBuilder(ChartFrame(b.p, kDate)).capacity(b.evaluate("S"));
    EXPECT_TRUE(c.series.empty());
    EXPECT_TRUE(c.emptyState.startsWith(S("No offering's capacity binds in scenario “S”"))) << c.emptyState.toStdString();
}

TEST(ScarcityCharts, SiliconPremiumLargestOnTopWithPaybackLabels)
{
    // chat: (10 − 6) × 100 = 400.00 a month; move 2 × 10 000 + 1 000 × 0.05 =
    // 20 050.00; payback ⌈20 050 ÷ 400⌉ = ⌈50.125⌉ = 51 months.
    // agent: (10 − 6) × 10 = 40.00; nothing to move, so it pays back at once.
    // batch: Trainium2 at 6; the other silicon (H200 at 10) is dearer: no premium.
    const ProjectBuilder b = audited();
    const ChartData c = ScarcityChartBuilder(ChartFrame(b.p, kDate)).siliconAudit(b.evaluate("S"));
    EXPECT_EQ(c.kind, ChartKind::SiliconAudit);
    EXPECT_TRUE(c.horizontalBars);
    EXPECT_FALSE(c.categoriesAreMonths);
    EXPECT_TRUE(c.emptyState.isEmpty());
    EXPECT_EQ(c.categories, QStringList({S("Chat (H200 → Trainium2)"), S("Agent (H200 → Trainium2)"), S("batch (Trainium2)")}));
    ASSERT_EQ(c.series.size(), 1u);
    EXPECT_EQ(c.series[0].style, SeriesStyle::Bar);
    EXPECT_EQ(c.series[0].values, (std::vector<double>{400, 40, 0}));
    EXPECT_EQ(c.series[0].pointLabels,
              QStringList({S("pays back in 51 months"), S("pays back at once"), S("no cheaper silicon")}));
    EXPECT_EQ(c.valueTitle, S("Premium per month (USD)"));
    // 400 + 40 = 440.00 a month at the horizon's first month.
    EXPECT_TRUE(c.subtitle.contains(S("at 2026-01 · premium $440.00 per month"))) << c.subtitle.toStdString();
}

TEST(ScarcityCharts, NoPremiumIsAnEmptyStateAndOneMonthIsSingular)
{
    ProjectBuilder b = audited();
    b.lastScenario().placements.clear();
    b.place("batch", "2026-01", {{"b_trn", "100"}}); // only the workload already on the cheaper silicon
    const ChartData c = ScarcityChartBuilder(ChartFrame(b.p, kDate)).siliconAudit(b.evaluate("S"));
    EXPECT_TRUE(c.series.empty());
    EXPECT_TRUE(c.emptyState.startsWith(S("No workload of scenario “S” pays a silicon premium at 2026-01"))) << c.emptyState.toStdString();

    SiliconAuditRow row;
    row.alternativeOffering = S("x");
    row.paybackMonths = 1;
    EXPECT_EQ(ScarcityChartBuilder::paybackLabel(row), S("pays back in 1 month"));
    row.paybackMonths = 7;
    EXPECT_EQ(ScarcityChartBuilder::paybackLabel(row), S("pays back in 7 months"));
    row.paybackMonths.reset();
    EXPECT_EQ(ScarcityChartBuilder::paybackLabel(row), S("no cheaper silicon"));
}

TEST(ScarcityCharts, CatalogNamesAndTheDeckTakesThemWhenTheyShowSomething)
{
    EXPECT_EQ(ChartCatalog::parse(u"capacity"), ChartKind::Capacity);
    EXPECT_EQ(ChartCatalog::parse(u"silicon-audit"), ChartKind::SiliconAudit);
    EXPECT_EQ(ChartCatalog::name(ChartKind::Capacity), S("capacity"));
    EXPECT_EQ(ChartCatalog::name(ChartKind::SiliconAudit), S("silicon-audit"));

    const ProjectBuilder b = audited();
    ChartRequest request;
    request.kind = ChartKind::SiliconAudit;
    request.scenario = S("S");
    EXPECT_EQ(ChartCatalog::build(b.p, request).series.at(0).values.at(0), 400);
    request.kind = ChartKind::Capacity;
    EXPECT_FALSE(ChartCatalog::build(b.p, request).emptyState.isEmpty()); // no capacity anywhere

    // The deck: the four basic charts, then the silicon audit; the capacity chart has nothing to show.
    const EngineResult r = b.evaluate("S");
    EXPECT_EQ(BasicCharts::all(r).size(), 4u);
    const std::vector<ChartData> deck = BasicCharts::all(r, b.p);
    ASSERT_EQ(deck.size(), 5u);
    EXPECT_EQ(deck.back().kind, ChartKind::SiliconAudit);
    const ProjectBuilder short_ = rationed();
    const std::vector<ChartData> both = BasicCharts::all(short_.evaluate("S"), short_.p);
    ASSERT_EQ(both.size(), 5u); // one silicon, so no audit premium; the capacity binds
    EXPECT_EQ(both.back().kind, ChartKind::Capacity);
    // The deck's burn-down runs sideways as on screen.
    EXPECT_TRUE(deck[3].horizontalBars);
}
