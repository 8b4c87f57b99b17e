// docs/rules.md §3 (rev 2) — a product with a percentage keeps every digit the
// input gave: `units × 33.33333333 % × price` is `units × 33.33333333 × price
// ÷ 100`, rounded once, never the fraction rounded to 1e-9 first. One test per
// percentage the engine multiplies with; each comment gives the hand
// arithmetic and what rounding the fraction first would have given.
#include "ProjectBuilder.h"

#include "engine/DemandRule.h"

using namespace hptest;

namespace {
/// One workload of `units` a month on ca's a1 at 1.00, fully placed, 12 months.
ProjectBuilder oneWorkload(const char *units = "1000000000", const char *revenue = "0")
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1").provider("cb").offering("b1", "cb", "1", "Trainium2");
    b.workload("w", hp::WorkloadClass::StatelessApi, units, revenue);
    b.scenario("S", "2026-01", 12).place("w", "2026-01", {{"a1", "100"}});
    return b;
}
} // namespace

TEST(ExactPercentages, GrowthKeepsEveryDigit)
{
    // 1e9 × 100.12345678 ÷ 100 = 1 001 234 567.8 exactly; the fraction rounded
    // first (0.0012345678 → 0.001234568) gave 1 001 234 568.
    const auto s = hp::DemandRule::series(D("1000000000"), D("0.12345678"), 3);
    EXPECT_EQ(exact(s[1]), "1001234567.8");
    // 1 001 234 567.8 × 1.0012345678 = 1 002 470 659.757652797 (rounded at each step, §4.1).
    EXPECT_EQ(exact(s[2]), "1002470659.757652797");

    auto b = oneWorkload();
    b.lastWorkload().monthlyGrowthPct = D("0.12345678");
    EXPECT_EQ(cents(b.evaluate("S").monthly.listSpend[1]), "1001234567.80");
}

TEST(ExactPercentages, SharesKeepEveryDigit)
{
    // 1e9 units at 1.00 split 33.33333333 / 66.66666667 for 12 months:
    // ca 1e9 × 33.33333333 ÷ 100 = 333 333 333.3 a month → 3 999 999 999.60;
    // cb 666 666 666.7 a month → 8 000 000 000.40; together exactly 12e9.
    // Rounding the fractions first (0.333333333 / 0.666666667) moved 3.60
    // from ca to cb (3 999 999 996.00 / 8 000 000 004.00).
    auto b = oneWorkload();
    b.lastScenario().placements.clear();
    b.place("w", "2026-01", {{"a1", "33.33333333"}, {"b1", "66.66666667"}});
    const auto r = b.evaluate("S");
    EXPECT_EQ(cents(providerOf(r, "ca").spend), "3999999999.60");
    EXPECT_EQ(cents(providerOf(r, "cb").spend), "8000000000.40");
    EXPECT_EQ(cents(r.totals.spend), "12000000000.00");
}

TEST(ExactPercentages, DiscountsKeepEveryDigit)
{
    // One clause of 12.34567891 %: 1e9 × 87.65432109 ÷ 100 = 876 543 210.9
    // (the fraction first: 1e9 × 0.876543211 = 876 543 211).
    auto b = oneWorkload();
    b.contract("edp", "ca", "2026-01", "2026-12");
    hp::CommitmentClause c;
    c.yearAmounts = {D("1")};
    c.discountPct = D("12.34567891");
    b.lastContract().commitments.push_back(c);
    EXPECT_EQ(exact(b.evaluate("S").monthly.spend[0]), "876543210.9");

    // A second, overlapping clause of 33.33333333 % compounds in the same product:
    // 1e9 × 87.65432109 × 66.66666667 ÷ 100² = 584 362 140.629218107 (exact at 1e-9).
    c.discountPct = D("33.33333333");
    b.lastContract().commitments.push_back(c);
    EXPECT_EQ(exact(b.evaluate("S").monthly.spend[0]), "584362140.629218107");
}

TEST(ExactPercentages, MarketplaceCreditKeepsEveryDigit)
{
    // Drawdown = ca's 1 000 + marketplace 1e9 × 2.12345678 ÷ 100 = 21 234 567.8,
    // so 21 235 567.8 a month and 254 826 813.60 a year (the fraction first,
    // 0.021234568, gave 254 826 816.00).
    auto b = oneWorkload("1000");
    b.provider("mp", hp::ProviderKind::Marketplace).offering("m1", "mp", "1");
    b.workload("m", hp::WorkloadClass::Other, "1000000000");
    b.lastScenario().placements.push_back({S("m"), M("2026-01"), {{S("m1"), D("100")}}, 0});
    b.contract("edp", "ca", "2026-01", "2026-12");
    hp::CommitmentClause c;
    c.yearAmounts = {D("1")};
    c.marketplaceCreditPct = D("2.12345678");
    b.lastContract().commitments.push_back(c);
    EXPECT_EQ(cents(providerOf(b.evaluate("S"), "ca").commitments[0].drawn), "254826813.60");
}

TEST(ExactPercentages, RevenueShareRateAndScopeKeepEveryDigit)
{
    // Revenue 1e9 a month at 7.12345678 %: 71 234 567.8 (the fraction first: 71 234 568).
    auto b = oneWorkload("1", "1000000000");
    b.contract("k", "ca", "2026-01", "2030-12");
    hp::RevenueShareClause rs{D("7.12345678"), M("2026-01"), M("2030-12"), hp::allWorkloadClasses(),
                              hp::PlacementScope::Any, std::nullopt, std::nullopt};
    b.lastContract().revenueShares.push_back(rs);
    EXPECT_EQ(exact(b.evaluate("S").monthly.revenueShare[0]), "71234567.8");

    // On the counterparty: 1e9 × 33.33333333 % on ca = 333 333 333.3, × 20 % =
    // 66 666 666.66 (the share first: 333 333 333 × 20 % = 66 666 666.6).
    b.lastContract().revenueShares[0] = {D("20"), M("2026-01"), M("2030-12"), hp::allWorkloadClasses(),
                                         hp::PlacementScope::OnCounterparty, std::nullopt, std::nullopt};
    b.lastScenario().placements.clear();
    b.place("w", "2026-01", {{"a1", "33.33333333"}, {"b1", "66.66666667"}});
    EXPECT_EQ(exact(b.evaluate("S").monthly.revenueShare[0]), "66666666.66");
}

TEST(ExactPercentages, DamagesShareElsewhereAndBreachProbabilityKeepEveryDigit)
{
    // Revenue 1e9, 33.33333333 % of it placed off the beneficiary, damages
    // 100 %: gross = 1e9 × 33.33333333 ÷ 100 = 333 333 333.3 (the fraction
    // first: 1 − 0.666666667 = 0.333333333 → 333 333 333).
    auto b = oneWorkload("1", "1000000000");
    b.contract("k", "ca", "2026-01", "2030-12");
    hp::ExclusivityClause ex;
    ex.classes = {hp::WorkloadClass::StatelessApi};
    b.lastContract().exclusivities.push_back(ex);
    b.lastScenario().placements.clear();
    b.place("w", "2026-01", {{"a1", "66.66666667"}, {"b1", "33.33333333"}});
    EXPECT_EQ(exact(b.evaluate("S").violations[0].grossExposure), "333333333.3");

    // Wholly elsewhere, damages 33.33333333 % and contested at 66.66666667 %:
    // gross = 1e9 × 33.33333333 ÷ 100 = 333 333 333.3; expected = 333 333 333.3
    // × 66.66666667 ÷ 100 = 222 222 222.211111111 (the fractions first:
    // 333 333 333 × 0.666666667 = 222 222 222.111111111).
    b.lastContract().exclusivities[0].damagesValue = D("33.33333333");
    b.lastContract().classifications.push_back({hp::WorkloadClass::StatelessApi, hp::Coverage::Contested, D("66.66666667")});
    b.lastScenario().placements.clear();
    b.place("w", "2026-01", {{"b1", "100"}});
    const auto r = b.evaluate("S");
    EXPECT_EQ(exact(r.violations[0].grossExposure), "333333333.3");
    EXPECT_EQ(exact(r.violations[0].expectedExposure), "222222222.211111111");
}

TEST(ExactPercentages, DriftKeepsEveryDigit)
{
    // Price 10 at 0.12345678 % a year: 10 × 1.0012345678 = 10.012345678 from
    // 2027-01, × 1e9 units = 10 012 345 678.00 (the fraction first:
    // 10 × 1.001234568 = 10.01234568 → 10 012 345 680.00).
    auto b = oneWorkload();
    b.p.offerings[0].unitPrice = D("10");
    b.p.offerings[0].annualDriftPct = D("0.12345678");
    EXPECT_EQ(cents(b.evaluate("S").monthly.listSpend[11]), "10000000000.00");
    b.lastScenario().months = 13;
    EXPECT_EQ(cents(b.evaluate("S").monthly.listSpend[12]), "10012345678.00");
}

TEST(ExactPercentages, MovedSharesKeepEveryDigit)
{
    // From 2026-02, 33.33333333 % moves from a1 (no silicon) to b1 (Trainium2).
    // Egress: 1e9 GB × 33.33333333 ÷ 100 = 333 333 333.3 GB at 1.00;
    // re-engineering: 1 person-month × 1e9 × 33.33333333 ÷ 100 =
    // 333 333 333.3 (the fraction first: 333 333 333.00 each).
    auto b = oneWorkload();
    b.lastWorkload().storedGb = D("1000000000");
    b.lastWorkload().reengineeringPersonMonths = D("1");
    b.lastWorkload().costPerPersonMonth = D("1000000000");
    b.p.providers[0].egressTiers = {{std::nullopt, D("1")}};
    b.place("w", "2026-02", {{"a1", "66.66666667"}, {"b1", "33.33333333"}});
    const auto r = b.evaluate("S");
    EXPECT_EQ(exact(r.monthly.egress[1]), "333333333.3");
    EXPECT_EQ(exact(r.monthly.reengineering[1]), "333333333.3");
}
