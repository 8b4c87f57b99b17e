// docs/rules.md §4.6 — revenue share due, paid under total and calendar-year caps, sunset.
// Base: chat (stateless) earns 1 000/month fully on ca; agent (stateful) earns
// 500/month, 50 % on ca and 50 % on cb. A 20 % rate on all revenue is 300/month.
#include "ProjectBuilder.h"

using namespace hptest;

namespace {
ProjectBuilder base(int months)
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "0").provider("cb").offering("b1", "cb", "0");
    b.workload("chat", hp::WorkloadClass::StatelessApi, "1", "1000");
    b.workload("agent", hp::WorkloadClass::StatefulRuntime, "1", "500");
    b.scenario("S", "2026-01", months)
        .place("chat", "2026-01", {{"a1", "100"}})
        .place("agent", "2026-01", {{"a1", "50"}, {"b1", "50"}});
    b.contract("k", "ca", "2020-01", "2032-12");
    return b;
}

hp::RevenueShareClause share(const char *start, const char *sunset)
{
    hp::RevenueShareClause c;
    c.ratePct = D("20");
    c.start = M(start);
    c.sunset = M(sunset);
    return c;
}
} // namespace

TEST(RevenueShareRule, DueUntilTheSunset)
{
    auto b = base(24);
    b.lastContract().revenueShares.push_back(share("2026-01", "2026-12"));
    const auto r = b.evaluate("S");
    EXPECT_EQ(cents(r.monthly.revenueShare[0]), "300.00");
    EXPECT_EQ(cents(r.monthly.revenueShare[11]), "300.00");
    EXPECT_TRUE(r.monthly.revenueShare[12].isZero());
    EXPECT_EQ(cents(r.totals.revenueShareDue), "3600.00");
    EXPECT_EQ(cents(r.totals.revenueSharePaid), "3600.00");
    EXPECT_TRUE(r.totals.capSaving.isZero());
    EXPECT_EQ(cents(r.totals.total), "3600.00"); // paid share is a cost
}

TEST(RevenueShareRule, TotalCapLimitsPaymentsAndReportsTheSaving)
{
    auto b = base(12);
    auto c = share("2026-01", "2026-12");
    c.capTotal = D("1000");
    b.lastContract().revenueShares.push_back(c);
    const auto r = b.evaluate("S");
    // 300, 300, 300, then 100 (cap reached), then 0.
    EXPECT_EQ(cents(r.monthly.revenueShare[2]), "300.00");
    EXPECT_EQ(cents(r.monthly.revenueShare[3]), "100.00");
    EXPECT_TRUE(r.monthly.revenueShare[4].isZero());
    EXPECT_EQ(cents(r.totals.revenueSharePaid), "1000.00");
    EXPECT_EQ(cents(r.totals.capSaving), "2600.00"); // 3 600 due − 1 000 paid
    ASSERT_EQ(r.revenueShares.size(), 1u);
    EXPECT_EQ(cents(r.revenueShares[0].due[5]), "300.00");
}

TEST(RevenueShareRule, CalendarYearCapResetsEachJanuary)
{
    auto b = base(24);
    auto c = share("2026-01", "2027-12");
    c.capPerYear = D("2000");
    b.lastContract().revenueShares.push_back(c);
    const auto r = b.evaluate("S");
    // Each year: 6 × 300 = 1 800, July pays 200, then nothing until January.
    EXPECT_EQ(cents(r.monthly.revenueShare[6]), "200.00");
    EXPECT_TRUE(r.monthly.revenueShare[7].isZero());
    EXPECT_EQ(cents(r.monthly.revenueShare[12]), "300.00");
    EXPECT_EQ(cents(r.totals.revenueSharePaid), "4000.00");
    EXPECT_EQ(cents(r.totals.revenueShareDue), "7200.00");
}

TEST(RevenueShareRule, OnCounterpartyScalesRevenueByTheShareOnItsOfferings)
{
    auto b = base(1);
    auto c = share("2026-01", "2026-12");
    c.scope = hp::PlacementScope::OnCounterparty;
    b.lastContract().revenueShares.push_back(c);
    // 20 % × (1 000 × 100 % + 500 × 50 %) = 250
    EXPECT_EQ(cents(b.evaluate("S").monthly.revenueShare[0]), "250.00");
}

TEST(RevenueShareRule, BaseClassesRestrictTheRevenue)
{
    auto b = base(1);
    auto c = share("2026-01", "2026-12");
    c.baseClasses = {hp::WorkloadClass::StatefulRuntime};
    b.lastContract().revenueShares.push_back(c);
    EXPECT_EQ(cents(b.evaluate("S").monthly.revenueShare[0]), "100.00"); // 20 % × 500
}

TEST(RevenueShareRule, NothingDueBeforeTheStart)
{
    auto b = base(6);
    b.lastContract().revenueShares.push_back(share("2026-04", "2030-12"));
    const auto r = b.evaluate("S");
    EXPECT_TRUE(r.monthly.revenueShare[2].isZero());
    EXPECT_EQ(cents(r.monthly.revenueShare[3]), "300.00");
}

TEST(RevenueShareRule, DualRunEarnsNoRevenueShare)
{
    // agent moves fully to cb in 2026-02 with 2 dual-run months on ca: the
    // on_counterparty base counts the placement only (0 % on ca), not dual run.
    auto b = base(3);
    b.lastScenario().placements.push_back({S("agent"), M("2026-02"), {{S("b1"), D("100")}}, 2});
    auto c = share("2026-01", "2026-12");
    c.scope = hp::PlacementScope::OnCounterparty;
    c.baseClasses = {hp::WorkloadClass::StatefulRuntime};
    b.lastContract().revenueShares.push_back(c);
    const auto r = b.evaluate("S");
    EXPECT_EQ(cents(r.monthly.revenueShare[0]), "50.00"); // 20 % × 500 × 50 %
    EXPECT_TRUE(r.monthly.revenueShare[1].isZero());
}
