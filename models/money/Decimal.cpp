#include "Decimal.h"

#include <boost/multiprecision/cpp_int.hpp>

#include <array>
#include <cmath>
#include <limits>

namespace hp {

namespace {

// Wide path for products that overflow 128 bits: fixed 512 bits on the stack,
// checked (overflow throws std::overflow_error, translated below).
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

Int128 pow10(int n) { return kPow10[std::size_t(n)]; }

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
UInt128 divideBy1e9(UInt128 n, std::uint64_t &remainder)
{
    constexpr std::uint64_t kBillion = 1'000'000'000ULL;
    std::uint64_t r = 0;
    UInt128 q = 0;
    for (int shift = 96; shift >= 0; shift -= 32) {
        const std::uint64_t current = (r << 32) | static_cast<std::uint32_t>(n >> shift);
        const std::uint64_t digit = current / kBillion;
        r = current - digit * kBillion;
        q = (q << 32) | digit;
    }
    remainder = r;
    return q;
}

/// |n| ÷ 10^exponent rounded half to even (0 ≤ exponent ≤ 37).
UInt128 quotientByPow10(UInt128 n, int exponent)
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

UInt128 magnitude(Int128 v) { return v < 0 ? UInt128(-(v + 1)) + 1 : UInt128(v); }

int bitLength(UInt128 v)
{
    const auto hi = static_cast<std::uint64_t>(v >> 64), lo = static_cast<std::uint64_t>(v);
    if (hi != 0)
        return 128 - __builtin_clzll(hi);
    return lo == 0 ? 0 : 64 - __builtin_clzll(lo);
}

Int128 withSign(UInt128 mag, bool negative)
{
    if (mag > UInt128(kInt128Max))
        throw DecimalOverflow("decimal overflow: result exceeds the 128-bit range");
    return negative ? -Int128(mag) : Int128(mag);
}

/// n ÷ d rounded half to even; d > 0.
Int128 divRoundHalfEven(Int128 n, Int128 d)
{
    return withSign(magnitudeQuotient(magnitude(n), UInt128(d)), n < 0);
}

BigInt toBig(Int128 v)
{
    const bool neg = v < 0;
    UInt128 mag = neg ? (UInt128)(-(v + 1)) + 1 : (UInt128)v;
    BigInt big = static_cast<std::uint64_t>(mag >> 64);
    big <<= 64;
    big += static_cast<std::uint64_t>(mag);
    return neg ? BigInt(-big) : big;
}

Int128 fromBig(const BigInt &big)
{
    if (big > toBig(kInt128Max) || big < toBig(kInt128Min))
        throw DecimalOverflow("decimal overflow: result exceeds the 128-bit range");
    const bool neg = big < 0;
    BigInt mag = neg ? BigInt(-big) : big;
    const auto lo = static_cast<std::uint64_t>(mag & BigInt(std::numeric_limits<std::uint64_t>::max()));
    const auto hi = static_cast<std::uint64_t>(mag >> 64);
    UInt128 u = ((UInt128)hi << 64) | lo;
    return neg ? -Int128(u - 1) - 1 : Int128(u);
}

BigInt bigDivRoundHalfEven(const BigInt &n, const BigInt &d)
{
    BigInt q = n / d;
    BigInt r = n % d;
    if (r == 0)
        return q;
    BigInt twice = (r < 0 ? BigInt(-r) : r) * 2;
    BigInt absD = d < 0 ? BigInt(-d) : d;
    const bool up = twice > absD || (twice == absD && (q % 2) != 0);
    if (up)
        q += ((n < 0) != (d < 0)) ? -1 : 1;
    return q;
}

[[noreturn]] void overflow()
{
    throw DecimalOverflow("decimal overflow: result exceeds the 128-bit range");
}

} // namespace

Decimal Decimal::fromInt(long long units)
{
    Int128 r;
    if (__builtin_mul_overflow(Int128(units), Int128(kScale), &r))
        overflow();
    return fromRaw(r);
}

std::optional<Decimal> Decimal::parse(QStringView text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<Decimal> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (text.isEmpty())
        return fail(QStringLiteral("empty number"));
    qsizetype i = 0;
    bool negative = false;
    if (text[0] == u'+' || text[0] == u'-') {
        negative = text[0] == u'-';
        ++i;
    }
    Int128 whole = 0;
    int intDigits = 0;
    for (; i < text.size() && text[i].isDigit() && text[i].unicode() < 128; ++i) {
        if (__builtin_mul_overflow(whole, Int128(10), &whole)
            || __builtin_add_overflow(whole, Int128(text[i].unicode() - u'0'), &whole))
            return fail(QStringLiteral("number too large"));
        ++intDigits;
    }
    Int128 frac = 0;
    int fracDigits = 0;
    bool roundUp = false;
    bool sticky = false;
    int firstDropped = -1;
    if (i < text.size() && text[i] == u'.') {
        ++i;
        for (; i < text.size() && text[i].isDigit() && text[i].unicode() < 128; ++i) {
            const int digit = text[i].unicode() - u'0';
            if (fracDigits < kScaleDigits) {
                frac = frac * 10 + digit;
                ++fracDigits;
            } else if (firstDropped < 0) {
                firstDropped = digit;
            } else if (digit != 0) {
                sticky = true;
            }
        }
        if (fracDigits == 0 && intDigits == 0)
            return fail(QStringLiteral("not a number: '%1'").arg(text.toString()));
    }
    if (intDigits == 0 && fracDigits == 0)
        return fail(QStringLiteral("not a number: '%1'").arg(text.toString()));
    if (i != text.size())
        return fail(QStringLiteral("unexpected character '%1' in number '%2'")
                        .arg(text[i]).arg(text.toString()));
    frac *= pow10(kScaleDigits - fracDigits);
    Int128 raw;
    if (__builtin_mul_overflow(whole, Int128(kScale), &raw) || __builtin_add_overflow(raw, frac, &raw))
        return fail(QStringLiteral("number too large"));
    if (firstDropped >= 0) {
        roundUp = firstDropped > 5 || (firstDropped == 5 && (sticky || (raw % 2) != 0));
        if (roundUp && __builtin_add_overflow(raw, Int128(1), &raw))
            return fail(QStringLiteral("number too large"));
    }
    return fromRaw(negative ? -raw : raw);
}

Decimal Decimal::fromString(QStringView text)
{
    QString why;
    auto d = parse(text, &why);
    if (!d)
        throw std::invalid_argument(why.toStdString());
    return *d;
}

Decimal Decimal::fromDouble(double value)
{
    if (!std::isfinite(value))
        throw std::invalid_argument("not a finite number");
    const long double scaled = std::nearbyint(static_cast<long double>(value) * kScale);
    if (scaled >= 1.7e38L || scaled <= -1.7e38L)
        overflow();
    return fromRaw(static_cast<Int128>(scaled));
}

int Decimal::fractionDigits() const
{
    Int128 frac = m_raw % kScale;
    if (frac == 0)
        return 0;
    int digits = kScaleDigits;
    while (frac % 10 == 0) {
        frac /= 10;
        --digits;
    }
    return digits;
}

Decimal Decimal::operator-() const
{
    if (m_raw == kInt128Min)
        overflow();
    return fromRaw(-m_raw);
}

Decimal Decimal::operator+(Decimal other) const
{
    Int128 r;
    if (__builtin_add_overflow(m_raw, other.m_raw, &r))
        overflow();
    return fromRaw(r);
}

Decimal Decimal::operator-(Decimal other) const
{
    Int128 r;
    if (__builtin_sub_overflow(m_raw, other.m_raw, &r))
        overflow();
    return fromRaw(r);
}

Decimal Decimal::operator*(Decimal other) const
{
    const UInt128 a = magnitude(m_raw), b = magnitude(other.m_raw);
    if (a == 0 || b == 0)
        return Decimal();
    if (bitLength(a) + bitLength(b) <= 127)
        return fromRaw(withSign(quotientByPow10(a * b, kScaleDigits), (m_raw < 0) != (other.m_raw < 0)));
    return product({*this, other});
}

Decimal Decimal::operator/(Decimal other) const
{
    return Decimal::one().mulDiv(*this, other);
}

Decimal Decimal::product(std::initializer_list<Decimal> factors)
{
    return product(std::span<const Decimal>(factors.begin(), factors.size()));
}

namespace {
/// Exact product of raw values divided by 10^(9·(n−1)), rounded once, when it
/// fits 127 bits. With `stripZeros`, trailing decimal zeros of each factor
/// (0.95 is 95·10^7 raw) are taken out first and the divisor's exponent
/// reduced by as many, which keeps the result exact but costs a few divisions.
std::optional<Int128> narrowProduct(std::span<const Decimal> factors, bool stripZeros)
{
    UInt128 acc = 1;
    int bits = 1;
    int exponent = Decimal::kScaleDigits * (int(factors.size()) - 1);
    bool negative = false;
    for (Decimal f : factors) {
        if (f.raw() == 0)
            return Int128(0);
        UInt128 m = magnitude(f.raw());
        negative = negative != (f.raw() < 0);
        if (stripZeros && (m >> 64) == 0) {
            auto v = static_cast<std::uint64_t>(m);
            while (v % 10 == 0) {
                v /= 10;
                --exponent;
            }
            m = v;
        }
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

Decimal Decimal::product(std::span<const Decimal> factors)
{
    if (factors.size() == 0)
        return one();
    if (factors.size() == 1)
        return factors.front();
    const int extraScales = int(factors.size()) - 1;
    if (extraScales <= 4) {
        if (auto r = narrowProduct(factors, false))
            return fromRaw(*r);
    }
    if (auto r = narrowProduct(factors, true))
        return fromRaw(*r);
    try {
        BigInt acc = 1;
        for (Decimal f : factors)
            acc *= toBig(f.m_raw);
        BigInt divisor = 1;
        for (int i = 0; i < extraScales; ++i)
            divisor *= kScale;
        return fromRaw(fromBig(bigDivRoundHalfEven(acc, divisor)));
    } catch (const std::overflow_error &) {
        overflow();
    }
}

std::optional<Decimal> Decimal::exactProduct(std::span<const Decimal> factors)
{
    Decimal p = one();
    try {
        for (Decimal f : factors) {
            const BigInt exactRaw = toBig(p.m_raw) * toBig(f.m_raw); // scaled by 1e18
            if (exactRaw % kScale != 0)
                return std::nullopt; // the product needs more than nine decimals
            p = fromRaw(fromBig(exactRaw / kScale));
        }
    } catch (const std::overflow_error &) {
        return std::nullopt;
    }
    return p;
}

Decimal Decimal::mulDiv(Decimal numerator, Decimal denominator) const
{
    if (denominator.m_raw == 0)
        throw DecimalDivisionByZero("division by zero");
    // (a/S)(b/S)/(c/S) = a·b/(c·S) in units of 1/S: raw result = a·b ÷ c.
    const UInt128 a = magnitude(m_raw), b = magnitude(numerator.m_raw);
    if (a == 0 || b == 0)
        return Decimal();
    const bool negative = ((m_raw < 0) != (numerator.m_raw < 0)) != (denominator.m_raw < 0);
    if (bitLength(a) + bitLength(b) <= 127)
        return fromRaw(withSign(magnitudeQuotient(a * b, magnitude(denominator.m_raw)), negative));
    try {
        BigInt n = toBig(m_raw) * toBig(numerator.m_raw);
        return fromRaw(fromBig(bigDivRoundHalfEven(n, toBig(denominator.m_raw))));
    } catch (const std::overflow_error &) {
        overflow();
    }
}

Decimal Decimal::pow(int exponent) const
{
    if (exponent < 0)
        return one() / pow(-exponent);
    Decimal r = one();
    for (int i = 0; i < exponent; ++i)
        r = r * *this;
    return r;
}

Decimal Decimal::roundedTo(int decimals) const
{
    if (decimals >= kScaleDigits)
        return *this;
    if (decimals < 0)
        decimals = 0;
    const Int128 unit = pow10(kScaleDigits - decimals);
    Int128 q = divRoundHalfEven(m_raw, unit);
    Int128 r;
    if (__builtin_mul_overflow(q, unit, &r))
        overflow();
    return fromRaw(r);
}

Decimal Decimal::percentToFraction() const
{
    return fromRaw(divRoundHalfEven(m_raw, 100));
}

Decimal Decimal::fractionToPercent() const
{
    Int128 r;
    if (__builtin_mul_overflow(m_raw, Int128(100), &r))
        overflow();
    return fromRaw(r);
}

QString Decimal::toString(int decimals) const
{
    const Decimal v = decimals >= 0 ? roundedTo(decimals) : *this;
    const bool neg = v.m_raw < 0;
    UInt128 mag = neg ? (UInt128)(-(v.m_raw + 1)) + 1 : (UInt128)v.m_raw;
    UInt128 whole = mag / kScale;
    auto frac = static_cast<std::uint64_t>(mag % kScale);

    char buf[64];
    int pos = 63;
    buf[pos] = '\0';
    do {
        buf[--pos] = char('0' + int(whole % 10));
        whole /= 10;
    } while (whole != 0);
    QString out;
    if (neg && (v.m_raw != 0))
        out += QLatin1Char('-');
    out += QLatin1String(buf + pos);

    int digits = decimals >= 0 ? std::min(decimals, kScaleDigits) : v.fractionDigits();
    if (digits > 0) {
        char fb[kScaleDigits + 1];
        for (int i = kScaleDigits - 1; i >= 0; --i) {
            fb[i] = char('0' + frac % 10);
            frac /= 10;
        }
        out += QLatin1Char('.');
        out += QLatin1String(fb, digits);
        for (int i = kScaleDigits; i < decimals; ++i)
            out += QLatin1Char('0');
    }
    return out;
}

double Decimal::toDouble() const
{
    return static_cast<double>(static_cast<long double>(m_raw) / kScale);
}

} // namespace hp
