// docs/rules.md §4.8 — egress (graduated tiers, waiver), re-engineering on a silicon
// change, dual run. Workload w: 1 000 units, 100 GB stored, 10 person-months at
// 20 000. ca tiers: first 10 GB at 0.10, up to 50 GB at 0.05, then 0.02.
#include "ProjectBuilder.h"

#include "engine/EgressPricing.h"

using namespace hptest;

namespace {
ProjectBuilder base(int dualRun = 2, const char *target = "b1")
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1.00", "H200");
    b.lastProvider().egressTiers = {{D("10"), D("0.10")}, {D("50"), D("0.05")}, {std::nullopt, D("0.02")}};
    b.provider("cb").offering("b1", "cb", "0.60", "Trainium2").offering("b2", "cb", "0.80", " h200 ");
    b.workload("w", hp::WorkloadClass::StatefulRuntime, "1000");
    b.lastWorkload().storedGb = D("100");
    b.lastWorkload().reengineeringPersonMonths = D("10");
    b.lastWorkload().costPerPersonMonth = D("20000");
    b.scenario("S", "2026-01", 6)
        .place("w", "2026-01", {{"a1", "100"}})
        .place("w", "2026-03", {{target, "100"}}, dualRun);
    return b;
}
} // namespace

TEST(EgressPricing, GraduatedOverTheTiers)
{
    const std::vector<hp::EgressTier> tiers{{D("10"), D("0.10")}, {D("50"), D("0.05")}, {std::nullopt, D("0.02")}};
    // 10 × 0.10 + 40 × 0.05 + 50 × 0.02 = 1 + 2 + 1
    EXPECT_EQ(hp::EgressPricing::cost(tiers, D("100")), D("4"));
    EXPECT_EQ(hp::EgressPricing::cost(tiers, D("5")), D("0.5"));
    EXPECT_EQ(hp::EgressPricing::cost({}, D("100")), D("0"));
    // Past the last bounded band its price continues: 1 + 2 + 50 × 0.05.
    const std::vector<hp::EgressTier> bounded{{D("10"), D("0.10")}, {D("50"), D("0.05")}};
    EXPECT_EQ(hp::EgressPricing::cost(bounded, D("100")), D("5.5"));
}

TEST(SwitchingRule, FullMoveChargesEgressReengineeringAndDualRun)
{
    const auto r = base().evaluate("S");
    EXPECT_EQ(cents(r.monthly.egress[2]), "4.00");
    EXPECT_EQ(cents(r.monthly.reengineering[2]), "200000.00"); // 10 × 20 000 × 100 % new silicon
    // Dual run in March and April: 1 000 × 100 % × 1.00 on the old offering.
    EXPECT_EQ(cents(r.monthly.dualRun[2]), "1000.00");
    EXPECT_EQ(cents(r.monthly.dualRun[3]), "1000.00");
    EXPECT_TRUE(r.monthly.dualRun[4].isZero());
    EXPECT_EQ(cents(r.monthly.spend[2]), "1600.00"); // 600 on b1 + 1 000 dual run
    EXPECT_EQ(cents(r.monthly.switching[2]), "201004.00");
    EXPECT_EQ(cents(r.monthly.total[2]), "201604.00"); // dual run counted once, inside spend
    // spend 1 000 + 1 000 + 1 600 + 1 600 + 600 + 600 = 6 400
    EXPECT_EQ(cents(r.totals.spend), "6400.00");
    EXPECT_EQ(cents(r.totals.switching), "202004.00");
    EXPECT_EQ(cents(r.totals.total), "206404.00");
    ASSERT_EQ(r.switches.size(), 1u);
    EXPECT_EQ(cents(r.switches[0].dualRun), "2000.00");
    EXPECT_EQ(cents(r.switches[0].egress), "4.00");
    EXPECT_EQ(cents(providerOf(r, "ca").spend), "4000.00");
}

TEST(SwitchingRule, SameSiliconNeedsNoReengineering)
{
    // b2's silicon " h200 " matches "H200" once trimmed and case-folded.
    const auto r = base(0, "b2").evaluate("S");
    EXPECT_TRUE(r.totals.reengineering.isZero());
    EXPECT_EQ(cents(r.totals.egress), "4.00");
    EXPECT_TRUE(r.totals.dualRun.isZero());
}

TEST(SwitchingRule, PartialMoveChargesTheMovedShare)
{
    auto b = base(0);
    b.lastScenario().placements[1].allocations = {{S("a1"), D("60")}, {S("b1"), D("40")}};
    const auto r = b.evaluate("S");
    // 40 GB leave ca: 10 × 0.10 + 30 × 0.05 = 2.50; re-engineering 200 000 × 40 %.
    EXPECT_EQ(cents(r.totals.egress), "2.50");
    EXPECT_EQ(cents(r.totals.reengineering), "80000.00");
}

TEST(SwitchingRule, WaivedExitEgressIsFree)
{
    auto b = base();
    b.p.providers[0].exitEgressWaived = true;
    EXPECT_TRUE(b.evaluate("S").totals.egress.isZero());

    auto c = base();
    c.contract("k", "ca", "2026-01", "2026-12");
    c.lastContract().datedClauses.push_back({S("egress_terms"), S("exit waiver"), std::nullopt, std::nullopt, true});
    EXPECT_TRUE(c.evaluate("S").totals.egress.isZero());
}

TEST(SwitchingRule, EgressOfSeveralWorkloadsIsGraduatedOnTheMonthsTotal)
{
    auto b = base(0);
    b.workload("w2", hp::WorkloadClass::StatefulRuntime, "0");
    b.lastWorkload().storedGb = D("100");
    b.place("w2", "2026-01", {{"a1", "100"}}).place("w2", "2026-03", {{"b1", "100"}});
    const auto r = b.evaluate("S");
    // 200 GB in March: 1 + 2 + 150 × 0.02 = 6 (two separate moves would cost 8).
    EXPECT_EQ(cents(r.monthly.egress[2]), "6.00");
    ASSERT_EQ(r.switches.size(), 2u);
    EXPECT_EQ(cents(r.switches[0].egress), "3.00");
}

TEST(SwitchingRule, FirstPlacementIsNotAChange)
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1.00", "H200");
    b.lastProvider().egressTiers = {{std::nullopt, D("0.10")}};
    b.workload("w", hp::WorkloadClass::Training, "1");
    b.lastWorkload().storedGb = D("100");
    b.lastWorkload().reengineeringPersonMonths = D("1");
    b.lastWorkload().costPerPersonMonth = D("1");
    b.scenario("S", "2026-01", 3).place("w", "2026-02", {{"a1", "100"}});
    const auto r = b.evaluate("S");
    EXPECT_TRUE(r.totals.switching.isZero());
    EXPECT_TRUE(r.switches.empty());
}

TEST(SwitchingRule, DualRunIsDiscountedAndDrawsDownLikeOtherSpend)
{
    auto b = base();
    b.contract("edp", "ca", "2026-01", "2026-12");
    hp::CommitmentClause c;
    c.yearAmounts = {D("0")};
    c.discountPct = D("10");
    b.lastContract().commitments.push_back(c);
    const auto r = b.evaluate("S");
    EXPECT_EQ(cents(r.monthly.dualRun[2]), "900.00");
    EXPECT_EQ(cents(providerOf(r, "ca").commitments[0].drawn), "3600.00"); // 900 × 4
}

TEST(SwitchingRule, DualRunProRataShareIsNotRoundedFirst)
{
    // 1e9 units on a1 (ca, 1.00) 30 %, a2 (ca, 3.00) 40 %, b1 (cb) 30 %; from
    // 2026-02 a1 50 %, b1 50 % with one dual-run month. ca leaves 70 − 50 = 20
    // points, pro rata to a1 30 / a2 40:
    //   a1: 1e9 × 20 × 30 ÷ 70 ÷ 100 × 1.00 =  85 714 285.714285714
    //   a2: 1e9 × 20 × 40 ÷ 70 ÷ 100 × 3.00 = 342 857 142.857142857
    //   dual run = 428 571 428.571428571 → 428 571 428.57.
    // Rounding the shares first (0.085714286, 0.114285714) gave 428 571 428.00.
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1").offering("a2", "ca", "3").provider("cb").offering("b1", "cb", "1");
    b.workload("w", hp::WorkloadClass::Training, "1000000000");
    b.scenario("S", "2026-01", 3)
        .place("w", "2026-01", {{"a1", "30"}, {"a2", "40"}, {"b1", "30"}})
        .place("w", "2026-02", {{"a1", "50"}, {"b1", "50"}}, 1);
    const auto r = b.evaluate("S");
    EXPECT_EQ(exact(r.monthly.dualRun[1]), "428571428.571428571");
    EXPECT_EQ(cents(r.totals.dualRun), "428571428.57");
}
