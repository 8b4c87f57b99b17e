#include "ExactRatio.h"

#include <boost/multiprecision/cpp_int.hpp>

namespace hp {

namespace {
using Big = boost::multiprecision::checked_int1024_t;
/// Wide enough for four factors: |raw| < 2^127 each, so Π < 2^508, and the
/// divisor times 10^18 < 2^187; fixed size without overflow checks, which
/// cannot trigger within these bounds.
using Magnitude = boost::multiprecision::uint512_t;
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

Magnitude wide(UInt128 m)
{
    Magnitude out = std::uint64_t(m >> 64);
    out <<= 64;
    out |= std::uint64_t(m);
    return out;
}

/// quotient ÷ denominator rounded half-even, as the raw of a Decimal; throws
/// when it leaves Decimal's range.
template <typename Int>
Decimal rounded(const Int &numerator, const Int &denominator, bool negative)
{
    Int quotient = numerator / denominator;
    const Int twice = (numerator % denominator) * 2;
    if (twice > denominator || (twice == denominator && (quotient & 1) != 0))
        ++quotient;
    static const Int limit = Int(1) << 127;
    if (quotient >= limit)
        throw DecimalOverflow("a rationed product exceeds the exact-money range");
    const auto hi = static_cast<std::uint64_t>(quotient >> 64);
    const auto lo = static_cast<std::uint64_t>(quotient & Int(UINT64_MAX));
    const Int128 raw = Int128((UInt128(hi) << 64) | lo);
    return Decimal::fromRaw(negative ? -raw : raw);
}

/// Up to four factors, on magnitudes in 512 bits (the common case: the rules
/// pass three or four).
Decimal ofFew(std::initializer_list<Decimal> factors, Decimal divisor)
{
    bool negative = divisor.isNegative();
    Magnitude numerator = 1;
    for (Decimal f : factors) {
        if (f.isZero())
            return Decimal();
        negative = negative != f.isNegative();
        numerator *= wide(magnitude(f.raw()));
    }
    Magnitude denominator = wide(magnitude(divisor.raw()));
    const auto n = factors.size();
    for (std::size_t i = 2; i < n; ++i)
        denominator *= Decimal::kScale;
    if (n == 0)
        numerator *= Magnitude(Decimal::kScale) * Decimal::kScale;
    else if (n == 1)
        numerator *= Decimal::kScale;
    return rounded(numerator, denominator, negative);
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
