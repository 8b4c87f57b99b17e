// docs/rules.md §4.5 — commitment discounts, drawdown, shortfall (yearly, end of
// term), projected shortfall. Base case: 1000 units × 1.00 = 1000 list per month
// on provider cb; a 10 % discount gives spend 900 per month.
#include "ProjectBuilder.h"

using namespace hptest;

namespace {
ProjectBuilder base(int months)
{
    ProjectBuilder b;
    b.provider("cb").offering("b1", "cb", "1.00");
    b.workload("w", hp::WorkloadClass::StatelessApi, "1000");
    b.scenario("S", "2026-01", months).place("w", "2026-01", {{"b1", "100"}});
    return b;
}

hp::CommitmentClause clause(std::vector<const char *> years, const char *discount,
                            hp::TrueUp trueUp = hp::TrueUp::Yearly)
{
    hp::CommitmentClause c;
    for (const char *y : years)
        c.yearAmounts.push_back(D(y));
    c.discountPct = D(discount);
    c.trueUp = trueUp;
    return c;
}
} // namespace

TEST(CommitmentRule, YearlyShortfallChargedInTheYearsLastMonth)
{
    auto b = base(24);
    b.contract("edp", "cb", "2026-01", "2027-12");
    b.lastContract().commitments.push_back(clause({"15000", "15000"}, "10"));
    const auto r = b.evaluate("S");
    // spend 900/month; drawdown 10 800 a year; shortfall 15 000 − 10 800 = 4 200.
    EXPECT_EQ(cents(r.monthly.spend[0]), "900.00");
    EXPECT_TRUE(r.monthly.shortfall[10].isZero());
    EXPECT_EQ(cents(r.monthly.shortfall[11]), "4200.00");
    EXPECT_EQ(cents(r.monthly.shortfall[23]), "4200.00");
    EXPECT_EQ(cents(r.totals.shortfall), "8400.00");
    EXPECT_EQ(cents(r.totals.discount), "2400.00");
    EXPECT_EQ(cents(r.totals.spend), "21600.00");
    EXPECT_EQ(cents(r.totals.total), "30000.00"); // 21 600 + 8 400
    EXPECT_TRUE(r.totals.projectedShortfall.isZero());
    const auto &years = providerOf(r, "cb").commitments;
    ASSERT_EQ(years.size(), 2u);
    EXPECT_EQ(years[0].contractId, S("edp"));
    EXPECT_EQ(years[0].year, 1);
    EXPECT_EQ(cents(years[0].committed), "15000.00");
    EXPECT_EQ(cents(years[0].drawn), "10800.00");
    EXPECT_EQ(cents(years[0].shortfall), "4200.00");
}

TEST(CommitmentRule, EndOfTermSumsEachYearsShortfallWithoutCarryOver)
{
    auto b = base(24);
    b.contract("edp", "cb", "2026-01", "2027-12");
    b.lastContract().commitments.push_back(clause({"10000", "12000"}, "10", hp::TrueUp::EndOfTerm));
    const auto r = b.evaluate("S");
    // Year 1 overshoots (10 800 > 10 000): 0, and the overshoot does not carry.
    // Year 2: 12 000 − 10 800 = 1 200, charged in the last month of the last year.
    EXPECT_TRUE(r.monthly.shortfall[11].isZero());
    EXPECT_EQ(cents(r.monthly.shortfall[23]), "1200.00");
    EXPECT_EQ(cents(r.totals.shortfall), "1200.00");
}

TEST(CommitmentRule, YearCutByTheHorizonIsProjectedAtRunRate)
{
    auto b = base(18); // 2026-01 … 2027-06
    b.contract("edp", "cb", "2026-01", "2027-12");
    b.lastContract().commitments.push_back(clause({"15000", "15000"}, "10"));
    const auto r = b.evaluate("S");
    // Year 2 has 6 horizon months: drawn 5 400; run rate 5 400 × 12 ÷ 6 = 10 800;
    // projected 15 000 − 10 800 = 4 200. Not charged.
    EXPECT_EQ(cents(r.totals.shortfall), "4200.00"); // year 1 only
    EXPECT_EQ(cents(r.totals.projectedShortfall), "4200.00");
    const auto &years = providerOf(r, "cb").commitments;
    ASSERT_EQ(years.size(), 2u);
    EXPECT_EQ(cents(years[1].drawn), "5400.00");
    EXPECT_TRUE(years[1].shortfall.isZero());
}

TEST(CommitmentRule, EndOfTermProjectionAddsCompletedYearsAndTheCutYear)
{
    auto b = base(18);
    b.contract("edp", "cb", "2026-01", "2027-12");
    b.lastContract().commitments.push_back(clause({"11000", "12000"}, "10", hp::TrueUp::EndOfTerm));
    const auto r = b.evaluate("S");
    // Completed year 1: 11 000 − 10 800 = 200; cut year 2: 12 000 − 10 800 = 1 200.
    EXPECT_TRUE(r.totals.shortfall.isZero());
    EXPECT_EQ(cents(r.totals.projectedShortfall), "1400.00");
}

TEST(CommitmentRule, OnlyEligibleClassesAreDiscountedAndDrawDown)
{
    auto b = base(12);
    b.contract("edp", "cb", "2026-01", "2026-12");
    auto c = clause({"15000"}, "10");
    c.eligibleClasses = {hp::WorkloadClass::Training};
    b.lastContract().commitments.push_back(c);
    const auto r = b.evaluate("S");
    EXPECT_EQ(cents(r.monthly.spend[0]), "1000.00"); // not discounted
    EXPECT_EQ(cents(r.totals.shortfall), "15000.00"); // nothing drawn
}

TEST(CommitmentRule, OverlappingClausesCompoundAndEachCountsTheSameSpend)
{
    auto b = base(12);
    b.contract("k1", "cb", "2026-01", "2026-12");
    b.lastContract().commitments.push_back(clause({"9000"}, "10"));
    b.contract("k2", "cb", "2026-01", "2026-12");
    b.lastContract().commitments.push_back(clause({"9000"}, "20"));
    const auto r = b.evaluate("S");
    // 1000 × 0.9 × 0.8 = 720 per month; each clause draws 8 640 → 360 short each.
    EXPECT_EQ(cents(r.monthly.spend[0]), "720.00");
    const auto &years = providerOf(r, "cb").commitments;
    ASSERT_EQ(years.size(), 2u);
    EXPECT_EQ(cents(years[0].drawn), "8640.00");
    EXPECT_EQ(cents(years[1].drawn), "8640.00");
    EXPECT_EQ(cents(r.totals.shortfall), "720.00");
}

TEST(CommitmentRule, MarketplaceSpendDrawsDownAtTheCreditRate)
{
    auto b = base(12);
    b.provider("mp", hp::ProviderKind::Marketplace).offering("m1", "mp", "0.50");
    b.workload("w2", hp::WorkloadClass::Other, "1000");
    b.lastScenario().placements.push_back({S("w2"), M("2026-01"), {{S("m1"), D("100")}}, 0});
    b.contract("edp", "cb", "2026-01", "2026-12");
    auto c = clause({"15000"}, "10");
    c.marketplaceCreditPct = D("50");
    b.lastContract().commitments.push_back(c);
    const auto r = b.evaluate("S");
    // drawdown = 900 + 500 × 50 % = 1 150 a month = 13 800 a year → 1 200 short.
    EXPECT_EQ(cents(providerOf(r, "cb").commitments[0].drawn), "13800.00");
    EXPECT_EQ(cents(r.totals.shortfall), "1200.00");
    EXPECT_EQ(cents(r.monthly.spend[0]), "1400.00"); // marketplace spend itself is not discounted
}

TEST(CommitmentRule, ClauseStartOverridesTheContractStart)
{
    auto b = base(12);
    b.contract("edp", "cb", "2026-01", "2027-12");
    auto c = clause({"1000"}, "10");
    c.start = M("2026-07");
    b.lastContract().commitments.push_back(c);
    const auto r = b.evaluate("S");
    EXPECT_EQ(cents(r.monthly.spend[5]), "1000.00");
    EXPECT_EQ(cents(r.monthly.spend[6]), "900.00");
}

TEST(CommitmentRule, MonthsBeforeTheHorizonDrawNothing)
{
    auto b = base(24);
    b.contract("edp", "cb", "2025-07", "2027-06");
    b.lastContract().commitments.push_back(clause({"15000", "15000"}, "10"));
    const auto r = b.evaluate("S");
    // Year 1 = 2025-07 … 2026-06: only 6 horizon months → drawn 5 400, 9 600 short at 2026-06.
    // Year 2 = 2026-07 … 2027-06: drawn 10 800 → 4 200 at 2027-06. No discount after.
    EXPECT_EQ(cents(r.monthly.shortfall[5]), "9600.00");
    EXPECT_EQ(cents(r.monthly.shortfall[17]), "4200.00");
    EXPECT_EQ(cents(r.monthly.spend[18]), "1000.00");
    const auto &years = providerOf(r, "cb").commitments;
    ASSERT_EQ(years.size(), 2u);
    EXPECT_EQ(cents(years[0].drawn), "5400.00");
}

TEST(CommitmentRule, YearsOutsideTheHorizonAreNotListed)
{
    auto b = base(12);
    b.contract("edp", "cb", "2026-01", "2029-12");
    b.lastContract().commitments.push_back(clause({"1000", "1000", "1000", "1000"}, "0"));
    const auto r = b.evaluate("S");
    EXPECT_EQ(providerOf(r, "cb").commitments.size(), 1u);
}

TEST(CommitmentRule, AClauseWithoutAGivenDiscountDiscountsNothingButStillDrawsDown)
{
    // discount_pct not given (empty, §6.1 rev 2): spend = list = 1 000 a month,
    // drawdown 12 000 a year, shortfall 15 000 − 12 000 = 3 000.
    auto b = base(12);
    b.contract("edp", "cb", "2026-01", "2026-12");
    hp::CommitmentClause c = clause({"15000"}, "0");
    c.discountPct.reset();
    b.lastContract().commitments.push_back(c);
    const auto r = b.evaluate("S");
    EXPECT_EQ(cents(r.monthly.spend[0]), "1000.00");
    EXPECT_TRUE(r.totals.discount.isZero());
    EXPECT_EQ(cents(r.monthly.shortfall[11]), "3000.00");
    EXPECT_EQ(cents(r.totals.total), "15000.00"); // 12 000 + 3 000
}

TEST(CommitmentRule, FiveStackedDiscountsRoundTheExactProductOnce)
{
    // Five overlapping clauses of 5, 6, 7, 8.5 and 9.25 %: Π keep ÷ 100^5 =
    // 0.689607752625125… (5 516 862 021 ÷ 8e9, not exact at 1e-9), so each line
    // takes the factors as one fraction: 1000.000000001 × it =
    // 689.607752625689… → 689.607752626, the one rounding of percentProduct.
    ProjectBuilder b;
    b.provider("cb").offering("b1", "cb", "1.00");
    b.workload("w", hp::WorkloadClass::StatelessApi, "1000.000000001");
    b.scenario("S", "2026-01", 12).place("w", "2026-01", {{"b1", "100"}});
    b.contract("edp", "cb", "2026-01", "2026-12");
    for (const char *discount : {"5", "6", "7", "8.5", "9.25"})
        b.lastContract().commitments.push_back(clause({"1"}, discount));
    const auto r = b.evaluate("S");
    EXPECT_EQ(exact(r.monthly.spend[0]), "689.607752626");
    EXPECT_EQ(r.monthly.spend[0], hp::Decimal::percentProduct({D("1000.000000001"), D("95"), D("94"), D("93"), D("91.5"), D("90.75")}, 5));
    EXPECT_EQ(cents(r.totals.spend), "8275.29");

    // Five of 12.34567891 %: the fraction (87.65432109 ÷ 100)^5 needs more than
    // 128 bits, so the line goes through percentProduct itself: 517.447927385.
    auto c = b;
    c.lastContract().commitments.clear();
    for (int i = 0; i < 5; ++i)
        c.lastContract().commitments.push_back(clause({"1"}, "12.34567891"));
    const auto s = c.evaluate("S");
    EXPECT_EQ(exact(s.monthly.spend[0]), "517.447927385");
    const hp::Decimal keep = D("87.65432109");
    EXPECT_EQ(s.monthly.spend[0], hp::Decimal::percentProduct({D("1000.000000001"), keep, keep, keep, keep, keep}, 5));
}
