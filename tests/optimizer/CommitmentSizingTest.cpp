// docs/rules.md §12.2 — commitment sizing: the candidates, the scaling of the
// ramp (cents, half-even, the last year taking the remainder), a deterministic
// case computed by hand where every candidate's expected total is evaluate's
// total, a seeded stochastic case identical for 1 and 2 threads, and refusals.
#include "ProjectBuilder.h"

#include "optimizer/CommitmentSizing.h"

#include <algorithm>
#include <stdexcept>

using namespace hptest;

namespace {
/// 1000 units × 1.00 = 1000 list a month on cb, 12 months (12 000 list);
/// one yearly commitment year of 10 000 today. Tiers: 10 000 → 5 %,
/// 12 345 → 10 %, 15 000 → 20 %.
ProjectBuilder sized()
{
    ProjectBuilder b;
    b.provider("cb").offering("b1", "cb", "1.00");
    b.workload("w", hp::WorkloadClass::StatelessApi, "1000");
    b.scenario("S", "2026-01", 12).place("w", "2026-01", {{"b1", "100"}});
    b.contract("edp", "cb", "2026-01", "2026-12");
    hp::CommitmentClause c;
    c.yearAmounts = {D("10000")};
    c.tiers = {{D("10000"), D("5")}, {D("12345"), D("10")}, {D("15000"), D("20")}};
    b.lastContract().commitments.push_back(c);
    return b;
}

hp::SizingRequest request(int trials = 3, int threads = 1)
{
    hp::SizingRequest r;
    r.scenario = S("S");
    r.contract = S("edp");
    r.trials = trials;
    r.threads = threads;
    return r;
}

const hp::SizingCandidate &at(const hp::SizingResult &r, const char *total)
{
    for (const auto &c : r.candidates)
        if (c.total == D(total))
            return c;
    throw std::runtime_error(std::string("no candidate ") + total);
}
} // namespace

TEST(CommitmentSizing, ScaledYearsKeepTheRampRoundEachYearHalfEvenAndTheLastTakesTheRemainder)
{
    // 1 : 1 : 1 scaled to 10 → 3.333… → 3.33, 3.33, and 10 − 6.66 = 3.34.
    EXPECT_EQ(hp::CommitmentSizing::scaledYears({D("1"), D("1"), D("1")}, D("10")),
              (std::vector<hp::Decimal>{D("3.33"), D("3.33"), D("3.34")}));
    // 1 : 3 scaled to 0.10 → 0.025 exactly → half-even 0.02 (half-up would say 0.03); last 0.08.
    EXPECT_EQ(hp::CommitmentSizing::scaledYears({D("1"), D("3")}, D("0.10")),
              (std::vector<hp::Decimal>{D("0.02"), D("0.08")}));
    // 3 000 : 4 000 : 6 000 (Σ 13 000) scaled to 6 500 (factor ½): 1 500, 2 000, 3 000.
    EXPECT_EQ(hp::CommitmentSizing::scaledYears({D("3000"), D("4000"), D("6000")}, D("6500")),
              (std::vector<hp::Decimal>{D("1500"), D("2000"), D("3000")}));
}

TEST(CommitmentSizing, CandidatesAreEveryTierAndEveryFivePercentToTwoHundredAscendingWithoutDuplicates)
{
    const auto totals = hp::CommitmentSizing::candidateTotals(sized().p.contracts[0].commitments[0]);
    // 0, 500, …, 20 000 (41 steps of 5 % of 10 000) + 12 345; 10 000 and 15 000 are already steps.
    ASSERT_EQ(totals.size(), 42u);
    EXPECT_EQ(totals.front(), D("0"));
    EXPECT_EQ(totals[1], D("500"));
    EXPECT_EQ(totals[25], D("12345")); // after 0 … 12 000 (25 values)
    EXPECT_EQ(totals[26], D("12500"));
    EXPECT_EQ(totals.back(), D("20000"));
    EXPECT_TRUE(std::is_sorted(totals.begin(), totals.end()));
}

TEST(CommitmentSizing, DeterministicCaseByHandAndEqualToEvaluateForEveryCandidate)
{
    const auto b = sized();
    const auto r = hp::CommitmentSizing::run(b.p, request());
    ASSERT_TRUE(r.has_value());
    ASSERT_EQ(r->candidates.size(), 42u);
    // Spend a year = 12 000 × (100 − discount) %, shortfall = max(0, Y − spend), total = spend + shortfall.
    // Y = 0: below 10 000 → 0 %: spend 12 000, no shortfall → 12 000.
    EXPECT_EQ(cents(at(*r, "0").expectedTotal), "12000.00");
    EXPECT_EQ(at(*r, "0").discountPct, D("0"));
    EXPECT_EQ(at(*r, "0").pShortfall, 0.0);
    // Y = 10 000: 5 % → spend 11 400 ≥ 10 000 → 11 400.
    EXPECT_EQ(cents(at(*r, "10000").expectedTotal), "11400.00");
    EXPECT_EQ(at(*r, "10000").discountPct, D("5"));
    // Y = 12 000: still 5 % → spend 11 400, shortfall 600 → 12 000.
    EXPECT_EQ(cents(at(*r, "12000").expectedTotal), "12000.00");
    EXPECT_EQ(at(*r, "12000").pShortfall, 1.0);
    // Y = 12 345: 10 % → spend 10 800, shortfall 1 545 → 12 345.
    EXPECT_EQ(cents(at(*r, "12345").expectedTotal), "12345.00");
    EXPECT_EQ(at(*r, "12345").discountPct, D("10"));
    // Y = 20 000: 20 % → spend 9 600, shortfall 10 400 → 20 000.
    EXPECT_EQ(cents(at(*r, "20000").expectedTotal), "20000.00");
    // Every Y from 10 000 to 11 400 costs 11 400 (5 %, no shortfall): the least,
    // and the tie goes to the smallest commitment, 10 000.
    EXPECT_EQ(r->candidates[r->best].total, D("10000"));
    for (const auto &c : r->candidates) {
        hp::Project p = b.p;
        p.contracts[0].commitments[0].yearAmounts = c.yearAmounts;
        const auto evaluated = hp::ScenarioEngine(p).evaluate(S("S"));
        EXPECT_EQ(c.expectedTotal, evaluated.totals.total) << c.total.toString().toStdString();
        EXPECT_EQ(c.p90Total, evaluated.totals.total) << c.total.toString().toStdString(); // every trial the same
        EXPECT_EQ(c.pShortfall, evaluated.totals.shortfall.isPositive() ? 1.0 : 0.0) << c.total.toString().toStdString();
    }
}

TEST(CommitmentSizing, SeededStochasticCaseIsIdenticalForOneAndTwoThreads)
{
    auto b = sized();
    b.lastScenario().uncertainties.push_back({hp::UncertainInput::Growth, S("w"), {hp::DistributionKind::Uniform, -3, 3, 0}});
    const auto one = hp::CommitmentSizing::run(b.p, request(64, 1));
    const auto two = hp::CommitmentSizing::run(b.p, request(64, 2));
    ASSERT_TRUE(one && two);
    ASSERT_EQ(one->candidates.size(), two->candidates.size());
    for (std::size_t i = 0; i < one->candidates.size(); ++i)
        EXPECT_EQ(one->candidates[i], two->candidates[i]) << i;
    EXPECT_EQ(one->best, two->best);
    // Growth varies demand: at Y = 12 000 (5 %, spend 11 400 at zero growth) some
    // trials fall short and some do not.
    const double p = at(*one, "12000").pShortfall;
    EXPECT_GT(p, 0.0);
    EXPECT_LT(p, 1.0);
    // Another seed draws differently.
    auto other = request(64, 1);
    other.seed = 7;
    // Y = 0 (no discount, no commitment): the total is 12 months of drawn demand, which the seed changes.
    EXPECT_NE(at(*hp::CommitmentSizing::run(b.p, other), "0").expectedTotal, at(*one, "0").expectedTotal);
}

TEST(CommitmentSizing, RefusesWhatCannotBeSized)
{
    auto b = sized();
    auto why = [&](hp::SizingRequest r) { return hp::CommitmentSizing::refusal(b.p, r).toStdString(); };
    auto r = request();
    r.scenario = S("Nope");
    EXPECT_EQ(why(r), "unknown scenario 'Nope'");
    r = request();
    r.contract = S("zz");
    EXPECT_EQ(why(r), "unknown contract 'zz'");
    r = request();
    r.clause = 2;
    EXPECT_EQ(why(r), "contract 'edp' has no commitment clause 2 (it has 1)");
    EXPECT_THROW(hp::CommitmentSizing::run(b.p, r), hp::EngineError);
    EXPECT_EQ(why(request()), "");
    b.p.contracts[0].commitments[0].yearAmounts = {D("0")};
    EXPECT_NE(why(request()).find("commits 0 today"), std::string::npos) << why(request());
    b.p.contracts[0].commitments[0].tiers.clear();
    EXPECT_NE(why(request()).find("nothing to trade"), std::string::npos) << why(request());
}
