#include "ExactRatio.h"

#include <boost/multiprecision/cpp_int.hpp>

namespace hp {

namespace {
using Big = boost::multiprecision::checked_int1024_t;

Big big(Int128 raw)
{
    const bool negative = raw < 0;
    UInt128 m = negative ? UInt128(-(raw + 1)) + 1 : UInt128(raw);
    Big out = Big(std::uint64_t(m >> 64));
    out <<= 64;
    out += Big(std::uint64_t(m));
    return negative ? Big(-out) : out;
}
} // namespace

Decimal ExactRatio::of(std::initializer_list<Decimal> factors, Decimal divisor)
{
    if (divisor.isZero())
        throw DecimalDivisionByZero("division by zero");
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
        if (n == 0)
            numerator *= Big(Decimal::kScale) * Decimal::kScale;
        else if (n == 1)
            numerator *= Decimal::kScale;
        const bool negative = (numerator < 0) != (denominator < 0);
        if (numerator < 0)
            numerator = -numerator;
        if (denominator < 0)
            denominator = -denominator;
        Big quotient = numerator / denominator;
        const Big twice = (numerator % denominator) * 2;
        if (twice > denominator || (twice == denominator && (quotient & 1) != 0))
            ++quotient;
        static const Big limit = [] {
            Big l = 1;
            l <<= 127;
            return l;
        }();
        if (quotient >= limit)
            throw DecimalOverflow("a rationed product exceeds the exact-money range");
        const auto hi = static_cast<std::uint64_t>(quotient >> 64);
        const auto lo = static_cast<std::uint64_t>(quotient & Big(UINT64_MAX));
        const Int128 raw = Int128((UInt128(hi) << 64) | lo);
        return Decimal::fromRaw(negative ? -raw : raw);
    } catch (const std::overflow_error &e) {
        throw DecimalOverflow(e.what());
    }
}

} // namespace hp
