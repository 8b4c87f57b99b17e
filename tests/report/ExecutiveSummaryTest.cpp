// The executive overview's summary (docs/gui.md "Overview"): ranks, the
// cheapest, the gap to it, horizon averages, the worst shortfall, the payback
// sentence and the chart, on a hand-made project whose figures are worked out
// below.
#include "../engine/ProjectBuilder.h"
#include "engine/ScenarioEngine.h"
#include "report/ExecutiveSummary.h"

using namespace hp;
using namespace hptest;

namespace {

/// w1: 100 units a month for 12 months (2026). oa on provider a at 3.00, ob on b at 2.00.
/// Contract cb on b commits 2,000 for 2026 (no discount), charged at the year end.
///  Stay:  100 % oa  → 300 × 12 = 3,600 + shortfall 2,000 (nothing drawn on b)  = 5,600; HHI 10,000; single-homed 1
///  Split: 50/50     → (150 + 100) × 12 = 3,000 + shortfall 2,000 − 1,200 = 800 = 3,800; spend 60/40: HHI 60² + 40² = 5,200; single-homed 0
///  Cheap: 100 % ob  → 200 × 12 = 2,400, drawn 2,400 ≥ 2,000: no shortfall     = 2,400; HHI 10,000; single-homed 1
Project threePlans()
{
    ProjectBuilder b;
    b.provider("a").provider("b");
    b.offering("oa", "a", "3.00").offering("ob", "b", "2.00");
    b.workload("w1", WorkloadClass::StatelessApi, "100");
    b.contract("cb", "b", "2026-01", "2026-12");
    CommitmentClause commit;
    commit.yearAmounts = {D("2000")};
    b.lastContract().commitments.push_back(commit);
    b.scenario("Stay", "2026-01", 12).place("w1", "2026-01", {{"oa", "100"}});
    b.lastScenario().discountRatePct = D("0");
    b.scenario("Split", "", 0, "Stay").place("w1", "2026-01", {{"oa", "50"}, {"ob", "50"}});
    b.scenario("Cheap", "", 0, "Stay").place("w1", "2026-01", {{"ob", "100"}});
    return b.p;
}

} // namespace

TEST(ExecutiveSummary, RanksByTotalMarksTheCheapestAndGivesEachCardItsFigures)
{
    const Project p = threePlans();
    const ScenarioEngine engine(p);
    const EngineResult stay = engine.evaluate(S("Stay")), split = engine.evaluate(S("Split")), cheap = engine.evaluate(S("Cheap"));
    const ExecutiveSummary s = ExecutiveSummary::build({{S("Stay"), &stay, {}}, {S("Split"), &split, {}}, {S("Cheap"), &cheap, {}},
                                                        {S("Broken"), nullptr, S("unknown offering 'ox'")}},
                                                       S("USD"));
    EXPECT_EQ(s.baseline, S("Stay"));
    ASSERT_EQ(s.cards.size(), 4u);
    EXPECT_EQ(s.cards[0].scenario, S("Cheap"));
    EXPECT_EQ(s.cards[1].scenario, S("Split"));
    EXPECT_EQ(s.cards[2].scenario, S("Stay"));
    EXPECT_EQ(s.cards[3].scenario, S("Broken")); // cannot be evaluated: last, no rank
    EXPECT_EQ(s.cards[3].rank, 0);
    EXPECT_EQ(s.cards[3].error, S("unknown offering 'ox'"));

    EXPECT_EQ(s.cards[0].rank, 1);
    EXPECT_TRUE(s.cards[0].cheapest);
    EXPECT_FALSE(s.cards[1].cheapest);
    EXPECT_EQ(s.cards[0].total.toCents(), S("2400.00"));
    EXPECT_EQ(s.cards[1].total.toCents(), S("3800.00"));
    EXPECT_EQ(s.cards[2].total.toCents(), S("5600.00"));
    EXPECT_EQ(s.cards[0].aboveCheapest.toCents(), S("0.00"));
    EXPECT_EQ(s.cards[1].aboveCheapest.toCents(), S("1400.00"));
    EXPECT_EQ(s.cards[2].aboveCheapest.toCents(), S("3200.00"));

    EXPECT_EQ(s.cards[1].hhi, D("5200"));
    EXPECT_EQ(s.cards[2].hhi, D("10000"));
    EXPECT_EQ(s.cards[1].singleHomedShare, D("0"));
    EXPECT_EQ(s.cards[0].singleHomedShare, D("1"));
    EXPECT_TRUE(s.cards[0].worstShortfall.isZero());
    EXPECT_EQ(s.cards[1].worstShortfall.toCents(), S("800.00"));
    EXPECT_EQ(s.cards[2].worstShortfall.toCents(), S("2000.00"));
    EXPECT_EQ(s.cards[2].worstShortfallContract, S("cb"));

    // Against the baseline (the first scenario): cheaper in every month from the start.
    EXPECT_EQ(s.cards[0].payback, S("Cheap costs less than Stay in every month from the horizon start (2026-01)"));
    EXPECT_TRUE(s.cards[2].payback.isEmpty());
    EXPECT_EQ(s.headline, S("Cheap is the cheapest plan: $2.4K, $3.2K below Stay."));

    // The chart: the evaluable scenarios cheapest first; bar height = risk-adjusted total.
    EXPECT_EQ(s.chart.categories, (QStringList{S("Cheap"), S("Split"), S("Stay")}));
    ASSERT_EQ(s.chart.series.size(), 3u);
    EXPECT_EQ(s.chart.series[0].values, (std::vector<double>{2400, 3800, 5600}));
    EXPECT_EQ(s.chart.series[1].values, (std::vector<double>{0, 0, 0}));
    EXPECT_FALSE(s.chart.categoriesAreMonths);
}

TEST(ExecutiveSummary, EqualTotalsShareARankAndAverageIsExact)
{
    const Project p = threePlans();
    const ScenarioEngine engine(p);
    const EngineResult cheap = engine.evaluate(S("Cheap"));
    EngineResult twin = cheap;
    twin.scenario = S("Twin");
    const ExecutiveSummary s = ExecutiveSummary::build({{S("Cheap"), &cheap, {}}, {S("Twin"), &twin, {}}}, S("USD"));
    EXPECT_EQ(s.cards[0].rank, 1);
    EXPECT_EQ(s.cards[1].rank, 1);
    EXPECT_TRUE(s.cards[1].cheapest);
    EXPECT_EQ(s.cards[1].payback, S("Neither Cheap nor Twin pays back against the other within the horizon"));

    EXPECT_EQ(ExecutiveSummary::average({D("1"), D("1"), D("2")}), D("1.333333333")); // 4/3, half-even at 1e-9
    EXPECT_EQ(ExecutiveSummary::average({}), D("0"));
    EXPECT_TRUE(ExecutiveSummary::build({}, S("USD")).cards.empty());
}

TEST(ExecutiveSummary, NamesTheLowestRiskAdjustedPlanWhenItIsNotTheCheapest)
{
    const Project p = threePlans();
    const ScenarioEngine engine(p);
    EngineResult cheap = engine.evaluate(S("Cheap"));
    EngineResult split = engine.evaluate(S("Split"));
    // An exposure of 2,000 on Cheap: 2,400 + 2,000 = 4,400 risk-adjusted, above Split's 3,800.
    cheap.totals.expectedExposure = D("2000");
    cheap.totals.riskAdjustedTotal = D("4400");
    const ExecutiveSummary s = ExecutiveSummary::build({{S("Split"), &split, {}}, {S("Cheap"), &cheap, {}}}, S("USD"));
    EXPECT_EQ(s.headline, S("Cheap is the cheapest plan: $2.4K, $1.4K below Split. "
                            "With exposure and revenue at risk, Split is lowest: $3.8K risk-adjusted."));
}
