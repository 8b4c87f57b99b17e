#include "PercentProducts.h"

#include "money/WideArithmetic.h"

#include <optional>

namespace hp::products {

using namespace wide;

namespace {
/// Exact product of raw values divided by 10^(9·(n−1) + extraDigits), rounded
/// once, when it fits 127 bits. With `stripZeros`, trailing decimal zeros of each factor
/// (0.95 is 95·10^7 raw) are taken out first and the divisor's exponent
/// reduced by as many, which keeps the result exact but costs a few divisions.
std::optional<Int128> narrowProduct(std::span<const Decimal> factors, bool stripZeros, int extraDigits)
{
    UInt128 acc = 1;
    int bits = 1;
    int exponent = Decimal::kScaleDigits * (int(factors.size()) - 1) + extraDigits;
    bool negative = false;
    for (Decimal f : factors) {
        if (f.raw() == 0)
            return Int128(0);
        UInt128 m = magnitude(f.raw());
        negative = negative != (f.raw() < 0);
        if (stripZeros)
            exponent -= stripTrailingZeros(m);
        if (bits + bitLength(m) > 127)
            return std::nullopt;
        acc *= m;
        bits = bitLength(acc);
    }
    if (exponent >= int(kPow10.size()))
        return std::nullopt;
    if (exponent >= 0)
        return withSign(quotientByPow10(acc, exponent), negative);
    if (-exponent >= int(kPow10.size()) || bits + bitLength(UInt128(pow10(-exponent))) > 127)
        return std::nullopt;
    return withSign(acc * UInt128(pow10(-exponent)), negative);
}
} // namespace

/// Whether |v| is a multiple of 100, without a 128-bit division (2^64 ≡ 16 mod 100).
bool multipleOfHundred(Int128 v)
{
    const UInt128 m = magnitude(v);
    const auto hi = static_cast<std::uint64_t>(m >> 64), lo = static_cast<std::uint64_t>(m);
    return hi == 0 ? lo % 100 == 0 : ((hi % 100) * 16 + lo % 100) % 100 == 0;
}

/// v ÷ 100 for a multiple of 100 (64-bit division when it fits).
Decimal hundredth(Decimal v)
{
    const UInt128 m = magnitude(v.raw());
    const UInt128 q = (m >> 64) == 0 ? UInt128(static_cast<std::uint64_t>(m) / 100) : m / 100;
    return Decimal::fromRaw(withSign(q, v.raw() < 0));
}

/// Exact product of the factors ÷ 10^extraDigits, rounded once.
Decimal scaledProduct(std::span<const Decimal> factors, int extraDigits)
{
    if (extraDigits == 0) {
        if (factors.size() == 0)
            return Decimal::one();
        if (factors.size() == 1)
            return factors.front();
        if (factors.size() == 3) {
            // A factor of exactly one changes neither the exact product nor its
            // rounding: the engine's three-way products (units × share × price,
            // damages % × revenue × share) are often whole shares or 100 %.
            for (std::size_t i = 0; i < 3; ++i)
                if (factors[i] == Decimal::one())
                    return factors[(i + 1) % 3] * factors[(i + 2) % 3];
        }
    }
    const int extraScales = int(factors.size()) - 1;
    if (extraScales <= 4) {
        if (auto r = narrowProduct(factors, false, extraDigits))
            return Decimal::fromRaw(*r);
    }
    if (auto r = narrowProduct(factors, true, extraDigits))
        return Decimal::fromRaw(*r);
    try {
        BigInt acc = 1;
        for (Decimal f : factors)
            acc *= toBig(f.raw());
        BigInt divisor = 1;
        for (int i = 0; i < extraScales; ++i)
            divisor *= Decimal::kScale;
        for (int i = 0; i < extraDigits; ++i)
            divisor *= 10;
        return Decimal::fromRaw(fromBig(bigDivRoundHalfEven(acc, divisor)));
    } catch (const std::overflow_error &) {
        overflow();
    }
}

/// Takes as many of the `percents` divisions by 100 as possible exactly into
/// single factors (a factor of exactly 100 first: it becomes one, which the
/// products skip); returns how many divisions remain.
int takeHundreds(std::span<Decimal> factors, int percents)
{
    for (Decimal &x : factors) {
        if (percents == 0)
            return 0;
        if (x == Decimal::hundred()) {
            x = Decimal::one();
            --percents;
        }
    }
    for (Decimal &x : factors)
        while (percents > 0 && multipleOfHundred(x.raw())) {
            x = hundredth(x);
            --percents;
        }
    return percents;
}

/// a × b ÷ 100 rounded once: the engine's commonest percentage product
/// (value × growth, spend × credit, revenue × share…), without a copy.
Decimal percentOfTwo(Decimal a, Decimal b)
{
    if (b == Decimal::hundred())
        return a;
    if (a == Decimal::hundred())
        return b;
    if (multipleOfHundred(b.raw()))
        return a * hundredth(b);
    if (multipleOfHundred(a.raw()))
        return hundredth(a) * b;
    const std::array<Decimal, 2> f{a, b};
    return scaledProduct(f, 2);
}

/// a × b × c ÷ 100 rounded once (units × share × price and the like).
Decimal percentOfThree(Decimal a, Decimal b, Decimal c)
{
    if (b == Decimal::hundred())
        return a * c;
    if (a == Decimal::hundred())
        return b * c;
    if (c == Decimal::hundred())
        return a * b;
    std::array<Decimal, 3> f{a, b, c};
    for (Decimal &x : f)
        if (multipleOfHundred(x.raw())) {
            x = hundredth(x);
            return scaledProduct(f, 0);
        }
    return scaledProduct(f, 2);
}

} // namespace hp::products
