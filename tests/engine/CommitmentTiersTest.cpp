// docs/rules.md §12.2 — tiered commitment discounts: the discount of the highest
// tier whose min_total the clause's total commitment (Σ year amounts) reaches,
// 0 below the lowest tier; without tiers the clause's own discount_pct.
// Base case: 1000 units × 1.00 = 1000 list per month on provider cb, one
// yearly commitment year over a 12-month horizon (list 12 000 a year).
// Tiers: 10 000 → 5 %, 12 000 → 10 %, 15 000 → 20 %; discount_pct 3 (ignored
// when tiers exist).
#include "ProjectBuilder.h"

using namespace hptest;

namespace {
ProjectBuilder base(int months, std::vector<const char *> years, bool withTiers = true)
{
    ProjectBuilder b;
    b.provider("cb").offering("b1", "cb", "1.00");
    b.workload("w", hp::WorkloadClass::StatelessApi, "1000");
    b.scenario("S", "2026-01", months).place("w", "2026-01", {{"b1", "100"}});
    b.contract("edp", "cb", "2026-01", "2027-12");
    hp::CommitmentClause c;
    for (const char *y : years)
        c.yearAmounts.push_back(D(y));
    c.discountPct = D("3");
    if (withTiers)
        c.tiers = {{D("10000"), D("5")}, {D("12000"), D("10")}, {D("15000"), D("20")}};
    b.lastContract().commitments.push_back(c);
    return b;
}
} // namespace

TEST(CommitmentTiers, ATierBoundaryReachedExactlyEarnsThatTier)
{
    const auto r = base(12, {"12000"}).evaluate("S");
    // 12 000 ≥ 12 000 → 10 %: spend 1000 × 90 % = 900 a month, 10 800 a year;
    // shortfall 12 000 − 10 800 = 1 200; total 10 800 + 1 200 = 12 000.
    EXPECT_EQ(cents(r.monthly.spend[0]), "900.00");
    EXPECT_EQ(cents(r.totals.discount), "1200.00");
    EXPECT_EQ(cents(r.totals.shortfall), "1200.00");
    EXPECT_EQ(cents(r.totals.total), "12000.00");
}

TEST(CommitmentTiers, JustBelowABoundaryEarnsTheTierBelow)
{
    const auto r = base(12, {"11999.99"}).evaluate("S");
    // 11 999.99 < 12 000 → 5 %: spend 950 a month, 11 400 a year;
    // shortfall 11 999.99 − 11 400 = 599.99; total 11 400 + 599.99 = 11 999.99.
    EXPECT_EQ(cents(r.monthly.spend[0]), "950.00");
    EXPECT_EQ(cents(r.totals.shortfall), "599.99");
    EXPECT_EQ(cents(r.totals.total), "11999.99");
}

TEST(CommitmentTiers, AboveTheTopTierEarnsTheTopDiscount)
{
    const auto r = base(12, {"20000"}).evaluate("S");
    // 20 000 ≥ 15 000 → 20 %: spend 800 a month, 9 600 a year;
    // shortfall 20 000 − 9 600 = 10 400; total 9 600 + 10 400 = 20 000.
    EXPECT_EQ(cents(r.monthly.spend[0]), "800.00");
    EXPECT_EQ(cents(r.totals.shortfall), "10400.00");
    EXPECT_EQ(cents(r.totals.total), "20000.00");
}

TEST(CommitmentTiers, BelowTheLowestTierThereIsNoDiscountNotDiscountPct)
{
    const auto r = base(12, {"9999.99"}).evaluate("S");
    // 9 999.99 < 10 000 → 0 % (not discount_pct 3): spend 1000 a month, 12 000
    // a year ≥ 9 999.99, so no shortfall; total 12 000.
    EXPECT_EQ(cents(r.monthly.spend[0]), "1000.00");
    EXPECT_TRUE(r.totals.discount.isZero());
    EXPECT_TRUE(r.totals.shortfall.isZero());
    EXPECT_EQ(cents(r.totals.total), "12000.00");
}

TEST(CommitmentTiers, WithoutTiersTheClauseKeepsItsDiscountPct)
{
    const auto r = base(12, {"9999.99"}, false).evaluate("S");
    // discount_pct 3: spend 970 a month, 11 640 a year ≥ 9 999.99; total 11 640.
    EXPECT_EQ(cents(r.monthly.spend[0]), "970.00");
    EXPECT_EQ(cents(r.totals.total), "11640.00");
}

TEST(CommitmentTiers, TheTotalIsTheSumOfAllYearAmounts)
{
    const auto r = base(24, {"5000", "7000"}).evaluate("S");
    // Σ = 5 000 + 7 000 = 12 000 → 10 % in both years (neither year alone reaches
    // a tier): spend 900 a month, 10 800 a year ≥ 5 000 and ≥ 7 000: no
    // shortfall; total 24 × 900 = 21 600.
    EXPECT_EQ(cents(r.monthly.spend[23]), "900.00");
    EXPECT_TRUE(r.totals.shortfall.isZero());
    EXPECT_EQ(cents(r.totals.total), "21600.00");
}
