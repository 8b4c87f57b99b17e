// ExactRatio (docs/rules.md §11.2): Π factors ÷ divisor, exact, rounded once
// half-even to 1e-9. Up to four factors it works on magnitudes in 512 bits,
// beyond on signed 1024-bit integers; both must give what an unbounded
// integer computation gives.
#include "engine/ExactRatio.h"
#include "money/LimbDivision.h"

#include <boost/multiprecision/cpp_int.hpp>

#include <gtest/gtest.h>

#include <optional>
#include <random>
#include <vector>

using namespace hp;

namespace {

Decimal d(const char *text) { return Decimal::fromString(QString::fromLatin1(text)); }

Decimal ratio(const std::vector<Decimal> &factors, Decimal divisor)
{
    switch (factors.size()) {
    case 0: return ExactRatio::of({}, divisor);
    case 1: return ExactRatio::of({factors[0]}, divisor);
    case 2: return ExactRatio::of({factors[0], factors[1]}, divisor);
    case 3: return ExactRatio::of({factors[0], factors[1], factors[2]}, divisor);
    case 4: return ExactRatio::of({factors[0], factors[1], factors[2], factors[3]}, divisor);
    case 5: return ExactRatio::of({factors[0], factors[1], factors[2], factors[3], factors[4]}, divisor);
    default: ADD_FAILURE() << "up to five factors"; return {};
    }
}

/// The same quotient with unbounded integers: with S = 10^9, the raw result is
/// Π raw_i · S² ÷ (S^n · raw_d), rounded half-even; nullopt at 2^127 or beyond.
std::optional<Int128> reference(const std::vector<Decimal> &factors, Decimal divisor)
{
    using boost::multiprecision::cpp_int;
    const auto toBig = [](Int128 raw) {
        const bool negative = raw < 0;
        const UInt128 m = negative ? UInt128(-(raw + 1)) + 1 : UInt128(raw);
        cpp_int out = std::uint64_t(m >> 64);
        out <<= 64;
        out += std::uint64_t(m);
        return negative ? cpp_int(-out) : out;
    };
    cpp_int numerator = cpp_int(Decimal::kScale) * Decimal::kScale;
    for (Decimal f : factors)
        numerator *= toBig(f.raw());
    cpp_int denominator = toBig(divisor.raw());
    for (std::size_t i = 0; i < factors.size(); ++i)
        denominator *= Decimal::kScale;
    const bool negative = (numerator < 0) != (denominator < 0);
    numerator = abs(numerator);
    denominator = abs(denominator);
    cpp_int q = numerator / denominator;
    const cpp_int r2 = (numerator % denominator) * 2;
    if (r2 > denominator || (r2 == denominator && (q & 1) != 0))
        ++q;
    if (q >= (cpp_int(1) << 127))
        return std::nullopt;
    const auto hi = static_cast<std::uint64_t>(q >> 64);
    const auto lo = static_cast<std::uint64_t>(q & cpp_int(UINT64_MAX));
    const Int128 raw = Int128((UInt128(hi) << 64) | lo);
    return negative ? -raw : raw;
}

} // namespace

TEST(ExactRatio, HandComputedProductsRoundOnceHalfEven)
{
    EXPECT_EQ(ExactRatio::of({d("1.5"), d("2")}, d("4")), d("0.75"));
    EXPECT_EQ(ExactRatio::of({d("1"), d("1"), d("1")}, d("3")), d("0.333333333"));
    EXPECT_EQ(ExactRatio::of({d("2"), d("1"), d("1"), d("1")}, d("3")), d("0.666666667"));
    // 0.000000001 ÷ 2 = 0.0000000005: half to even, 0; 0.000000003 ÷ 2 → 0.000000002.
    EXPECT_EQ(ExactRatio::of({d("0.000000001")}, d("2")), d("0"));
    EXPECT_EQ(ExactRatio::of({d("0.000000003")}, d("2")), d("0.000000002"));
    EXPECT_EQ(ExactRatio::of({d("-0.000000003")}, d("2")), d("-0.000000002"));
    EXPECT_EQ(ExactRatio::of({d("-3"), d("5"), d("7"), d("11")}, d("-2")), d("577.5"));
    EXPECT_EQ(ExactRatio::of({d("3"), d("5"), d("7"), d("11"), d("0.5")}, d("-2")), d("-288.75"));
    EXPECT_EQ(ExactRatio::of({}, d("8")), d("0.125"));
    EXPECT_EQ(ExactRatio::of({d("0"), d("5")}, d("2")), d("0"));
    // 40 000 000 units × 25 points × 0.5 price × 10 000 000 capacity ÷ (20 000 000 × 100 points)
    EXPECT_EQ(ExactRatio::of({d("40000000"), d("25"), d("0.5"), d("10000000")}, d("2000000000")), d("2500000"));
    EXPECT_THROW(ExactRatio::of({d("1")}, d("0")), DecimalDivisionByZero);
    EXPECT_THROW(ExactRatio::of({d("100000000000000000000"), d("100000000000000000000")}, d("0.000000001")), DecimalOverflow);
    EXPECT_THROW(ExactRatio::of({d("100000000000000000000"), d("100000000000000000000"), d("1"), d("1"), d("1")}, d("0.000000001")),
                 DecimalOverflow);
}

TEST(ExactRatio, AgreesWithUnboundedIntegersOnRandomAndExtremeOperands)
{
    std::mt19937_64 random(16);
    const Int128 max = ~(Int128(1) << 127);
    const Int128 min = Int128(1) << 127;
    const auto operand = [&]() -> Int128 {
        switch (random() % 6) {
        case 0: return max - Int128(random() % 3);
        case 1: return min + Int128(random() % 3);
        default: {
            // Any width from 1 to 127 bits, either sign.
            const int bits = 1 + int(random() % 127);
            const UInt128 wide = (UInt128(random()) << 64) | random();
            const Int128 v = Int128(wide >> (128 - bits));
            return (random() & 1) ? -v : v;
        }
        }
    };
    int compared = 0, overflowed = 0;
    for (int i = 0; i < 20000; ++i) {
        std::vector<Decimal> factors(std::size_t(random() % 6));
        for (Decimal &f : factors)
            f = Decimal::fromRaw(operand());
        Decimal divisor = Decimal::fromRaw(operand());
        if (divisor.isZero())
            divisor = Decimal::one();
        const auto expected = reference(factors, divisor);
        if (expected) {
            ASSERT_EQ(ratio(factors, divisor).raw(), *expected) << "case " << i;
            ++compared;
        } else {
            ASSERT_THROW(ratio(factors, divisor), DecimalOverflow) << "case " << i;
            ++overflowed;
        }
    }
    EXPECT_GT(compared, 5000);
    EXPECT_GT(overflowed, 1000);
}

TEST(LimbDivision, SixteenBitLimbsAgreeWithUnboundedIntegersIncludingTheRareCorrections)
{
    // With 16-bit limbs, algorithm D's estimate is too large by one or two (the
    // "add back" step) often enough for random operands to reach it.
    using boost::multiprecision::cpp_int;
    std::mt19937_64 random(1016);
    const auto toBig = [](const std::uint16_t *a, int m) {
        cpp_int out = 0;
        for (int i = m - 1; i >= 0; --i)
            out = (out << 16) | a[i];
        return out;
    };
    int checked = 0;
    for (int c = 0; c < 200000; ++c) {
        const int n = 1 + int(random() % 6);
        const int m = n + int(random() % 7);
        std::uint16_t u[limbs::kMaxLimbs] = {}, v[limbs::kMaxLimbs] = {};
        for (int i = 0; i < m; ++i)
            u[i] = std::uint16_t(random() % 4 == 0 ? 0xFFFF : random());
        for (int i = 0; i < n; ++i)
            v[i] = std::uint16_t(random() % 4 == 0 ? 0xFFFF : random() % 3 == 0 ? 0x8000 : random());
        if (v[n - 1] == 0)
            v[n - 1] = 1;
        std::uint16_t q[limbs::kMaxLimbs + 1] = {}, r[limbs::kMaxLimbs] = {};
        limbs::divide<std::uint16_t, std::uint32_t, std::int64_t>(u, m, v, n, q, r);
        const cpp_int bu = toBig(u, m), bv = toBig(v, n);
        ASSERT_EQ(toBig(q, m - n + 1), bu / bv) << "case " << c;
        ASSERT_EQ(toBig(r, n), bu % bv) << "case " << c;
        ++checked;
    }
    EXPECT_EQ(checked, 200000);
    // Hand-computed: 0x0001'0000'0000 ÷ 0xFFFF = 0x1'0001 rest 1.
    const std::uint16_t u[3] = {0, 0, 1}, v[1] = {0xFFFF};
    std::uint16_t q[3] = {}, r[1] = {};
    limbs::divide<std::uint16_t, std::uint32_t, std::int64_t>(u, 3, v, 1, q, r);
    EXPECT_EQ(q[0], 1);
    EXPECT_EQ(q[1], 1);
    EXPECT_EQ(q[2], 0);
    EXPECT_EQ(r[0], 1);
    // 2^47 ÷ (2^31 + 1) with a two-limb divisor: 2^47 = 0xFFFF · (2^31 + 1) + 0x7FFF'0001.
    const std::uint16_t u2[3] = {0, 0, 0x8000}, v2[2] = {1, 0x8000};
    std::uint16_t q2[2] = {}, r2[2] = {};
    limbs::divide<std::uint16_t, std::uint32_t, std::int64_t>(u2, 3, v2, 2, q2, r2);
    EXPECT_EQ(q2[0], 0xFFFF);
    EXPECT_EQ(q2[1], 0);
    EXPECT_EQ(r2[0], 0x0001);
    EXPECT_EQ(r2[1], 0x7FFF);
}
