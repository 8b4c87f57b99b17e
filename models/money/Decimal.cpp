#include "Decimal.h"

#include "money/PercentProducts.h"
#include "money/WideArithmetic.h"

#include <boost/multiprecision/cpp_int.hpp>

#include <array>
#include <cmath>
#include <vector>
#include <limits>

namespace hp {

using namespace wide;
using namespace products;

Decimal Decimal::fromInt(long long units)
{
    Int128 r;
    if (__builtin_mul_overflow(Int128(units), Int128(kScale), &r))
        overflow();
    return fromRaw(r);
}

namespace {

char16_t unitAt(QStringView text, qsizetype i) { return text[i].unicode(); }
char16_t unitAt(QByteArrayView text, qsizetype i) { return char16_t(uchar(text[i])); }
bool asciiDigit(char16_t c) { return c >= u'0' && c <= u'9'; }

/// Decimal::parse on either form of text: the same digits, the same rounding.
template <typename Text, typename Fail>
std::optional<Int128> parseRaw(Text text, Fail fail, qsizetype *stop)
{
    if (text.isEmpty())
        return fail(0);
    qsizetype i = 0;
    bool negative = false;
    if (unitAt(text, 0) == u'+' || unitAt(text, 0) == u'-') {
        negative = unitAt(text, 0) == u'-';
        ++i;
    }
    Int128 whole = 0;
    int intDigits = 0;
    for (; i < text.size() && asciiDigit(unitAt(text, i)); ++i) {
        if (__builtin_mul_overflow(whole, Int128(10), &whole) || __builtin_add_overflow(whole, Int128(unitAt(text, i) - u'0'), &whole))
            return fail(1);
        ++intDigits;
    }
    Int128 frac = 0;
    int fracDigits = 0;
    bool sticky = false;
    int firstDropped = -1;
    if (i < text.size() && unitAt(text, i) == u'.') {
        ++i;
        for (; i < text.size() && asciiDigit(unitAt(text, i)); ++i) {
            const int digit = unitAt(text, i) - u'0';
            if (fracDigits < Decimal::kScaleDigits) {
                frac = frac * 10 + digit;
                ++fracDigits;
            } else if (firstDropped < 0) {
                firstDropped = digit;
            } else if (digit != 0) {
                sticky = true;
            }
        }
        if (fracDigits == 0 && intDigits == 0)
            return fail(2);
    }
    if (intDigits == 0 && fracDigits == 0)
        return fail(2);
    if (i != text.size()) {
        *stop = i;
        return fail(3);
    }
    frac *= pow10(Decimal::kScaleDigits - fracDigits);
    Int128 raw;
    if (__builtin_mul_overflow(whole, Int128(Decimal::kScale), &raw) || __builtin_add_overflow(raw, frac, &raw))
        return fail(1);
    if (firstDropped >= 0) {
        const bool roundUp = firstDropped > 5 || (firstDropped == 5 && (sticky || (raw % 2) != 0));
        if (roundUp && __builtin_add_overflow(raw, Int128(1), &raw))
            return fail(1);
    }
    return negative ? -raw : raw;
}

} // namespace

std::optional<Decimal> Decimal::parse(QStringView text, QString *error)
{
    qsizetype stop = 0;
    auto fail = [&](int why) -> std::optional<Int128> {
        if (error) {
            if (why == 0)
                *error = QStringLiteral("empty number");
            else if (why == 1)
                *error = QStringLiteral("number too large");
            else if (why == 2)
                *error = QStringLiteral("not a number: '%1'").arg(text.toString());
            else
                *error = QStringLiteral("unexpected character '%1' in number '%2'").arg(text[stop]).arg(text.toString());
        }
        return std::nullopt;
    };
    const auto raw = parseRaw(text, fail, &stop);
    return raw ? std::optional<Decimal>(fromRaw(*raw)) : std::nullopt;
}

std::optional<Decimal> Decimal::parse(QByteArrayView text)
{
    qsizetype stop = 0;
    const auto raw = parseRaw(text, [](int) -> std::optional<Int128> { return std::nullopt; }, &stop);
    return raw ? std::optional<Decimal>(fromRaw(*raw)) : std::nullopt;
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

Decimal Decimal::product(std::span<const Decimal> factors)
{
    return scaledProduct(factors, 0);
}

std::optional<Decimal> Decimal::exactFraction() const
{
    return multipleOfHundred(m_raw) ? std::optional<Decimal>(hundredth(*this)) : std::nullopt;
}

Decimal Decimal::percentProduct(std::initializer_list<Decimal> factors, int percents)
{
    return percentProduct(std::span<const Decimal>(factors.begin(), factors.size()), percents);
}

Decimal Decimal::percentProduct(std::span<const Decimal> factors, int percents)
{
    if (percents == 1 && factors.size() == 2)
        return percentOfTwo(factors[0], factors[1]);
    if (percents == 1 && factors.size() == 3)
        return percentOfThree(factors[0], factors[1], factors[2]);
    return withCopy(factors, [percents](std::span<Decimal> f) {
        const int left = takeHundreds(f, percents);
        if (left == 0 && f.size() == 2)
            return f[0] * f[1];
        return scaledProduct(f, 2 * left);
    });
}

std::optional<Decimal> Decimal::exactPercentProduct(std::span<const Decimal> factors, int percents)
{
    return withCopy(factors, [percents](std::span<Decimal> f) -> std::optional<Decimal> {
        const int left = takeHundreds(f, percents);
        if (left == 0)
            return exactProduct(f);
        try {
            ExactInt n = 1, d = 1;
            for (Decimal x : f)
                n *= toBig<ExactInt>(x.raw());
            for (std::size_t i = 1; i < f.size(); ++i)
                d *= kScale;
            for (int i = 0; i < left; ++i)
                d *= 100;
            if (n % d != 0)
                return std::nullopt;
            return fromRaw(fromBig(ExactInt(n / d)));
        } catch (const std::overflow_error &) {
            return std::nullopt;
        }
    });
}

Decimal Decimal::productOver(std::initializer_list<Decimal> factors, Decimal divisor, int percents)
{
    if (divisor.m_raw == 0)
        throw DecimalDivisionByZero("division by zero");
    // (Π a_i/S) ÷ (d/S) ÷ 100^p in units of 1/S: raw = Π a_i ÷ (d · 10^(9(n−2) + 2p)).
    int exponent = kScaleDigits * (int(factors.size()) - 2) + 2 * percents;
    bool negative = divisor.m_raw < 0;
    UInt128 den = magnitude(divisor.m_raw);
    exponent += stripTrailingZeros(den);
    UInt128 num = 1;
    bool narrow = true;
    for (Decimal f : factors) {
        if (f.m_raw == 0)
            return Decimal();
        negative = negative != (f.m_raw < 0);
        UInt128 m = magnitude(f.m_raw);
        exponent -= stripTrailingZeros(m);
        if (bitLength(num) + bitLength(m) > 127)
            narrow = false;
        else
            num *= m;
    }
    if (narrow && exponent >= 0 && exponent < int(kPow10.size())
        && bitLength(den) + bitLength(UInt128(pow10(exponent))) <= 127)
        return fromRaw(withSign(magnitudeQuotient(num, den * UInt128(pow10(exponent))), negative));
    if (narrow && exponent < 0 && -exponent < int(kPow10.size())
        && bitLength(num) + bitLength(UInt128(pow10(-exponent))) <= 127)
        return fromRaw(withSign(magnitudeQuotient(num * UInt128(pow10(-exponent)), den), negative));
    try {
        ExactInt n = 1;
        for (Decimal f : factors)
            n *= toBig<ExactInt>(f.m_raw);
        ExactInt d = toBig<ExactInt>(divisor.m_raw);
        const int e = kScaleDigits * (int(factors.size()) - 2) + 2 * percents;
        if (e >= 0)
            d *= boost::multiprecision::pow(ExactInt(10), unsigned(e));
        else
            n *= boost::multiprecision::pow(ExactInt(10), unsigned(-e));
        return fromRaw(fromBig(bigDivRoundHalfEven(n, d)));
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
