// docs/rules.md §5.6–5.7 — seeded Monte Carlo, bit-identical across threads.
#include "ProjectBuilder.h"

#include "analysis/InputPerturbation.h"
#include "analysis/MonteCarloSimulation.h"
#include "analysis/PerturbedEvaluation.h"
#include "analysis/TrialRandom.h"
#include "canonical/DemoPortfolio.h"

#include <cmath>
#include <cstring>

using namespace hptest;

namespace {
ProjectBuilder uncertain()
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1.00");
    b.workload("w", hp::WorkloadClass::StatelessApi, "1000", "5000");
    b.scenario("S", "2026-01", 12).place("w", "2026-01", {{"a1", "100"}});
    b.lastScenario().discountRatePct = D("8");
    return b;
}

hp::UncertaintyRange range(hp::UncertainInput input, hp::DistributionKind kind, double a, double b = 0, double c = 0)
{
    return {input, S("w"), {kind, a, b, c}};
}

double mean(const std::vector<double> &v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return s / double(v.size());
}
} // namespace

TEST(TrialRandom, DistributionMomentsForLargeN)
{
    const int n = 200000;
    std::vector<double> uni, tri, nor, ber;
    for (int i = 0; i < n; ++i) {
        hp::TrialRandom r(7, std::uint64_t(i));
        uni.push_back(r.sample({hp::DistributionKind::Uniform, 2, 6, 0}));
        tri.push_back(r.sample({hp::DistributionKind::Triangular, 0, 3, 12}));
        nor.push_back(r.sample({hp::DistributionKind::Normal, 10, 2, 0}));
        ber.push_back(r.sample({hp::DistributionKind::Bernoulli, 0.35, 0, 0}));
    }
    EXPECT_NEAR(mean(uni), 4.0, 0.02);      // (2 + 6) / 2
    double var = 0;
    for (double x : uni)
        var += (x - 4.0) * (x - 4.0);
    EXPECT_NEAR(var / n, 16.0 / 12.0, 0.02); // (6 − 2)² / 12
    EXPECT_NEAR(mean(tri), 5.0, 0.03);       // (0 + 3 + 12) / 3
    EXPECT_NEAR(mean(nor), 10.0, 0.02);
    EXPECT_NEAR(mean(ber), 0.35, 0.005);
    // A normal clipped at zero never goes negative.
    hp::TrialRandom r(1, 1);
    for (int i = 0; i < 10000; ++i)
        EXPECT_GE(r.sample({hp::DistributionKind::Normal, 0.5, 1, 0}), 0.0);
}

TEST(MonteCarlo, SameSeedIsBitIdenticalForOneTwoAndThreeThreads)
{
    auto b = uncertain();
    b.lastScenario().uncertainties = {range(hp::UncertainInput::Growth, hp::DistributionKind::Triangular, 0, 2, 5),
                                      range(hp::UncertainInput::Revenue, hp::DistributionKind::Normal, 5000, 500)};
    hp::MonteCarloRequest req{S("S"), QString(), 400, 12345, 1};
    const auto one = hp::MonteCarloSimulation::run(b.p, req);
    req.threads = 2;
    const auto two = hp::MonteCarloSimulation::run(b.p, req);
    req.threads = 3;
    const auto three = hp::MonteCarloSimulation::run(b.p, req);
    ASSERT_TRUE(one && two && three);
    // Exact money: identical means equal to the last 1e-9.
    EXPECT_EQ(one->npv, two->npv);
    EXPECT_EQ(one->npv, three->npv);
    EXPECT_EQ(one->total, three->total);
    EXPECT_EQ(one->monthlyTotal, two->monthlyTotal);
    EXPECT_EQ(one->monthlyTotal, three->monthlyTotal);
    EXPECT_LT(one->npv.p10, one->npv.p90); // the growth range spreads the outcome
    req.seed = 999;
    EXPECT_NE(hp::MonteCarloSimulation::run(b.p, req)->npv.p50, one->npv.p50);
}

TEST(MonteCarlo, FixedRangesReproduceTheDeterministicFiguresToTheCent)
{
    auto b = uncertain();
    b.lastWorkload().monthlyGrowthPct = D("2");
    b.lastScenario().uncertainties = {range(hp::UncertainInput::Growth, hp::DistributionKind::Fixed, 2)};
    const auto det = b.evaluate("S");
    const auto mc = hp::MonteCarloSimulation::run(b.p, {S("S"), QString(), 50, 1, 2});
    ASSERT_TRUE(mc);
    EXPECT_EQ(mc->npv.p50.toCents(), det.totals.npv.toCents());
    EXPECT_EQ(mc->total.p50.toCents(), det.totals.total.toCents());
    EXPECT_EQ(mc->monthlyTotal[11].p50.toCents(), det.monthly.total[11].toCents());
}

TEST(MonteCarlo, LitigationOutcomeChargesGrossExposure)
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "0").provider("cb").offering("b1", "cb", "0");
    b.workload("w", hp::WorkloadClass::StatefulRuntime, "1", "1000");
    b.contract("k", "ca", "2026-01", "2030-12");
    hp::ExclusivityClause ex;
    b.lastContract().exclusivities.push_back(ex);
    b.lastContract().classifications.push_back({hp::WorkloadClass::StatefulRuntime, hp::Coverage::Contested, D("35")});
    b.scenario("S", "2026-01", 2).place("w", "2026-01", {{"b1", "100"}});
    b.lastScenario().uncertainties = {{hp::UncertainInput::PBreach, S("k"), {hp::DistributionKind::Bernoulli, 0.35, 0, 0}}};
    const auto mc = hp::MonteCarloSimulation::run(b.p, {S("S"), QString(), 4000, 3, 2});
    ASSERT_TRUE(mc);
    EXPECT_NEAR(mc->litigationShare, 0.35, 0.03);
    // Cost is 0 without litigation and 2 000 (2 months × 1 000 gross) with it.
    EXPECT_EQ(mc->total.p10.toCents(), S("0.00"));
    EXPECT_EQ(mc->total.p90.toCents(), S("2000.00"));
    EXPECT_NEAR(mc->total.mean.toDouble(), 2000.0 * mc->litigationShare, 1e-6);
}

TEST(MonteCarlo, ProbabilityThatBBeatsA)
{
    auto b = uncertain();
    b.provider("cb").offering("b1", "cb", "0.90");
    b.scenario("B", "", 0, "S").place("w", "2026-01", {{"b1", "100"}});
    // B is 10 % cheaper whatever the growth: it always wins.
    b.p.scenario(S("S"))->uncertainties = {range(hp::UncertainInput::Growth, hp::DistributionKind::Uniform, 0, 5)};
    const auto mc = hp::MonteCarloSimulation::run(b.p, {S("S"), S("B"), 200, 5, 2});
    ASSERT_TRUE(mc && mc->probabilityAgainstBeats);
    EXPECT_DOUBLE_EQ(*mc->probabilityAgainstBeats, 1.0);
    EXPECT_LT(mc->npvAgainst->p50, mc->npv.p50);
}

TEST(MonteCarlo, CancelLeavesNoResultAndHugeRequestsAreRefused)
{
    auto b = uncertain();
    std::atomic<bool> cancel{true};
    EXPECT_FALSE(hp::MonteCarloSimulation::run(b.p, {S("S"), QString(), 1000, 1, 2}, &cancel).has_value());
    try {
        hp::MonteCarloSimulation::run(b.p, {S("S"), QString(), 2'000'000'000, 1, 2});
        FAIL() << "a request beyond memory must be refused";
    } catch (const hp::EngineError &e) {
        EXPECT_TRUE(e.message().contains(S("MiB"))) << e.what();
    }
    EXPECT_THROW(hp::MonteCarloSimulation::run(b.p, {S("S"), QString(), 0, 1, 1}), hp::EngineError);
}

TEST(MonteCarlo, DemoPivotRuns)
{
    const hp::Project demo = hp::DemoPortfolio::load();
    const auto mc = hp::MonteCarloSimulation::run(demo, {S("Pivot"), S("Status quo"), 64, 42, 2});
    ASSERT_TRUE(mc);
    EXPECT_EQ(mc->monthlyTotal.size(), 60u);
    EXPECT_LT(mc->npv.p10, mc->npv.p90);
}

// A worker evaluates trial after trial on inputs prepared once and refreshed
// (EngineInputs::refresh): each trial must equal a fresh evaluation of the
// project with that trial's values applied, whatever trials came before.
TEST(MonteCarlo, ReusedInputsGiveTheFiguresOfAFreshEvaluationOfEveryTrial)
{
    const hp::Project demo = hp::DemoPortfolio::load();
    for (const QString &scenario : {S("Pivot"), S("Hedge 60/40")}) {
        SCOPED_TRACE(scenario.toStdString());
        // Every range of every scenario, so that growth, drift, revenue, p_breach,
        // egress and re-engineering all change from trial to trial.
        std::vector<hp::UncertaintyRange> ranges;
        for (const hp::Scenario &s : demo.scenarios)
            for (const hp::UncertaintyRange &r : s.uncertainties)
                if (!(r.distribution.kind == hp::DistributionKind::Bernoulli))
                    ranges.push_back(r);
        ASSERT_GE(ranges.size(), 6u);
        hp::PerturbedEvaluation reused(demo, scenario, ranges);
        for (int trial : {5, 0, 17, 5, 3, 99, 0}) {
            hp::TrialRandom rng(11, std::uint64_t(trial));
            std::vector<double> values;
            for (const hp::UncertaintyRange &r : ranges)
                values.push_back(rng.sample(r.distribution));
            hp::Project fresh = demo;
            for (std::size_t k = 0; k < ranges.size(); ++k)
                hp::InputPerturbation::apply(fresh, demo, ranges[k], values[k]);
            const hp::EngineResult expected = hp::ScenarioEngine(fresh).evaluate(scenario);
            const hp::PerturbedOutcome got = reused.evaluate(values);
            EXPECT_EQ(got.monthlyTotal, expected.monthly.total) << "trial " << trial;
            EXPECT_EQ(got.total, expected.totals.total) << "trial " << trial;
            EXPECT_EQ(got.npv, expected.totals.npv) << "trial " << trial;
        }
    }
}
