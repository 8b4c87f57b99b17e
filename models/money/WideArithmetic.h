#pragma once

#include "money/Decimal.h"

#include <boost/multiprecision/cpp_int.hpp>

#include <array>
#include <cstdint>

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
/// |n| ÷ 10^exponent rounded half to even (0 ≤ exponent ≤ 37).
UInt128 quotientByPow10(UInt128 n, int exponent);
/// |n| ÷ d rounded half to even on magnitudes; d > 0.
UInt128 magnitudeQuotient(UInt128 n, UInt128 d);
int bitLength(UInt128 v);
/// Throws DecimalOverflow when the magnitude does not fit a signed 128-bit value.
Int128 withSign(UInt128 mag, bool negative);
/// n ÷ d rounded half to even; d > 0.
Int128 divRoundHalfEven(Int128 n, Int128 d);
BigInt toBig(Int128 v);
Int128 fromBig(const BigInt &big);
BigInt bigDivRoundHalfEven(const BigInt &n, const BigInt &d);
[[noreturn]] void overflow();

} // namespace hp::wide
