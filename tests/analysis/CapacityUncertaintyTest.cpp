// docs/rules.md §11.2 — the Monte Carlo input `capacity`: a factor on an
// offering's capacity (its column and every capacity.csv row), per offering or
// for all. w: 1 000 units a month at 1.00 on a1 (capacity 1 000) and b1
// (capacity column empty: unlimited), revenue 10 000, one month.
#include "ProjectBuilder.h"

#include "analysis/InputPerturbation.h"
#include "analysis/MonteCarloSimulation.h"
#include "analysis/PerturbedEvaluation.h"

using namespace hptest;

namespace {
ProjectBuilder rationed()
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1").offering("b1", "ca", "1");
    b.p.offerings[0].capacityUnits = D("1000");
    b.p.offerings[0].capacitySchedule = {{M("2026-02"), D("400")}};
    b.workload("w", hp::WorkloadClass::Training, "1000", "10000");
    b.scenario("S", "2026-01", 2).place("w", "2026-01", {{"a1", "50"}, {"b1", "50"}});
    return b;
}

hp::UncertaintyRange capacity(const char *target, hp::DistributionKind kind, double a, double b = 0)
{
    return {hp::UncertainInput::Capacity, S(target), {kind, a, b, 0}};
}
} // namespace

TEST(CapacityUncertainty, TheFactorScalesColumnAndScheduleWithoutCompounding)
{
    // Factor 0.6: a1 serves 600 in 2026-01 (500 placed: no shortage) and
    // 0.6 × 400 = 240 of 500 in 2026-02 → f = 0.48, revenue at risk
    // 10 000 × 0.5 × 0.52 = 2 600. Spend 1 000 + 240 + 500 = 1 740.
    // Applying the same value twice gives the same outcome (never 0.36).
    const auto b = rationed();
    hp::PerturbedEvaluation evaluation(b.p, S("S"), {capacity("a1", hp::DistributionKind::Uniform, 0.6, 1)});
    const auto first = evaluation.evaluate({0.6});
    const auto again = evaluation.evaluate({0.6});
    EXPECT_EQ(cents(first.total), "1740.00");
    EXPECT_EQ(again.total, first.total);
    // Factor 1 restores the base: 1 000 + 400 + 500 = 1 900.
    EXPECT_EQ(cents(evaluation.evaluate({1.0}).total), "1900.00");
    EXPECT_EQ(cents(b.evaluate("S").totals.total), "1900.00");
    // Negative draws are clamped to 0: nothing served on a1 → 500 + 500.
    EXPECT_EQ(hp::InputPerturbation::clampedValue(hp::UncertainInput::Capacity, -0.5), 0.0);
    EXPECT_EQ(cents(evaluation.evaluate({-0.5}).total), "1000.00");
}

TEST(CapacityUncertainty, AnEmptyTargetScalesEveryOfferingAndUnlimitedStaysUnlimited)
{
    // Factor 0.5 for all: a1 500 in 2026-01 (500 placed: served), 200 in
    // 2026-02; b1 stays unlimited. Spend 1 000 + 200 + 500 = 1 700.
    const auto b = rationed();
    hp::PerturbedEvaluation evaluation(b.p, S("S"), {capacity("", hp::DistributionKind::Uniform, 0.5, 1)});
    EXPECT_EQ(cents(evaluation.evaluate({0.5}).total), "1700.00");
}

TEST(CapacityUncertainty, AnUnknownOfferingIsRefusedAndMonteCarloSpreadsTheTotal)
{
    auto b = rationed();
    b.lastScenario().uncertainties = {capacity("w", hp::DistributionKind::Uniform, 0.6, 1)};
    EXPECT_THROW(hp::InputPerturbation::checkTargets(b.p, S("S"), b.lastScenario().uncertainties), hp::EngineError);
    // uniform(0, 1) on a1: the total lies between 500 + 500 (factor 0: a1 serves nothing)
    // and the base 1 900, and differs between trials.
    b.lastScenario().uncertainties = {capacity("a1", hp::DistributionKind::Uniform, 0, 1)};
    const auto r = hp::MonteCarloSimulation::run(b.p, {S("S"), QString(), 200, 3, 2});
    ASSERT_TRUE(r);
    ASSERT_FALSE(r->total.p10 == r->total.p90);
    EXPECT_GE(r->total.p10, D("1000"));
    EXPECT_LE(r->total.p90, D("1900"));
}
