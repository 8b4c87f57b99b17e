// CentsText (models/money/CentsText.h): the text of Decimal::toCents() without
// a QString; a 64-bit path within ±2^63 raw units, the 128-bit one beyond.
#include "money/CentsText.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <random>
#include <string>

using hp::CentsText;
using hp::Decimal;
using hp::Int128;

namespace {

std::string cents(Decimal v)
{
    CentsText::Buffer buffer;
    return std::string(CentsText::format(v, buffer));
}

std::string cents(const char *text) { return cents(Decimal::fromString(QString::fromLatin1(text))); }

Int128 int128(const char *digits)
{
    const bool negative = *digits == '-';
    Int128 v = 0;
    for (const char *p = digits + (negative ? 1 : 0); *p; ++p)
        v = v * 10 - (*p - '0'); // accumulate negatively: -2^127 fits
    return negative ? v : -v;
}

} // namespace

TEST(CentsText, WritesTwoDecimalsOfHandComputedValues)
{
    EXPECT_EQ(cents("0"), "0.00");
    EXPECT_EQ(cents("1234.5"), "1234.50");
    EXPECT_EQ(cents("7"), "7.00");
    EXPECT_EQ(cents("0.07"), "0.07");
    EXPECT_EQ(cents("-0.07"), "-0.07");
    EXPECT_EQ(cents("-1234.5"), "-1234.50");
    EXPECT_EQ(cents("100.004999999"), "100.00");
    EXPECT_EQ(cents("100.005000001"), "100.01");
    EXPECT_EQ(cents("0.000000001"), "0.00");
    EXPECT_EQ(cents("99.999"), "100.00");
    EXPECT_EQ(cents("-99.995"), "-100.00");
}

TEST(CentsText, RoundsTiesHalfEvenOnTheMagnitude)
{
    EXPECT_EQ(cents("0.005"), "0.00");
    EXPECT_EQ(cents("0.015"), "0.02");
    EXPECT_EQ(cents("0.025"), "0.02");
    EXPECT_EQ(cents("0.035"), "0.04");
    EXPECT_EQ(cents("0.045"), "0.04");
    EXPECT_EQ(cents("-0.015"), "-0.02");
    EXPECT_EQ(cents("-0.025"), "-0.02");
    EXPECT_EQ(cents("12.345"), "12.34");
    EXPECT_EQ(cents("12.355"), "12.36");
}

TEST(CentsText, ANegativeValueThatRoundsToZeroHasNoSign)
{
    EXPECT_EQ(cents("-0.004"), "0.00");
    EXPECT_EQ(cents("-0.005"), "0.00"); // a tie, to the even 0
    EXPECT_EQ(cents("-0.000000001"), "0.00");
    EXPECT_EQ(cents("-0.005000001"), "-0.01");
}

TEST(CentsText, ValuesAtTheEdgesOfThe64BitPathAndThe128BitRange)
{
    constexpr std::int64_t max64 = std::numeric_limits<std::int64_t>::max(); // 9223372036.854775807
    EXPECT_EQ(cents(Decimal::fromRaw(max64)), "9223372036.85");
    EXPECT_EQ(cents(Decimal::fromRaw(Int128(max64) + 1)), "9223372036.85"); // the 128-bit path
    EXPECT_EQ(cents(Decimal::fromRaw(-Int128(max64))), "-9223372036.85");
    EXPECT_EQ(cents(Decimal::fromRaw(-Int128(max64) - 1)), "-9223372036.85");
    EXPECT_EQ(cents(Decimal::fromRaw(Int128(max64) + 5'000'000)), "9223372036.86"); // 0.859775807
    // 2^127 - 1 = 170141183460469231731687303715.884105727 units.
    EXPECT_EQ(cents(Decimal::fromRaw(int128("170141183460469231731687303715884105727"))),
              "170141183460469231731687303715.88");
    EXPECT_EQ(cents(Decimal::fromRaw(int128("-170141183460469231731687303715884105728"))),
              "-170141183460469231731687303715.88");
    EXPECT_EQ(cents(Decimal::fromRaw(int128("170141183460469231731687303715875000000"))),
              "170141183460469231731687303715.88"); // a tie, to the even 88
    EXPECT_EQ(cents(Decimal::fromRaw(int128("-170141183460469231731687303715865000000"))),
              "-170141183460469231731687303715.86");
    EXPECT_EQ(cents(Decimal::fromRaw(int128("18446744073709551616000000000"))), "18446744073709551616.00"); // 2^64 units
}

TEST(CentsText, EqualsToCentsOnRandomValuesOfEveryMagnitude)
{
    std::mt19937_64 random(16);
    for (int i = 0; i < 200'000; ++i) {
        const int bits = 1 + int(random() % 127);
        Int128 raw = (Int128(random()) << 64) | Int128(random());
        raw &= (Int128(1) << bits) - 1;
        if (random() % 4 == 0)
            raw = raw / 5'000'000 * 5'000'000; // ties and whole cents
        if (random() % 2 == 0)
            raw = -raw;
        const Decimal v = Decimal::fromRaw(raw);
        ASSERT_EQ(cents(v), v.toCents().toStdString()) << v.toString().toStdString();
    }
}
