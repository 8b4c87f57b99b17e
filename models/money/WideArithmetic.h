#pragma once

#include "money/Decimal.h"

#include <boost/multiprecision/cpp_int.hpp>

#include <array>
#include <cstdint>
#include <limits>

/// Integer arithmetic behind Decimal: 128-bit magnitudes with half-even
/// rounding, division by powers of ten without library division, and a
/// checked 512-bit fallback for products that overflow 128 bits.
namespace hp::wide {

// Wide path for products that overflow 128 bits: fixed 512 bits on the stack,
// checked (overflow throws std::overflow_error, translated by the callers).
using BigInt = boost::multiprecision::checked_int512_t;

constexpr Int128 kInt128Max = Int128(~(UInt128)0 >> 1);
constexpr Int128 kInt128Min = -kInt128Max - 1;

constexpr std::array<Int128, 38> kPow10 = [] {
    std::array<Int128, 38> t{};
    t[0] = 1;
    for (std::size_t i = 1; i < t.size(); ++i)
        t[i] = t[i - 1] * 10;
    return t;
}();

inline Int128 pow10(int n) { return kPow10[std::size_t(n)]; }
inline UInt128 magnitude(Int128 v) { return v < 0 ? UInt128(-(v + 1)) + 1 : UInt128(v); }

/// n ÷ d for a 64-bit divisor (two hardware 128÷64 divisions on x86-64).
UInt128 divideBy64(UInt128 n, std::uint64_t d, UInt128 &remainder);
/// n ÷ 10^9 with its remainder. Inline, like the two functions below: the
/// engine multiplies a few hundred thousand times a second.
inline UInt128 divideBy1e9(UInt128 n, std::uint64_t &remainder)
{
    // Long division in base 2^32 with 64-bit steps (each a multiply by the
    // constant's reciprocal): one step when n fits 64 bits, else three —
    // the high word, then two 32-bit digits of the low word.
    constexpr std::uint64_t kBillion = 1'000'000'000ULL;
    const auto hi = static_cast<std::uint64_t>(n >> 64);
    const auto lo = static_cast<std::uint64_t>(n);
    if (hi == 0) {
        const std::uint64_t q = lo / kBillion;
        remainder = lo - q * kBillion;
        return q;
    }
    const std::uint64_t qHi = hi / kBillion;
    const std::uint64_t mid = ((hi - qHi * kBillion) << 32) | (lo >> 32); // < 1e9 · 2^32
    const std::uint64_t qMid = mid / kBillion;
    const std::uint64_t low = ((mid - qMid * kBillion) << 32) | (lo & 0xFFFF'FFFFULL);
    const std::uint64_t qLow = low / kBillion;
    remainder = low - qLow * kBillion;
    return (UInt128(qHi) << 64) + (UInt128(qMid) << 32) + qLow;
}

/// |n| ÷ 10^exponent rounded half to even, any exponent 0…37.
UInt128 quotientByPow10General(UInt128 n, int exponent);
/// |n| ÷ 10^exponent rounded half to even (0 ≤ exponent ≤ 37).
inline UInt128 quotientByPow10(UInt128 n, int exponent)
{
    if (exponent == 9 || exponent == 18) {
        // The engine's common cases (a product of two or three values scaled
        // 1e9): the remainder stays below 1e18, so it is kept in 64 bits.
        std::uint64_t r = 0;
        n = divideBy1e9(n, r);
        std::uint64_t remainder = r, half = 500'000'000ULL;
        if (exponent == 18) {
            n = divideBy1e9(n, r);
            remainder += r * 1'000'000'000ULL;
            half = 500'000'000'000'000'000ULL;
        }
        if (remainder > half || (remainder == half && (n & 1) != 0))
            ++n;
        return n;
    }
    return quotientByPow10General(n, exponent);
}
/// |n| ÷ d rounded half to even on magnitudes; d > 0.
UInt128 magnitudeQuotient(UInt128 n, UInt128 d);
[[noreturn]] void overflow();
/// Bits needed for v (0 for 0). Inline: every multiplication asks it twice.
inline int bitLength(UInt128 v)
{
    const auto hi = static_cast<std::uint64_t>(v >> 64), lo = static_cast<std::uint64_t>(v);
    if (hi != 0)
        return 128 - __builtin_clzll(hi);
    return lo == 0 ? 0 : 64 - __builtin_clzll(lo);
}
/// Trailing decimal zeros taken out of m when it fits 64 bits (a few cheap
/// divisions by a constant); returns how many.
inline int stripTrailingZeros(UInt128 &m)
{
    if ((m >> 64) != 0 || m == 0)
        return 0;
    auto v = static_cast<std::uint64_t>(m);
    int zeros = 0;
    while (v % 10 == 0) {
        v /= 10;
        ++zeros;
    }
    m = v;
    return zeros;
}
/// Throws DecimalOverflow when the magnitude does not fit a signed 128-bit value.
inline Int128 withSign(UInt128 mag, bool negative)
{
    if (mag > UInt128(kInt128Max))
        overflow();
    return negative ? -Int128(mag) : Int128(mag);
}
/// n ÷ d rounded half to even; d > 0.
Int128 divRoundHalfEven(Int128 n, Int128 d);

// Unbounded integers for the rare exact results that outgrow 512 bits on the
// way (powers of a drift factor over many years); the result is checked.
using ExactInt = boost::multiprecision::cpp_int;

/// v as a wide integer (BigInt or ExactInt).
template <typename Big = BigInt>
Big toBig(Int128 v)
{
    const UInt128 mag = magnitude(v);
    Big big = static_cast<std::uint64_t>(mag >> 64);
    big <<= 64;
    big += static_cast<std::uint64_t>(mag);
    return v < 0 ? Big(-big) : big;
}

/// Throws DecimalOverflow when big does not fit a signed 128-bit value.
template <typename Big>
Int128 fromBig(const Big &big)
{
    const bool neg = big < 0;
    const Big mag = neg ? Big(-big) : big;
    if (boost::multiprecision::msb(mag | Big(1)) >= 128)
        overflow();
    const auto lo = static_cast<std::uint64_t>(mag & Big(std::numeric_limits<std::uint64_t>::max()));
    const auto hi = static_cast<std::uint64_t>(mag >> 64);
    const UInt128 u = (UInt128(hi) << 64) | lo;
    if (neg && u == UInt128(kInt128Max) + 1)
        return kInt128Min;
    return withSign(u, neg);
}

/// n ÷ d rounded half to even (any signs; d ≠ 0).
template <typename Big>
Big bigDivRoundHalfEven(const Big &n, const Big &d)
{
    Big q = n / d;
    const Big r = n % d;
    if (r == 0)
        return q;
    const Big twice = (r < 0 ? Big(-r) : r) * 2;
    const Big absD = d < 0 ? Big(-d) : d;
    if (twice > absD || (twice == absD && (q % 2) != 0))
        q += ((n < 0) != (d < 0)) ? -1 : 1;
    return q;
}

} // namespace hp::wide
