// docs/rules.md §12.2 — the commitment sizing chart (`sizing`) on a deterministic
// project computed by hand: without uncertainty ranges every trial is the same,
// so expected = P90 = evaluate's total for each candidate commitment.
#include "../engine/ProjectBuilder.h"
#include "report/ChartCatalog.h"
#include "report/MonthTicks.h"
#include "report/SizingChartBuilder.h"

using namespace hp;
using namespace hptest;

namespace {

const QDate kDate(2026, 11, 30);

/// 1 000 units × 1.00 = 1 000 list a month on cb for 12 months (12 000 a year);
/// one yearly commitment year of 10 000 today; tiers 10 000 → 5 %,
/// 12 345 → 10 %, 15 000 → 20 %. A commitment Y costs spend 12 000 × (1 −
/// discount) plus the shortfall max(0, Y − spend).
ProjectBuilder sized()
{
    ProjectBuilder b;
    b.provider("cb").offering("b1", "cb", "1.00");
    b.workload("w", WorkloadClass::StatelessApi, "1000");
    b.scenario("S", "2026-01", 12).place("w", "2026-01", {{"b1", "100"}});
    b.contract("edp", "cb", "2026-01", "2026-12");
    CommitmentClause c;
    c.yearAmounts = {D("10000")};
    c.tiers = {{D("10000"), D("5")}, {D("12345"), D("10")}, {D("15000"), D("20")}};
    b.lastContract().commitments.push_back(c);
    return b;
}

ChartRequest sizingRequest()
{
    ChartRequest r;
    r.kind = ChartKind::CommitmentSizing;
    r.scenario = S("S");
    r.contract = S("edp");
    r.trials = 3;
    r.seed = 0;
    r.date = kDate;
    return r;
}

} // namespace

TEST(SizingChart, ExpectedAndP90AgainstCommitmentWithTiersAndBestMarked)
{
    const ProjectBuilder b = sized();
    const ChartData c = ChartCatalog::build(b.p, sizingRequest());
    EXPECT_EQ(c.kind, ChartKind::CommitmentSizing);
    EXPECT_TRUE(c.emptyState.isEmpty());
    EXPECT_FALSE(c.categoriesAreMonths);
    // 0, 500, …, 20 000 (41 steps of 5 % of 10 000) and the tier 12 345: 42 candidates.
    ASSERT_EQ(c.categories.size(), 42);
    ASSERT_EQ(c.series.size(), 2u);
    EXPECT_EQ(c.series[0].name, S("Expected total"));
    EXPECT_EQ(c.series[0].style, SeriesStyle::Line);
    EXPECT_EQ(c.series[1].name, S("P90 total"));
    EXPECT_EQ(c.series[1].style, SeriesStyle::DashedLine);
    const std::vector<double> &expected = c.series[0].values;
    ASSERT_EQ(expected.size(), 42u);
    EXPECT_EQ(expected[0], 12000);  // Y = 0: no discount, 12 000
    EXPECT_EQ(expected[19], 12000); // Y = 9 500: below the lowest tier, 0 %
    EXPECT_EQ(expected[20], 11400); // Y = 10 000: 5 % → spend 11 400 ≥ Y
    EXPECT_EQ(expected[22], 11400); // Y = 11 000: still covered by 11 400
    EXPECT_EQ(expected[24], 12000); // Y = 12 000: 11 400 + shortfall 600
    EXPECT_EQ(expected[25], 12345); // Y = 12 345: 10 % → 10 800 + shortfall 1 545
    EXPECT_EQ(expected[31], 15000); // Y = 15 000: 20 % → 9 600 + shortfall 5 400
    EXPECT_EQ(expected[41], 20000); // Y = 20 000: 9 600 + shortfall 10 400
    EXPECT_EQ(c.series[1].values, expected); // no uncertainty: P90 = expected

    // Markers: each tier's min_total (indices 20, 25, 31), then the best: the least
    // expected total 11 400, first reached at the smaller commitment 10 000 (index 20).
    ASSERT_EQ(c.markers.size(), 4u);
    EXPECT_EQ(c.markers[0].category, 20);
    EXPECT_TRUE(c.markers[0].label.startsWith(S("Tier 5 % from "))) << c.markers[0].label.toStdString();
    EXPECT_EQ(c.markers[1].category, 25);
    EXPECT_TRUE(c.markers[1].label.startsWith(S("Tier 10 % from "))) << c.markers[1].label.toStdString();
    EXPECT_EQ(c.markers[2].category, 31);
    EXPECT_TRUE(c.markers[2].label.startsWith(S("Tier 20 % from "))) << c.markers[2].label.toStdString();
    EXPECT_EQ(c.markers[3].category, 20);
    EXPECT_TRUE(c.markers[3].label.startsWith(S("Best: "))) << c.markers[3].label.toStdString();
    EXPECT_TRUE(c.markers[3].label.contains(S("11,400.00"))) << c.markers[3].label.toStdString();
    // The x axis is the commitment in the contract's currency, in one label format.
    EXPECT_EQ(c.categories[0], S("$0"));
    EXPECT_EQ(c.categories[1], S("$0.5K"));
    EXPECT_EQ(c.categories[25], S("$12.3K")); // the tier 12 345, between the steps
    EXPECT_EQ(c.markers[0].label, S("Tier 5 % from $10.0K"));
    EXPECT_EQ(c.markers[3].label, S("Best: $10.0K (expected $11,400.00)"));
    EXPECT_EQ(c.categories[20], S("$10.0K"));
    EXPECT_EQ(c.categories[41], S("$20.0K"));
    EXPECT_TRUE(c.categoryTitle.contains(S("USD")));
    EXPECT_TRUE(c.subtitle.contains(S("commitment clause 1"))) << c.subtitle.toStdString();
    EXPECT_TRUE(c.subtitle.endsWith(S(" · best $10.0K"))) << c.subtitle.toStdString();
    // 42 sizes: every 4th labelled (11 labels) on screen, in decks and workbooks alike.
    EXPECT_EQ(MonthTicks::labelSkip(c), 4);
    EXPECT_EQ(MonthTicks::namedStep(12), 2);
    EXPECT_EQ(MonthTicks::namedStep(11), 1);
}

TEST(SizingChart, TheChartIsTheSizingResultLaidOut)
{
    const ProjectBuilder b = sized();
    SizingRequest request;
    request.scenario = S("S");
    request.contract = S("edp");
    request.trials = 3;
    const SizingResult r = *CommitmentSizing::run(b.p, request);
    const ChartFrame frame(b.p, kDate);
    const ChartData c = SizingChartBuilder(frame).sizing(r, S("S"), S("USD"));
    ASSERT_EQ(c.series[0].values.size(), r.candidates.size());
    for (std::size_t i = 0; i < r.candidates.size(); ++i) {
        EXPECT_EQ(c.series[0].values[i], r.candidates[i].expectedTotal.toDouble()) << i;
        EXPECT_EQ(c.series[1].values[i], r.candidates[i].p90Total.toDouble()) << i;
    }
    EXPECT_EQ(c.markers.back().category, int(r.best));
}

TEST(SizingChart, RefusedClausesThrowTheCommandsReason)
{
    ProjectBuilder b = sized();
    ChartRequest request = sizingRequest();
    request.contract.clear();
    EXPECT_THROW(ChartCatalog::build(b.p, request), EngineError); // no --contract
    request = sizingRequest();
    request.clause = 2;
    EXPECT_THROW(ChartCatalog::build(b.p, request), EngineError); // no clause 2
    b.p.contracts[0].commitments[0].tiers.clear();
    try {
        ChartCatalog::build(b.p, sizingRequest());
        ADD_FAILURE() << "a clause without tiers was sized";
    } catch (const EngineError &e) {
        EXPECT_EQ(e.message(), CommitmentSizing::refusal(b.p, {S("S"), S("edp"), 1, 3, 0, 0}));
        EXPECT_TRUE(e.message().contains(S("nothing to trade")));
    }
}
