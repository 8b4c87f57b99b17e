#include "WideArithmetic.h"

namespace hp::wide {





/// n ÷ d for a 64-bit divisor by schoolbook long division on 64-bit limbs:
/// two hardware 128÷64 divisions on x86-64 instead of a library call.
UInt128 divideBy64(UInt128 n, std::uint64_t d, UInt128 &remainder)
{
    const auto hi = static_cast<std::uint64_t>(n >> 64), lo = static_cast<std::uint64_t>(n);
    const std::uint64_t qHi = hi / d;
    std::uint64_t rem = hi % d;
#if defined(__x86_64__)
    std::uint64_t qLo;
    __asm__("divq %[d]" : "=a"(qLo), "=d"(rem) : [d] "r"(d), "a"(lo), "d"(rem));
#else
    const UInt128 part = (UInt128(rem) << 64) | lo;
    const auto qLo = static_cast<std::uint64_t>(part / d);
    rem = static_cast<std::uint64_t>(part - UInt128(qLo) * d);
#endif
    remainder = rem;
    return (UInt128(qHi) << 64) | qLo;
}

/// n ÷ 10^9 by long division on 32-bit limbs: the compiler turns each
/// 64-bit division by the constant into a multiplication.
/// |n| ÷ 10^exponent rounded half to even (0 ≤ exponent ≤ 37).
UInt128 quotientByPow10General(UInt128 n, int exponent)
{
    UInt128 remainder = 0, divisor = 1;
    while (exponent >= 9) {
        std::uint64_t r;
        n = divideBy1e9(n, r);
        remainder += UInt128(r) * divisor;
        divisor *= 1'000'000'000ULL;
        exponent -= 9;
    }
    if (exponent > 0) {
        const auto d = static_cast<std::uint64_t>(kPow10[std::size_t(exponent)]);
        UInt128 r;
        n = divideBy64(n, d, r);
        remainder += r * divisor;
        divisor *= d;
    }
    if (remainder != 0) {
        const UInt128 twice = remainder << 1;
        if (twice > divisor || (twice == divisor && (n & 1) != 0))
            ++n;
    }
    return n;
}

/// |n| ÷ d rounded half to even on magnitudes; d > 0. One 64-bit division
/// when both fit, else one unsigned 128-bit division.
UInt128 magnitudeQuotient(UInt128 n, UInt128 d)
{
    UInt128 q, r;
    if ((d >> 64) == 0 && (n >> 64) == 0) {
        const auto n64 = static_cast<std::uint64_t>(n), d64 = static_cast<std::uint64_t>(d);
        q = n64 / d64;
        r = n64 - static_cast<std::uint64_t>(q) * d64;
    } else if ((d >> 64) == 0) {
        q = divideBy64(n, static_cast<std::uint64_t>(d), r);
    } else {
        q = n / d;
        r = n - q * d;
    }
    if (r != 0) {
        const UInt128 twice = r << 1; // r < d < 2^127
        if (twice > d || (twice == d && (q & 1) != 0))
            ++q;
    }
    return q;
}


/// n ÷ d rounded half to even; d > 0.
Int128 divRoundHalfEven(Int128 n, Int128 d)
{
    return withSign(magnitudeQuotient(magnitude(n), UInt128(d)), n < 0);
}

[[noreturn]] void overflow()
{
    throw DecimalOverflow("decimal overflow: result exceeds the 128-bit range");
}


} // namespace hp::wide
