// docs/rules.md §5.5 — goal seek on cases with known answers.
#include "ProjectBuilder.h"

#include "analysis/GoalSeek.h"

using namespace hptest;

namespace {
/// 1 000 units at 1.00 on ca; cb offers 1.00 too with a commitment of 4 800
/// for one year (no discount): 40 % moved draws exactly 4 800.
ProjectBuilder base()
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1.00").provider("cb").offering("b1", "cb", "1.00");
    b.workload("w", hp::WorkloadClass::StatelessApi, "1000", "1000");
    b.contract("edp", "cb", "2026-01", "2026-12");
    b.lastContract().commitments.push_back({std::nullopt, {D("4800")}, D("0"), hp::allWorkloadClasses(), D("0"), hp::TrueUp::Yearly, {}});
    b.scenario("S", "2026-01", 12).place("w", "2026-01", {{"a1", "100"}});
    return b;
}
} // namespace

TEST(GoalSeek, SmallestShareThatAvoidsShortfall)
{
    const auto b = base();
    const auto r = hp::GoalSeek::smallestShareWithoutShortfall(b.p, {S("S"), S("w"), M("2026-01"), S("b1")}, S("edp"));
    ASSERT_TRUE(r.reachable) << r.message.toStdString();
    // 12 × 1 000 × s ≥ 4 800 ⇔ s ≥ 40 %; within 0.1 point.
    EXPECT_GE(r.sharePct, D("40"));
    EXPECT_LE(r.sharePct, D("40.1"));
}

TEST(GoalSeek, NotReachableWhenEvenEverythingFallsShort)
{
    auto b = base();
    b.p.contracts[0].commitments[0].yearAmounts = {D("20000")};
    const auto r = hp::GoalSeek::smallestShareWithoutShortfall(b.p, {S("S"), S("w"), M("2026-01"), S("b1")}, S("edp"));
    EXPECT_FALSE(r.reachable);
    EXPECT_TRUE(r.message.contains(S("not reachable")));
}

TEST(GoalSeek, LargestShareOutsideTheBeneficiaryUnderAnExposureLimit)
{
    auto b = base();
    b.contract("excl", "ca", "2026-01", "2030-12");
    hp::ExclusivityClause ex;
    ex.classes = {hp::WorkloadClass::StatelessApi};
    b.lastContract().exclusivities.push_back(ex);
    // Exposure = 100 % × 1 000 × s a month × 12 months; a limit of 3 000 allows s = 25 %.
    const auto r = hp::GoalSeek::largestShareUnderExposure(b.p, {S("S"), S("w"), M("2026-01"), S("b1")}, D("3000"));
    ASSERT_TRUE(r.reachable);
    EXPECT_GE(r.sharePct, D("24.9"));
    EXPECT_LE(r.sharePct, D("25"));
}

TEST(GoalSeek, MovingAShareRescalesTheTimelineFromTheMonthOn)
{
    auto b = base();
    b.place("w", "2026-06", {{"a1", "50"}, {"b1", "50"}});
    const hp::Project moved = hp::GoalSeek::withShareMoved(b.p, {S("S"), S("w"), M("2026-03"), S("b1")}, D("20"));
    const auto &placements = moved.scenario(S("S"))->placements;
    ASSERT_EQ(placements.size(), 3u); // 2026-01 unchanged, 2026-03 inserted, 2026-06 rescaled
    EXPECT_EQ(placements[1].from, M("2026-06"));
    // 2026-06: a1 50 × 0.8 = 40, b1 50 × 0.8 + 20 = 60.
    EXPECT_EQ(placements[1].allocations[0].sharePct, D("40"));
    EXPECT_EQ(placements[1].allocations[1].sharePct, D("60"));
    EXPECT_EQ(placements[2].from, M("2026-03"));
    EXPECT_EQ(placements[2].allocations[1].sharePct, D("20"));
}
