// docs/rules.md §5.1 — a child stores only overrides of its parent.
#include "ProjectBuilder.h"

#include "engine/ScenarioResolver.h"

using namespace hptest;

namespace {
ProjectBuilder tree()
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1").provider("cb").offering("b1", "cb", "2");
    b.workload("w1", hp::WorkloadClass::Other, "10");
    b.workload("w2", hp::WorkloadClass::Other, "10");
    b.scenario("Base", "2026-01", 12)
        .place("w1", "2026-01", {{"a1", "100"}})
        .place("w1", "2026-06", {{"a1", "50"}, {"b1", "50"}})
        .place("w2", "2026-01", {{"a1", "100"}});
    b.lastScenario().discountRatePct = D("8");
    b.scenario("Child", "", 0, "Base").place("w1", "2026-01", {{"b1", "100"}});
    b.lastScenario().discountRatePct = D("5");
    b.scenario("Grandchild", "", 6, "Child");
    return b;
}
} // namespace

TEST(ScenarioResolver, ChildInheritsEmptyFieldsAndReplacesWholeTimelines)
{
    const auto b = tree();
    const auto r = hp::ScenarioResolver::resolve(b.p, S("Child"));
    EXPECT_EQ(r.start, M("2026-01"));
    EXPECT_EQ(r.months, 12);
    EXPECT_EQ(r.discountRatePct, D("5"));
    ASSERT_EQ(r.timelines.value(S("w1")).size(), 1u); // the parent's two w1 placements are replaced
    EXPECT_EQ(r.timelines.value(S("w2")).size(), 1u); // inherited
    const auto g = hp::ScenarioResolver::resolve(b.p, S("Grandchild"));
    EXPECT_EQ(g.months, 6);
    EXPECT_EQ(g.discountRatePct, D("5"));
    EXPECT_EQ(g.timelines.value(S("w1"))[0].allocations[0].offeringId, S("b1"));
}

TEST(ScenarioResolver, EngineEvaluatesTheResolvedChild)
{
    const auto r = tree().evaluate("Child");
    // w1: 10 × 2 on cb; w2: 10 × 1 on ca → 30 a month for 12 months.
    EXPECT_EQ(cents(r.totals.spend), "360.00");
}

TEST(ScenarioResolver, UnknownScenarioParentAndCyclesAreErrors)
{
    auto b = tree();
    EXPECT_THROW(b.evaluate("Nope"), hp::EngineError);
    b.p.scenario(S("Base"))->parent = S("Grandchild");
    try {
        b.evaluate("Child");
        FAIL() << "a parent cycle must not evaluate";
    } catch (const hp::EngineError &e) {
        EXPECT_TRUE(e.message().contains(S("cycle"))) << e.what();
    }
}

TEST(ScenarioResolver, AnotherScenariosErrorsDoNotBlockThisOne)
{
    auto b = tree();
    b.scenario("Broken", "2026-01", 12).place("w1", "2026-01", {{"a1", "60"}});
    EXPECT_NO_THROW(b.evaluate("Base"));
    EXPECT_THROW(b.evaluate("Broken"), hp::EngineError);
}
