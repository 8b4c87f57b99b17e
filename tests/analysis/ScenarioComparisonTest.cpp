// DOMAIN.md §5.2–5.3 — compare two scenarios, find the break-even month.
#include "ProjectBuilder.h"

#include "engine/ScenarioComparison.h"

using namespace hptest;

namespace {
/// A: 1 000 units at 1.00 on ca. B: moves to cb (0.50) from 2026-02 with a
/// re-engineering lump of 1 200 in that month.
ProjectBuilder twoScenarios()
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1.00", "H200").provider("cb").offering("b1", "cb", "0.50", "Trainium2");
    b.workload("w", hp::WorkloadClass::BatchInference, "1000");
    b.lastWorkload().reengineeringPersonMonths = D("1");
    b.lastWorkload().costPerPersonMonth = D("1200");
    b.scenario("A", "2026-01", 6).place("w", "2026-01", {{"a1", "100"}});
    b.scenario("B", "2026-01", 6).place("w", "2026-01", {{"a1", "100"}}).place("w", "2026-02", {{"b1", "100"}});
    return b;
}
} // namespace

TEST(ScenarioComparison, MonthlyDeltasAndBreakEven)
{
    const auto b = twoScenarios();
    const auto c = hp::ScenarioComparison::compare(b.evaluate("A"), b.evaluate("B"));
    ASSERT_EQ(c.months.size(), 6u);
    // A: 1 000 a month. B: 1 000, then 500 + 1 200 = 1 700, then 500 a month.
    EXPECT_EQ(cents(c.b.total[1]), "1700.00");
    EXPECT_EQ(cents(c.delta.total[1]), "700.00");
    EXPECT_EQ(cents(c.delta.total[2]), "-500.00");
    // Cumulative A: 1000, 2000, 3000, 4000; B: 1000, 2700, 3200, 3700 → B < A first in month 4.
    ASSERT_TRUE(c.breakEven);
    EXPECT_EQ(*c.breakEven, M("2026-04"));
    EXPECT_EQ(cents(c.totalsDelta.total), "-1300.00"); // 6 000 vs 1 000 + 1 700 + 4 × 500 = 4 700
    EXPECT_EQ(cents(c.totalsDelta.reengineering), "1200.00");
}

TEST(ScenarioComparison, NeverBreaksEvenWhenBNeverGetsCheaper)
{
    auto b = twoScenarios();
    b.scenario("C", "2026-01", 6).place("w", "2026-01", {{"a1", "100"}});
    const auto a = b.evaluate("A");
    // Equal costs never fall *below* (strictly): no break-even within the horizon.
    EXPECT_FALSE(hp::ScenarioComparison::compare(a, b.evaluate("C")).breakEven.has_value());
    // B against A over only its first two months: B is still dearer (2 700 vs 2 000).
    b.p.scenario(S("A"))->months = 2;
    b.p.scenario(S("B"))->months = 2;
    EXPECT_FALSE(hp::ScenarioComparison::compare(b.evaluate("A"), b.evaluate("B")).breakEven.has_value());
}

TEST(ScenarioComparison, DifferentHorizonsAlignByCalendarMonth)
{
    auto b = twoScenarios();
    b.p.scenario(S("B"))->start = M("2026-03");
    b.p.scenario(S("B"))->months = 2;
    const auto c = hp::ScenarioComparison::compare(b.evaluate("A"), b.evaluate("B"));
    ASSERT_EQ(c.months.size(), 6u);
    EXPECT_TRUE(c.b.total[0].isZero()); // before B's horizon
    EXPECT_EQ(cents(c.b.total[2]), "500.00");
    EXPECT_TRUE(c.b.total[5].isZero()); // after it
}
