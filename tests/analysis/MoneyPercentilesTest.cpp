// docs/rules.md §5.7 — Monte Carlo percentiles of exact money (PERCENTILE.INC).
#include "analysis/MoneyPercentiles.h"

#include <gtest/gtest.h>

namespace {
hp::Decimal D(const char *text) { return hp::Decimal::parse(QString::fromLatin1(text)).value(); }
std::vector<hp::Decimal> values(std::initializer_list<const char *> texts)
{
    std::vector<hp::Decimal> v;
    for (const char *t : texts)
        v.push_back(D(t));
    return v;
}
} // namespace

TEST(MoneyPercentiles, InterpolatesBetweenOrderStatisticsLikeExcel)
{
    // Sorted: 10 20 30 40 50 60 70 80 90 100 110 (N = 11): position (N−1)·q is whole.
    auto v = values({"110", "10", "60", "30", "100", "20", "90", "40", "80", "50", "70"});
    const auto p = hp::MoneyPercentiles::of(v);
    EXPECT_EQ(p.p10.toCents(), QStringLiteral("20.00"));
    EXPECT_EQ(p.p50.toCents(), QStringLiteral("60.00"));
    EXPECT_EQ(p.p90.toCents(), QStringLiteral("100.00"));
    EXPECT_EQ(p.mean.toCents(), QStringLiteral("60.00"));
}

TEST(MoneyPercentiles, FractionalPositionsAndExactMean)
{
    // N = 4: P10 at 0.3 → 1 + 0.3·(2 − 1) = 1.3; P50 at 1.5 → 2.5; P90 at 2.7 → 3 + 0.7·(10 − 3) = 7.9.
    auto v = values({"10", "1", "3", "2"});
    const auto p = hp::MoneyPercentiles::of(v);
    EXPECT_EQ(p.p10.toString(9), QStringLiteral("1.300000000"));
    EXPECT_EQ(p.p50.toString(9), QStringLiteral("2.500000000"));
    EXPECT_EQ(p.p90.toString(9), QStringLiteral("7.900000000"));
    // (10 + 1 + 3 + 2) / 4 = 4; a third needs one rounding to 1e-9 (half-even).
    EXPECT_EQ(p.mean.toString(9), QStringLiteral("4.000000000"));
    auto thirds = values({"0", "0", "1"});
    EXPECT_EQ(hp::MoneyPercentiles::of(thirds).mean.toString(9), QStringLiteral("0.333333333"));
}

TEST(MoneyPercentiles, OneValueAndEmpty)
{
    auto one = values({"-5.25"});
    const auto p = hp::MoneyPercentiles::of(one);
    EXPECT_EQ(p.p10, D("-5.25"));
    EXPECT_EQ(p.p90, D("-5.25"));
    std::vector<hp::Decimal> none;
    EXPECT_TRUE(hp::MoneyPercentiles::of(none).p50.isZero());
}
