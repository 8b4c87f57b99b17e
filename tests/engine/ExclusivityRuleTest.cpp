// docs/rules.md §4.7 — exclusivity violations, contested classes, exposure.
// chat (stateless) earns 1 000/month, agent (stateful) 2 000/month; contract k
// with ca holds an exclusivity over stateless_api.
#include "ProjectBuilder.h"

#include "engine/ExclusivityRule.h"

using namespace hptest;

namespace {
ProjectBuilder base()
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1").provider("cb").offering("b1", "cb", "1");
    b.workload("chat", hp::WorkloadClass::StatelessApi, "1", "1000");
    b.workload("agent", hp::WorkloadClass::StatefulRuntime, "1", "2000");
    b.contract("k", "ca", "2026-01", "2030-12");
    hp::ExclusivityClause ex;
    ex.classes = {hp::WorkloadClass::StatelessApi};
    b.lastContract().exclusivities.push_back(ex);
    b.scenario("S", "2026-01", 3);
    return b;
}
} // namespace

TEST(ExclusivityRule, ShareElsewhereIsAViolationWithRevenueDamages)
{
    auto b = base();
    b.place("chat", "2026-01", {{"a1", "70"}, {"b1", "30"}}).place("agent", "2026-01", {{"b1", "100"}});
    const auto r = b.evaluate("S");
    // 100 % × 1 000 × 30 % = 300 per month; the agent's class is not covered.
    ASSERT_EQ(r.violations.size(), 3u);
    EXPECT_EQ(r.violations[0].workloadId, S("chat"));
    EXPECT_EQ(cents(r.violations[0].grossExposure), "300.00");
    EXPECT_EQ(cents(r.violations[0].expectedExposure), "300.00");
    EXPECT_EQ(cents(r.totals.grossExposure), "900.00");
    // Exposure is never added to the total: 2 units × 1.00 × 3 months.
    EXPECT_EQ(cents(r.totals.total), "6.00");
}

TEST(ExclusivityRule, DefaultDamagesKeepEveryDigitOfRevenueAndShare)
{
    // Damages of 100 % (the default): 100 × 1 000.123456789 × 33.33333333 ÷ 100²
    // = 333.374485562962… → 333.374485563, rounded once; the violation knows
    // its contract and workload by index too.
    auto b = base();
    b.p.workloads[0].monthlyRevenue = D("1000.123456789");
    b.place("chat", "2026-01", {{"a1", "66.66666667"}, {"b1", "33.33333333"}}).place("agent", "2026-01", {{"a1", "100"}});
    const auto r = b.evaluate("S");
    ASSERT_EQ(r.violations.size(), 3u);
    EXPECT_EQ(exact(r.violations[0].grossExposure), "333.374485563");
    EXPECT_EQ(r.violations[0].grossExposure,
              hp::Decimal::percentProduct({D("100"), D("1000.123456789"), D("33.33333333")}, 2));
    EXPECT_EQ(r.violations[0].contractIndex, 0);
    EXPECT_EQ(r.violations[0].workloadIndex, 0);
}

TEST(ExclusivityRule, DamagesPercentScalesTheRevenue)
{
    auto b = base();
    b.lastContract().exclusivities[0].damagesValue = D("50");
    b.place("chat", "2026-01", {{"b1", "100"}});
    EXPECT_EQ(cents(b.evaluate("S").violations[0].grossExposure), "500.00");
}

TEST(ExclusivityRule, FixedDamagesPerMonthAreNotScaled)
{
    auto b = base();
    b.lastContract().exclusivities[0].damagesModel = hp::DamagesModel::FixedPerMonth;
    b.lastContract().exclusivities[0].damagesValue = D("10000");
    b.place("chat", "2026-01", {{"a1", "99"}, {"b1", "1"}});
    const auto r = b.evaluate("S");
    EXPECT_EQ(cents(r.violations[0].grossExposure), "10000.00");
    EXPECT_EQ(cents(r.totals.grossExposure), "30000.00");
}

TEST(ExclusivityRule, ContestedClassIsCoveredWithItsBreachProbability)
{
    auto b = base();
    b.lastContract().classifications.push_back({hp::WorkloadClass::StatefulRuntime, hp::Coverage::Contested, D("35")});
    b.place("chat", "2026-01", {{"a1", "100"}}).place("agent", "2026-01", {{"b1", "100"}});
    const auto r = b.evaluate("S");
    ASSERT_EQ(r.violations.size(), 3u);
    EXPECT_EQ(r.violations[0].workloadId, S("agent"));
    EXPECT_TRUE(r.violations[0].contested);
    EXPECT_EQ(cents(r.violations[0].grossExposure), "2000.00");
    EXPECT_EQ(cents(r.violations[0].expectedExposure), "700.00"); // 35 %
    EXPECT_EQ(cents(r.totals.expectedExposure), "2100.00");
}

TEST(ExclusivityRule, ClassificationNoRemovesAListedClassAndYesAddsOne)
{
    auto b = base();
    b.lastContract().classifications.push_back({hp::WorkloadClass::StatelessApi, hp::Coverage::No, D("0")});
    b.lastContract().classifications.push_back({hp::WorkloadClass::StatefulRuntime, hp::Coverage::Yes, D("0")});
    const auto cov = hp::ExclusivityRule::coverage(b.lastContract(), b.lastContract().exclusivities[0]);
    EXPECT_EQ(cov.count(hp::WorkloadClass::StatelessApi), 0u);
    EXPECT_EQ(cov.at(hp::WorkloadClass::StatefulRuntime), D("100")); // certain: 100 %
    b.place("chat", "2026-01", {{"b1", "100"}}).place("agent", "2026-01", {{"b1", "100"}});
    const auto r = b.evaluate("S");
    ASSERT_EQ(r.violations.size(), 3u);
    EXPECT_EQ(r.violations[0].workloadId, S("agent"));
    EXPECT_FALSE(r.violations[0].contested);
}

TEST(ExclusivityRule, OnlyWhileTheClauseIsInForce)
{
    auto b = base();
    b.lastContract().exclusivities[0].end = M("2026-02");
    b.place("chat", "2026-01", {{"b1", "100"}});
    EXPECT_EQ(b.evaluate("S").violations.size(), 2u);
}

TEST(ExclusivityRule, DualRunNeverViolates)
{
    auto b = base();
    // On cb in January (a violation), back to ca from February with 2 dual-run months on cb.
    b.place("chat", "2026-01", {{"b1", "100"}}).place("chat", "2026-02", {{"a1", "100"}}, 2);
    const auto r = b.evaluate("S");
    ASSERT_EQ(r.violations.size(), 1u);
    EXPECT_EQ(r.violations[0].month, M("2026-01"));
    EXPECT_EQ(cents(r.monthly.dualRun[1]), "1.00"); // dual run is spend on cb, not a violation
}

TEST(ExclusivityRule, ViolationsSortByMonthContractWorkload)
{
    auto b = base();
    b.contract("a-first", "ca", "2026-01", "2030-12");
    hp::ExclusivityClause ex;
    ex.classes = {hp::WorkloadClass::StatelessApi, hp::WorkloadClass::StatefulRuntime};
    b.lastContract().exclusivities.push_back(ex);
    b.place("chat", "2026-01", {{"b1", "100"}}).place("agent", "2026-01", {{"b1", "100"}});
    const auto r = b.evaluate("S");
    ASSERT_EQ(r.violations.size(), 9u); // month × (a-first: agent, chat; k: chat)
    EXPECT_EQ(r.violations[0].contractId, S("a-first"));
    EXPECT_EQ(r.violations[0].workloadId, S("agent"));
    EXPECT_EQ(r.violations[1].workloadId, S("chat"));
    EXPECT_EQ(r.violations[2].contractId, S("k"));
    EXPECT_EQ(r.violations[3].month, M("2026-02"));
}
