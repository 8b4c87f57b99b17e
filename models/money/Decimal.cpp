#include "Decimal.h"

#include "money/WideArithmetic.h"

#include <array>
#include <cmath>
#include <limits>

namespace hp {

using namespace wide;

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
    if (factors.size() == 3) {
        // A factor of exactly one changes neither the exact product nor its
        // rounding: the engine's three-way products (units × share × price,
        // damages % × revenue × share) are often whole shares or 100 %.
        for (std::size_t i = 0; i < 3; ++i)
            if (factors[i] == one())
                return factors[(i + 1) % 3] * factors[(i + 2) % 3];
    }
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
            const UInt128 a = magnitude(p.m_raw), b = magnitude(f.m_raw);
            if (bitLength(a) + bitLength(b) <= 127) {
                const UInt128 exactRaw = a * b; // scaled by 1e18
                if (exactRaw % UInt128(kScale) != 0)
                    return std::nullopt; // the product needs more than nine decimals
                p = fromRaw(withSign(exactRaw / UInt128(kScale), (p.m_raw < 0) != (f.m_raw < 0)));
                continue;
            }
            const BigInt exactRaw = toBig(p.m_raw) * toBig(f.m_raw);
            if (exactRaw % kScale != 0)
                return std::nullopt;
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
