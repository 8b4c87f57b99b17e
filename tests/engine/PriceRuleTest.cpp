// docs/rules.md §4.2 — price × (1 + drift)^k, k whole years from the effective month.
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

TEST(PriceRule, DriftPowerIsExactAndRoundedOnce)
{
    // 9.4155 at −5 % a year: 9.4155 × 0.95^k with the power exact, rounded once:
    // k = 3: 8.0726143125 → 8.072614312 (tie, to even); k = 4: 7.668983596875
    // → 7.668983597. Year by year the k = 4 price was 8.072614312 × 0.95 =
    // 7.6689835964 → 7.668983596.
    const auto s = PriceRule::series(offering("9.4155", "-5"), M("2026-01"), 49);
    EXPECT_EQ(exact(s[12]), "8.944725");
    EXPECT_EQ(exact(s[36]), "8.072614312");
    EXPECT_EQ(exact(s[48]), "7.668983597");

    // In the engine: 1e8 units in 2030-01 cost 1e8 × 7.668983597 = 766 898 359.70
    // (year by year: 766 898 359.60).
    ProjectBuilder b;
    b.provider("a").offering("a1", "a", "9.4155").workload("w", hp::WorkloadClass::Training, "100000000");
    b.lastOffering().annualDriftPct = D("-5");
    b.lastOffering().effectiveMonth = M("2026-01");
    b.scenario("S", "2026-01", 49).place("w", "2026-01", {{"a1", "100"}});
    EXPECT_EQ(cents(b.evaluate("S").monthly.listSpend[48]), "766898359.70");
}

TEST(PriceRule, TwentyYearsOfDriftWithManyDigitsStayExact)
{
    // The k-th price is price raw × m^k ÷ 10^(s·k) with 1 + drift = m ÷ 10^s,
    // an integer power computed exactly (128 bits while it fits, then
    // unbounded) and divided once. References from exact rational arithmetic:
    // 9.4155 × 1.03123456789^20 = 17.41777347799…, 9.4155 × 0.92345678013^20 =
    // 1.91502687632…, 9.4155 × (1 + 1e-11)^20 = 9.41550000188…
    EXPECT_EQ(exact(PriceRule::series(offering("9.4155", "3.123456789"), M("2026-01"), 241)[240]), "17.417773478");
    EXPECT_EQ(exact(PriceRule::series(offering("9.4155", "-7.654321987"), M("2026-01"), 241)[240]), "1.915026876");
    EXPECT_EQ(exact(PriceRule::series(offering("9.4155", "0.000000001"), M("2026-01"), 241)[240]), "9.415500002");
    EXPECT_EQ(exact(PriceRule::series(offering("1234567.891234567", "3.123456789"), M("2026-01"), 241)[240]),
              "2283832.390496969");
    // Decades before the horizon: k = 56 from 1970-01 to 2026-01; 2 × 0.5^56 rounds to zero.
    EXPECT_TRUE(PriceRule::series(offering("2", "-50", M("1970-01")), M("2026-01"), 1)[0].isZero());
}
