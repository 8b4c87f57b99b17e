// DOMAIN.md §4.2 — price × (1 + drift)^k, k whole years from the effective month.
#include "ProjectBuilder.h"

#include "engine/PriceRule.h"

using namespace hptest;
using hp::PriceRule;

namespace {
hp::Offering offering(const char *price, const char *drift, std::optional<hp::YearMonth> effective = std::nullopt)
{
    hp::Offering o;
    o.unitPrice = D(price);
    o.annualDriftPct = D(drift);
    o.effectiveMonth = effective;
    return o;
}
} // namespace

TEST(PriceRule, DriftAppliesPerWholeYearFromTheHorizonStart)
{
    const auto s = PriceRule::series(offering("2.00", "10"), M("2026-01"), 25);
    EXPECT_EQ(s[0], D("2"));
    EXPECT_EQ(s[11], D("2"));   // 2026-12: 11 months, k = 0
    EXPECT_EQ(s[12], D("2.2"));  // 2027-01: k = 1 → 2 × 1.1
    EXPECT_EQ(s[23], D("2.2"));
    EXPECT_EQ(s[24], D("2.42")); // 2028-01: k = 2 → 2 × 1.1²
}

TEST(PriceRule, NoDriftBeforeTheEffectiveMonth)
{
    const auto s = PriceRule::series(offering("2.00", "10", M("2026-07")), M("2026-01"), 19);
    EXPECT_EQ(s[0], D("2"));   // before the effective month: k = 0
    EXPECT_EQ(s[6], D("2"));   // 2026-07
    EXPECT_EQ(s[17], D("2"));  // 2027-06: 11 months
    EXPECT_EQ(s[18], D("2.2")); // 2027-07: one whole year
}

TEST(PriceRule, EffectiveMonthBeforeTheHorizonCountsEarlierYears)
{
    // 2024-03 → 2026-01 is 22 months (k = 1); 2026-03 is 24 months (k = 2).
    const auto s = PriceRule::series(offering("2.00", "10", M("2024-03")), M("2026-01"), 3);
    EXPECT_EQ(s[0], D("2.2"));
    EXPECT_EQ(s[1], D("2.2"));
    EXPECT_EQ(s[2], D("2.42"));
}

TEST(PriceRule, NegativeDriftLowersThePrice)
{
    const auto s = PriceRule::series(offering("2.00", "-10"), M("2026-01"), 13);
    EXPECT_EQ(s[12], D("1.8"));
    EXPECT_EQ(PriceRule::wholeYears(M("2026-01"), M("2025-12")), 0);
    EXPECT_EQ(PriceRule::wholeYears(M("2026-01"), M("2029-01")), 3);
}
