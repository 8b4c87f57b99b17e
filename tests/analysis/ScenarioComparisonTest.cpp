// docs/rules.md §5.2–5.3 — compare two scenarios, find the break-even month.
#include "ProjectBuilder.h"

#include "engine/ScenarioComparison.h"
#include "canonical/DemoPortfolio.h"

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
    ASSERT_TRUE(c.breakEven());
    EXPECT_EQ(*c.breakEven(), M("2026-04"));
    EXPECT_EQ(c.paysBack, hp::ScenarioComparison::Payback::B);
    EXPECT_EQ(c.paybackSentence(), S("B pays back against A in 2026-04"));
    EXPECT_EQ(cents(c.totalsDelta.total), "-1300.00"); // 6 000 vs 1 000 + 1 700 + 4 × 500 = 4 700
    EXPECT_EQ(cents(c.totalsDelta.reengineering), "1200.00");
}

TEST(ScenarioComparison, NeverBreaksEvenWhenBNeverGetsCheaper)
{
    auto b = twoScenarios();
    b.scenario("C", "2026-01", 6).place("w", "2026-01", {{"a1", "100"}});
    const auto a = b.evaluate("A");
    // Equal costs never fall *below* (strictly): no break-even within the horizon.
    const auto equal = hp::ScenarioComparison::compare(a, b.evaluate("C"));
    EXPECT_FALSE(equal.breakEven().has_value());
    EXPECT_EQ(equal.paysBack, hp::ScenarioComparison::Payback::Neither);
    EXPECT_EQ(equal.paybackSentence(), S("Neither A nor C pays back against the other within the horizon"));
    // B against A over only its first two months: B is still dearer (2 700 vs 2 000).
    b.p.scenario(S("A"))->months = 2;
    b.p.scenario(S("B"))->months = 2;
    const auto shortRun = hp::ScenarioComparison::compare(b.evaluate("A"), b.evaluate("B"));
    EXPECT_FALSE(shortRun.breakEven().has_value());
    // A is the one below at the end: level in January, strictly below from February.
    EXPECT_EQ(shortRun.paysBack, hp::ScenarioComparison::Payback::A);
    EXPECT_EQ(shortRun.paysBackMonth, M("2026-02"));
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

namespace {
/// A: 1 000 a month on a1. B on the same provider and silicon (no switching
/// cost): 500, 1 000, 2 000, then 1 000 a month. Cumulative A: 1 000, 2 000,
/// 3 000, 4 000, 5 000, 6 000; B: 500, 1 500, 3 500, 4 500, 5 500, 6 500 —
/// B dips below A in January and February only.
ProjectBuilder temporaryDip()
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1.00").offering("half", "ca", "0.50").offering("double", "ca", "2.00");
    b.workload("w", hp::WorkloadClass::BatchInference, "1000");
    b.scenario("A", "2026-01", 6).place("w", "2026-01", {{"a1", "100"}});
    b.scenario("B", "2026-01", 6)
        .place("w", "2026-01", {{"half", "100"}})
        .place("w", "2026-02", {{"a1", "100"}})
        .place("w", "2026-03", {{"double", "100"}})
        .place("w", "2026-04", {{"a1", "100"}});
    return b;
}
} // namespace

TEST(ScenarioComparison, ADipThatDoesNotLastIsNoBreakEven)
{
    // B's cumulative cost is below A's in 2026-01 and 02 but not at the end:
    // no break-even of B (the first-month rule said 2026-01). A stays below B
    // from 2026-03 (3 000 < 3 500) to the end, so A pays back against B.
    const auto b = temporaryDip();
    const auto c = hp::ScenarioComparison::compare(b.evaluate("A"), b.evaluate("B"));
    EXPECT_FALSE(c.breakEven().has_value());
    EXPECT_EQ(c.paysBack, hp::ScenarioComparison::Payback::A);
    EXPECT_EQ(c.paysBackMonth, M("2026-03"));
    EXPECT_EQ(c.paybackSentence(), S("A pays back against B in 2026-03"));
}

TEST(ScenarioComparison, EitherOrderReportsTheSameFact)
{
    // compare B A: now A is the second scenario, and it pays back in 2026-03.
    const auto b = temporaryDip();
    const auto ab = hp::ScenarioComparison::compare(b.evaluate("A"), b.evaluate("B"));
    const auto ba = hp::ScenarioComparison::compare(b.evaluate("B"), b.evaluate("A"));
    EXPECT_EQ(ba.breakEven(), M("2026-03"));
    EXPECT_EQ(ba.paysBack, hp::ScenarioComparison::Payback::B);
    EXPECT_EQ(ba.paybackScenario(), S("A"));
    EXPECT_EQ(ba.paybackSentence(), ab.paybackSentence());
}

TEST(ScenarioComparison, CheaperFromTheFirstMonthIsSaidSo)
{
    auto b = temporaryDip();
    b.p.scenario(S("B"))->placements.resize(1); // B on `half` throughout: 500 a month
    const auto c = hp::ScenarioComparison::compare(b.evaluate("A"), b.evaluate("B"));
    EXPECT_EQ(c.breakEven(), M("2026-01"));
    EXPECT_EQ(c.paybackSentence(), S("B costs less than A in every month from the horizon start (2026-01)"));
}

TEST(ScenarioComparison, DemoPivotPaysBackAgainstStatusQuoInEitherOrder)
{
    // The demo: Pivot's migration costs (dual run, re-engineering) make it dearer
    // from 2027-01 until its cheaper Trainium spend catches up in 2027-06, and it
    // stays cheaper to the horizon end. The first-month rule said 2027-01 for
    // `compare Pivot "Status quo"` (Status quo's temporary lead).
    const hp::Project demo = hp::DemoPortfolio::load();
    const hp::ScenarioEngine engine(demo);
    const auto statusQuo = engine.evaluate(S("Status quo"));
    const auto pivot = engine.evaluate(S("Pivot"));
    const auto forward = hp::ScenarioComparison::compare(statusQuo, pivot);
    EXPECT_EQ(forward.breakEven(), M("2027-06"));
    EXPECT_EQ(forward.paysBack, hp::ScenarioComparison::Payback::B);
    const auto backward = hp::ScenarioComparison::compare(pivot, statusQuo);
    EXPECT_FALSE(backward.breakEven().has_value());
    EXPECT_EQ(backward.paysBack, hp::ScenarioComparison::Payback::A);
    EXPECT_EQ(backward.paysBackMonth, M("2027-06"));
    EXPECT_EQ(forward.paybackSentence(), S("Pivot pays back against Status quo in 2027-06"));
    EXPECT_EQ(backward.paybackSentence(), forward.paybackSentence());
}

TEST(ScenarioComparison, EqualUntilAMonthThenCheaperIsNotAPayback)
{
    // D moves w to cb (0.50) from 2026-03 without re-engineering cost: A and D both
    // cost 1 000 in 2026-01 and 2026-02, then D 500 a month. D never cost more, so
    // it does not "pay back": it costs the same until 2026-03, less from then on.
    auto b = twoScenarios();
    b.lastWorkload().reengineeringPersonMonths = D("0");
    b.p.workloads.front().reengineeringPersonMonths = D("0");
    b.scenario("D", "2026-01", 6).place("w", "2026-01", {{"a1", "100"}}).place("w", "2026-03", {{"b1", "100"}});
    const auto c = hp::ScenarioComparison::compare(b.evaluate("A"), b.evaluate("D"));
    ASSERT_TRUE(c.breakEven());
    EXPECT_EQ(*c.breakEven(), M("2026-03"));
    EXPECT_EQ(c.paybackSentence(), S("D never costs more than A and costs less from 2026-03 on"));
}
