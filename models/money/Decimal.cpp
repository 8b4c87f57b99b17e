#include "Decimal.h"

#include <boost/multiprecision/cpp_int.hpp>

#include <cmath>
#include <limits>

namespace hp {

namespace {

using BigInt = boost::multiprecision::cpp_int;

constexpr Int128 kInt128Max = Int128(~(UInt128)0 >> 1);
constexpr Int128 kInt128Min = -kInt128Max - 1;

Int128 pow10(int n)
{
    Int128 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

/// n ÷ d rounded half to even; d > 0.
Int128 divRoundHalfEven(Int128 n, Int128 d)
{
    Int128 q = n / d;
    Int128 r = n % d; // same sign as n
    if (r == 0)
        return q;
    const Int128 absR = r < 0 ? -r : r;
    const Int128 twice = absR * 2; // absR < d ≤ 1e36, so no overflow
    const bool up = twice > d || (twice == d && (q % 2) != 0);
    if (up)
        q += (n < 0) ? -1 : 1;
    return q;
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

Decimal Decimal::product(std::span<const Decimal> factors)
{
    if (factors.size() == 0)
        return one();
    if (factors.size() == 1)
        return factors.front();
    // Fast path: the exact product of the raw values fits 128 bits.
    const int extraScales = int(factors.size()) - 1;
    if (extraScales <= 4) {
        Int128 acc = 1;
        bool fits = true;
        for (Decimal f : factors) {
            if (__builtin_mul_overflow(acc, f.m_raw, &acc)) {
                fits = false;
                break;
            }
        }
        if (fits)
            return fromRaw(divRoundHalfEven(acc, pow10(kScaleDigits * extraScales)));
    }
    BigInt acc = 1;
    for (Decimal f : factors)
        acc *= toBig(f.m_raw);
    BigInt divisor = 1;
    for (int i = 0; i < extraScales; ++i)
        divisor *= kScale;
    return fromRaw(fromBig(bigDivRoundHalfEven(acc, divisor)));
}

Decimal Decimal::mulDiv(Decimal numerator, Decimal denominator) const
{
    if (denominator.m_raw == 0)
        throw DecimalDivisionByZero("division by zero");
    // (a/S)(b/S)/(c/S) = a·b/(c·S) in units of 1/S.
    Int128 num;
    if (!__builtin_mul_overflow(m_raw, numerator.m_raw, &num)) {
        Int128 den = denominator.m_raw;
        // Result raw = num / den (the S factors cancel).
        if (den < 0) {
            if (num == kInt128Min)
                goto big;
            num = -num;
            den = -den;
        }
        return fromRaw(divRoundHalfEven(num, den));
    }
big:
    BigInt n = toBig(m_raw) * toBig(numerator.m_raw);
    return fromRaw(fromBig(bigDivRoundHalfEven(n, toBig(denominator.m_raw))));
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
