#include "ExactRatio.h"

#include "money/LimbDivision.h"

#include <boost/multiprecision/cpp_int.hpp>

#include <algorithm>
#include <cstdint>

namespace hp {

namespace {
using Big = boost::multiprecision::checked_int1024_t;
constexpr std::size_t kMagnitudeFactors = 4;

UInt128 magnitude(Int128 raw) { return raw < 0 ? UInt128(-(raw + 1)) + 1 : UInt128(raw); }

Big big(Int128 raw)
{
    const bool negative = raw < 0;
    const UInt128 m = magnitude(raw);
    Big out = Big(std::uint64_t(m >> 64));
    out <<= 64;
    out += Big(std::uint64_t(m));
    return negative ? Big(-out) : out;
}

/// numerator ÷ denominator (both ≥ 0) rounded half-even, as a Decimal of
/// that sign; throws when it leaves Decimal's range.
Decimal rounded(const Big &numerator, const Big &denominator, bool negative)
{
    Big quotient = numerator / denominator;
    const Big twice = (numerator % denominator) * 2;
    if (twice > denominator || (twice == denominator && (quotient & 1) != 0))
        ++quotient;
    static const Big limit = Big(1) << 127;
    if (quotient >= limit)
        throw DecimalOverflow("a rationed product exceeds the exact-money range");
    const auto hi = static_cast<std::uint64_t>(quotient >> 64);
    const auto lo = static_cast<std::uint64_t>(quotient & Big(UINT64_MAX));
    const Int128 raw = Int128((UInt128(hi) << 64) | lo);
    return Decimal::fromRaw(negative ? -raw : raw);
}

/// A magnitude as 64-bit limbs (docs: money/LimbDivision.h).
struct Limbs {
    std::uint64_t limb[limbs::kMaxLimbs] = {};
    int size = 0;

    explicit Limbs(UInt128 m)
    {
        limb[0] = std::uint64_t(m);
        limb[1] = std::uint64_t(m >> 64);
        size = limbs::significant(limb, 2);
    }
    void multiplyBy(const Limbs &other)
    {
        std::uint64_t out[limbs::kMaxLimbs];
        limbs::multiply<std::uint64_t, UInt128>(limb, size, other.limb, other.size, out);
        size += other.size;
        std::copy(out, out + size, limb);
        size = limbs::significant(limb, size);
    }
};

/// −1, 0 or 1 as a is below, equal to or above b.
int compare(const std::uint64_t *a, int m, const std::uint64_t *b, int n)
{
    m = limbs::significant(a, m);
    n = limbs::significant(b, n);
    if (m != n)
        return m < n ? -1 : 1;
    for (int i = m - 1; i >= 0; --i)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

/// Up to four factors (what the rules pass), on magnitudes as 64-bit limbs:
/// Π < 2^508, the divisor times 10^18 < 2^187.
Decimal ofFew(std::initializer_list<Decimal> factors, Decimal divisor)
{
    bool negative = divisor.isNegative();
    Limbs numerator(1);
    for (Decimal f : factors) {
        if (f.isZero())
            return Decimal();
        negative = negative != f.isNegative();
        numerator.multiplyBy(Limbs(magnitude(f.raw())));
    }
    Limbs denominator(magnitude(divisor.raw()));
    const auto n = factors.size();
    UInt128 scale = 1; // S^(n−2) on the divisor, or S^(2−n) on the numerator
    for (std::size_t i = 2; i < n; ++i)
        scale *= Decimal::kScale;
    if (n > 2)
        denominator.multiplyBy(Limbs(scale));
    else if (n < 2)
        numerator.multiplyBy(Limbs(n == 0 ? UInt128(Decimal::kScale) * Decimal::kScale : UInt128(Decimal::kScale)));
    const int m = numerator.size;
    const int d = limbs::significant(denominator.limb, denominator.size);
    std::uint64_t q[limbs::kMaxLimbs + 1] = {};
    std::uint64_t r[limbs::kMaxLimbs] = {};
    if (m < d)
        std::copy(numerator.limb, numerator.limb + m, r);
    else
        limbs::divide<std::uint64_t, UInt128, Int128>(numerator.limb, m, denominator.limb, d, q, r);
    // Half-even: compare 2r with the divisor.
    std::uint64_t twice[limbs::kMaxLimbs + 1] = {};
    for (int i = 0; i < d; ++i)
        twice[i] = (r[i] << 1) | (i > 0 ? r[i - 1] >> 63 : 0);
    twice[d] = r[d - 1] >> 63;
    const int c = compare(twice, d + 1, denominator.limb, d);
    if (c > 0 || (c == 0 && (q[0] & 1) != 0)) {
        int i = 0;
        while (++q[i] == 0) // the quotient is far below 2^1088: the carry stops
            ++i;
    }
    if (limbs::significant(q, limbs::kMaxLimbs + 1) > 2 || (q[1] >> 63) != 0)
        throw DecimalOverflow("a rationed product exceeds the exact-money range");
    const Int128 raw = Int128((UInt128(q[1]) << 64) | q[0]);
    return Decimal::fromRaw(negative ? -raw : raw);
}
} // namespace

Decimal ExactRatio::of(std::initializer_list<Decimal> factors, Decimal divisor)
{
    if (divisor.isZero())
        throw DecimalDivisionByZero("division by zero");
    if (factors.size() <= kMagnitudeFactors)
        return ofFew(factors, divisor);
    // value = Π(raw_i / S) ÷ (raw_d / S); raw result = Π raw_i ÷ (S^(n−1) · raw_d) · S.
    try {
        Big numerator = 1;
        for (Decimal f : factors) {
            if (f.isZero())
                return Decimal();
            numerator *= big(f.raw());
        }
        Big denominator = big(divisor.raw());
        const auto n = factors.size();
        for (std::size_t i = 2; i < n; ++i)
            denominator *= Decimal::kScale;
        const bool negative = (numerator < 0) != (denominator < 0);
        if (numerator < 0)
            numerator = -numerator;
        if (denominator < 0)
            denominator = -denominator;
        return rounded(numerator, denominator, negative);
    } catch (const std::overflow_error &e) {
        throw DecimalOverflow(e.what());
    }
}

} // namespace hp
