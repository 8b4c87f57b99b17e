// Numeric edge cases of the engine (issue 11): each gives a defined,
// hand-computed result or a clear validation error — never a wrapped value,
// a crash or a silent zero. Base: workload w, 1000 units/month at 1.00 on
// provider ca (1000.00 a month), revenue 1000.00 a month.
#include "ProjectBuilder.h"

#include "analysis/MonteCarloSimulation.h"

using namespace hptest;

namespace {

ProjectBuilder base(int months)
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1.00").provider("cb").offering("b1", "cb", "2.00");
    b.workload("w", hp::WorkloadClass::StatelessApi, "1000", "1000");
    b.scenario("S", "2026-01", months).place("w", "2026-01", {{"a1", "100"}});
    b.contract("k", "ca", "2026-01", "2027-12");
    return b;
}

/// The EngineError message of evaluating `scenario`, or "" when it evaluates.
std::string engineError(const ProjectBuilder &b, const char *scenario = "S")
{
    try {
        (void)b.evaluate(scenario);
    } catch (const hp::EngineError &e) {
        return e.what();
    }
    return {};
}

hp::RevenueShareClause share(const char *ratePct)
{
    hp::RevenueShareClause c;
    c.ratePct = D(ratePct);
    c.start = M("2026-01");
    c.sunset = M("2026-12");
    return c;
}

hp::CommitmentClause commitment(std::vector<const char *> years, const char *discountPct)
{
    hp::CommitmentClause c;
    for (const char *y : years)
        c.yearAmounts.push_back(D(y));
    c.discountPct = D(discountPct);
    return c;
}

} // namespace

TEST(NumberEdgeCases, MoneyBeyondTheExactRangeIsAClearErrorNotAWrappedValue)
{
    // 10^20 units × 10^10 per unit = 10^30 a month, above the ≈1.7·10^29 of
    // a 128-bit value scaled by 10^9.
    auto b = base(12);
    b.lastWorkload().monthlyUnits = D("100000000000000000000");
    b.p.offerings[0].unitPrice = D("10000000000");
    const std::string error = engineError(b);
    EXPECT_NE(error.find("scenario 'S': a figure exceeds the exact-money range"), std::string::npos) << error;

    // Just inside the range it is exact: 10^19 units × 10^10 = 10^29 a month.
    b.lastWorkload().monthlyUnits = D("10000000000000000000");
    b.lastWorkload().monthlyRevenue = D("0");
    b.scenario("One", "2026-01", 1).place("w", "2026-01", {{"a1", "100"}});
    const auto r = b.evaluate("One");
    EXPECT_EQ(exact(r.totals.spend), "100000000000000000000000000000");
}

TEST(NumberEdgeCases, GrowthCompoundedOver240MonthsOverflowsCleanly)
{
    // 100 % a month doubles 240 times: 1000 × 2^239 is far past the range.
    auto b = base(240);
    b.lastWorkload().monthlyGrowthPct = D("100");
    const std::string error = engineError(b);
    EXPECT_NE(error.find("exceeds the exact-money range"), std::string::npos) << error;
}

TEST(NumberEdgeCases, TheLongestHorizonIs240MonthsAndOneMoreIsAValidationError)
{
    auto b = base(240);
    const auto r = b.evaluate("S");
    ASSERT_EQ(r.months.size(), 240u);
    EXPECT_EQ(r.months.back(), M("2045-12")); // 2026-01 + 239 months
    EXPECT_EQ(cents(r.monthly.spend[239]), "1000.00");
    EXPECT_EQ(cents(r.totals.spend), "240000.00"); // 240 × 1000

    b.lastScenario().months = 241;
    const std::string error = engineError(b);
    EXPECT_NE(error.find("must be 1–240 (is 241)"), std::string::npos) << error;
}

TEST(NumberEdgeCases, SharesOfZeroAndOneHundredPercent)
{
    auto b = base(12);
    b.lastScenario().placements.clear();
    b.place("w", "2026-01", {{"a1", "100"}, {"b1", "0"}});
    const auto r = b.evaluate("S");
    EXPECT_EQ(cents(providerOf(r, "ca").spend), "12000.00"); // 12 × 1000 × 1.00
    EXPECT_TRUE(providerOf(r, "cb").spend.isZero());          // 0 % of the units
    EXPECT_EQ(cents(r.totals.spend), "12000.00");

    // All on the dearer provider: 1000 × 2.00 a month.
    b.lastScenario().placements.clear();
    b.place("w", "2026-01", {{"a1", "0"}, {"b1", "100"}});
    const auto r2 = b.evaluate("S");
    EXPECT_TRUE(providerOf(r2, "ca").spend.isZero());
    EXPECT_EQ(cents(providerOf(r2, "cb").spend), "24000.00");
}

TEST(NumberEdgeCases, RevenueSharesOfZeroAndOneHundredPercent)
{
    auto b = base(12);
    b.lastContract().revenueShares = {share("0"), share("100")};
    const auto r = b.evaluate("S");
    ASSERT_EQ(r.revenueShares.size(), 2u);
    EXPECT_TRUE(r.revenueShares[0].totalDue.isZero());
    EXPECT_TRUE(r.revenueShares[0].totalPaid.isZero());
    EXPECT_EQ(cents(r.revenueShares[1].totalPaid), "12000.00"); // all of 12 × 1000 revenue
    EXPECT_EQ(cents(r.totals.revenueSharePaid), "12000.00");
    EXPECT_EQ(cents(r.totals.total), "24000.00");               // 12 000 spend + 12 000 share

    b.lastContract().revenueShares = {share("100.000000001")};
    const std::string error = engineError(b);
    EXPECT_NE(error.find("rate_pct"), std::string::npos) << error;
}

TEST(NumberEdgeCases, CapsOfZeroPayNothingAndReportTheWholeDueAsSaving)
{
    auto b = base(12);
    auto total = share("20"); // 200 a month due
    total.capTotal = D("0");
    auto yearly = share("20");
    yearly.capPerYear = D("0");
    b.lastContract().revenueShares = {total, yearly};
    const auto r = b.evaluate("S");
    ASSERT_EQ(r.revenueShares.size(), 2u);
    for (const auto &s : r.revenueShares) {
        EXPECT_EQ(cents(s.totalDue), "2400.00"); // 12 × 200
        EXPECT_TRUE(s.totalPaid.isZero());
    }
    EXPECT_TRUE(r.totals.revenueSharePaid.isZero());
    EXPECT_EQ(cents(r.totals.capSaving), "4800.00"); // both clauses' 2 400
    EXPECT_EQ(cents(r.totals.total), "12000.00");    // spend only
}

TEST(NumberEdgeCases, ZeroLengthAndZeroAmountCommitments)
{
    // No year at all: a validation error naming the contract.
    auto b = base(12);
    b.lastContract().commitments.push_back(commitment({}, "10"));
    const std::string error = engineError(b);
    EXPECT_NE(error.find("a commitment needs at least one year"), std::string::npos) << error;

    // A commitment of 0: the discount applies, nothing can fall short.
    b.lastContract().commitments = {commitment({"0", "0"}, "10")};
    const auto r = b.evaluate("S");
    EXPECT_EQ(cents(r.monthly.spend[0]), "900.00"); // 1000 − 10 %
    EXPECT_EQ(cents(r.totals.discount), "1200.00");
    EXPECT_TRUE(r.totals.shortfall.isZero());
    EXPECT_TRUE(r.totals.projectedShortfall.isZero());
}

TEST(NumberEdgeCases, ZeroUnitsAndZeroPricesGiveZeroNotAnError)
{
    auto b = base(12);
    b.lastWorkload().monthlyUnits = D("0");
    b.lastContract().commitments = {commitment({"1200"}, "0")};
    const auto r = b.evaluate("S");
    EXPECT_TRUE(r.totals.spend.isZero());
    EXPECT_EQ(cents(r.totals.shortfall), "1200.00"); // nothing drawn against 1 200
}

TEST(NumberEdgeCases, AMonteCarloRequestBeyondMemoryIsRefusedBeforeItStarts)
{
    auto b = base(240);
    const std::uint64_t perTrial = hp::MonteCarloSimulation::memoryNeeded({S("S"), QString(), 1, 1, 1}, 240);
    ASSERT_GT(perTrial, 0u);
    const auto tooMany = int(hp::MonteCarloSimulation::kMemoryLimitBytes / perTrial + 1);
    int progressCalls = 0;
    try {
        (void)hp::MonteCarloSimulation::run(b.p, {S("S"), QString(), tooMany, 1, 1}, nullptr,
                                            [&](int, int) { ++progressCalls; });
        FAIL() << "a request beyond memory must be refused";
    } catch (const hp::EngineError &e) {
        EXPECT_NE(std::string(e.what()).find("ask for fewer trials"), std::string::npos) << e.what();
    }
    EXPECT_EQ(progressCalls, 0); // refused before the first trial
}
