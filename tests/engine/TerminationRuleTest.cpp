// docs/rules.md §4.8 — early termination fee: once, in the first month the provider
// holds no placement share, if that month is within the contract's term.
#include "ProjectBuilder.h"

using namespace hptest;

namespace {
ProjectBuilder base(const char *contractEnd = "2030-12")
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1").provider("cb").offering("b1", "cb", "1");
    b.workload("w", hp::WorkloadClass::Training, "1");
    b.workload("v", hp::WorkloadClass::Training, "1");
    b.contract("k", "ca", "2025-01", contractEnd);
    b.lastContract().terminationFee = D("5000");
    b.scenario("S", "2026-01", 6);
    return b;
}
} // namespace

TEST(TerminationRule, ChargedWhenTheLastShareLeaves)
{
    auto b = base();
    b.place("w", "2026-01", {{"a1", "100"}}).place("w", "2026-04", {{"b1", "100"}}, 2);
    const auto r = b.evaluate("S");
    EXPECT_EQ(cents(r.monthly.termination[3]), "5000.00"); // dual run does not delay it
    EXPECT_EQ(cents(r.totals.termination), "5000.00");
    EXPECT_EQ(cents(r.totals.switching), "5002.00"); // + 2 dual-run months × 1.00
    ASSERT_EQ(r.terminations.size(), 1u);
    EXPECT_EQ(r.terminations[0].month, M("2026-04"));
}

TEST(TerminationRule, WaitsForEveryWorkloadToLeave)
{
    auto b = base();
    b.place("w", "2026-01", {{"a1", "100"}}).place("w", "2026-03", {{"b1", "100"}});
    b.place("v", "2026-01", {{"a1", "100"}}).place("v", "2026-05", {{"b1", "100"}});
    const auto r = b.evaluate("S");
    EXPECT_TRUE(r.monthly.termination[2].isZero());
    EXPECT_EQ(cents(r.monthly.termination[4]), "5000.00");
    EXPECT_EQ(cents(r.totals.termination), "5000.00");
}

TEST(TerminationRule, NotChargedAfterTheContractEnds)
{
    auto b = base("2026-02");
    b.place("w", "2026-01", {{"a1", "100"}}).place("w", "2026-04", {{"b1", "100"}});
    EXPECT_TRUE(b.evaluate("S").totals.termination.isZero());
}

TEST(TerminationRule, NotChargedForAProviderNeverUsed)
{
    auto b = base();
    b.place("w", "2026-01", {{"b1", "100"}});
    EXPECT_TRUE(b.evaluate("S").totals.termination.isZero());
}

TEST(TerminationRule, LeavingAtTheHorizonStartCounts)
{
    auto b = base();
    b.place("w", "2025-06", {{"a1", "100"}}).place("w", "2026-01", {{"b1", "100"}});
    const auto r = b.evaluate("S");
    EXPECT_EQ(cents(r.monthly.termination[0]), "5000.00");
}

namespace {
/// Contract k with ca runs 2026-04 … 2026-12 with a fee of 5 000; horizon 2026-01 … 12.
ProjectBuilder aprilToDecember()
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1").provider("cb").offering("b1", "cb", "1");
    b.workload("w", hp::WorkloadClass::Training, "1");
    b.contract("k", "ca", "2026-04", "2026-12");
    b.lastContract().terminationFee = D("5000");
    b.scenario("S", "2026-01", 12);
    return b;
}
} // namespace

TEST(TerminationRule, LeavingBeforeTheTermDoesNotUseTheFeeUp)
{
    // Issue 15: 01 → ca, 02 → cb (ca left before the term: nothing), 05 → ca,
    // 06 → cb: ca holds no share in 06, inside the term, after holding some in
    // 05 → 5 000 in 2026-06. (Only the first leave used to count: 02 lies
    // outside the term, so nothing was charged.)
    auto b = aprilToDecember();
    b.place("w", "2026-01", {{"a1", "100"}}).place("w", "2026-02", {{"b1", "100"}});
    b.place("w", "2026-05", {{"a1", "100"}}).place("w", "2026-06", {{"b1", "100"}});
    const auto r = b.evaluate("S");
    EXPECT_EQ(cents(r.totals.termination), "5000.00");
    EXPECT_EQ(cents(r.monthly.termination[5]), "5000.00");
    ASSERT_EQ(r.terminations.size(), 1u);
    EXPECT_EQ(r.terminations[0].month, M("2026-06"));

    // docs/rules.md §4.8's own example: 02 → cb, 05 → ca, 06 → cb. ca is unused
    // until 05 (no fee in 04 for a provider not yet used, though 04 lies in
    // the term) and left in 06 → 5 000 in 2026-06.
    auto c = aprilToDecember();
    c.place("w", "2026-02", {{"b1", "100"}}).place("w", "2026-05", {{"a1", "100"}}).place("w", "2026-06", {{"b1", "100"}});
    const auto rc = c.evaluate("S");
    ASSERT_EQ(rc.terminations.size(), 1u);
    EXPECT_EQ(rc.terminations[0].month, M("2026-06"));
    EXPECT_EQ(cents(rc.totals.termination), "5000.00");
}
