#pragma once

#include <QString>
#include <QByteArrayView>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <stdexcept>

namespace hp {

__extension__ using Int128 = __int128;
__extension__ using UInt128 = unsigned __int128;

/// Raised when a result does not fit the 128-bit range; never wraps.
class DecimalOverflow : public std::overflow_error {
public:
    using std::overflow_error::overflow_error;
};

/// Raised on division by zero.
class DecimalDivisionByZero : public std::domain_error {
public:
    using std::domain_error::domain_error;
};

/// Exact decimal number: a signed 128-bit integer scaled to 1e-9 (docs/rules.md §3).
///
/// Every multiplication or division rounds its exact result once, half-to-even,
/// to 1e-9.  `product()` multiplies several factors exactly and rounds once.
/// Values shown, exported or printed are rounded half-to-even to cents with
/// `roundedToCents()` / `toCents()`.
class Decimal {
public:
    static constexpr int kScaleDigits = 9;
    static constexpr std::int64_t kScale = 1'000'000'000;

    constexpr Decimal() = default;

    static constexpr Decimal fromRaw(Int128 raw) { return Decimal(raw, RawTag{}); }
    static Decimal fromInt(long long units);
    /// Parses `[+-]digits[.digits]`. More than nine fraction digits round half-even.
    /// Refuses exponents, spaces, separators and empty text (error in *error).
    static std::optional<Decimal> parse(QStringView text, QString *error = nullptr);
    /// The same rules on ASCII/UTF-8 bytes (a streamed import's cells); nullopt, without a
    /// message, where parse() gives an error.
    static std::optional<Decimal> parse(QByteArrayView text);
    /// Parses a literal that is known to be valid; throws std::invalid_argument otherwise.
    static Decimal fromString(QStringView text);
    /// For Monte Carlo results only (docs/rules.md §3 allows doubles there).
    static Decimal fromDouble(double value);

    constexpr Int128 raw() const { return m_raw; }
    bool isZero() const { return m_raw == 0; }
    bool isNegative() const { return m_raw < 0; }
    bool isPositive() const { return m_raw > 0; }
    int fractionDigits() const;

    Decimal operator-() const;
    Decimal operator+(Decimal other) const;
    Decimal operator-(Decimal other) const;
    Decimal operator*(Decimal other) const;
    Decimal operator/(Decimal other) const;
    Decimal &operator+=(Decimal other) { return *this = *this + other; }
    Decimal &operator-=(Decimal other) { return *this = *this - other; }

    friend constexpr bool operator==(Decimal a, Decimal b) { return a.m_raw == b.m_raw; }
    friend constexpr std::strong_ordering operator<=>(Decimal a, Decimal b)
    {
        return a.m_raw < b.m_raw ? std::strong_ordering::less
             : a.m_raw > b.m_raw ? std::strong_ordering::greater
                                 : std::strong_ordering::equal;
    }

    /// Exact product of all factors, rounded once half-even to 1e-9.
    static Decimal product(std::initializer_list<Decimal> factors);
    static Decimal product(std::span<const Decimal> factors);
    /// The product when it is exact at 1e-9 (no rounding needed), else nullopt.
    static std::optional<Decimal> exactProduct(std::span<const Decimal> factors);
    /// Exact product of the factors ÷ 100^percents, rounded once half-even to
    /// 1e-9: a product with `percents` factors in percentage points keeps every
    /// digit they carry (docs/domain-choices.md: `units × 33.33333333 % × price`
    /// is `units × 33.33333333 × price ÷ 100`, never the fraction rounded first).
    /// A factor whose value ÷ 100 is exact at 1e-9 takes the division, so the
    /// usual inputs (whole or few-decimal percentages) cost what product() does.
    static Decimal percentProduct(std::initializer_list<Decimal> factors, int percents = 1);
    static Decimal percentProduct(std::span<const Decimal> factors, int percents = 1);
    /// A percentage as a fraction, points ÷ 100, when that is exact at 1e-9 (up
    /// to seven decimals of points), else nullopt: x × it is then percentProduct({x, points}).
    std::optional<Decimal> exactFraction() const;
    /// The exact value of percentProduct() when it needs no rounding, else nullopt.
    static std::optional<Decimal> exactPercentProduct(std::span<const Decimal> factors, int percents);
    /// Exact product of the factors ÷ (divisor × 100^percents), rounded once
    /// half-even to 1e-9 (a pro-rata share inside a product, not rounded first).
    static Decimal productOver(std::initializer_list<Decimal> factors, Decimal divisor, int percents = 0);
    /// this × numerator ÷ denominator, rounded once half-even to 1e-9.
    Decimal mulDiv(Decimal numerator, Decimal denominator) const;
    /// Integer power by repeated multiplication, rounding at each step.
    Decimal pow(int exponent) const;

    /// Rounds half-even to `decimals` fraction digits (0..9).
    Decimal roundedTo(int decimals) const;
    Decimal roundedToCents() const { return roundedTo(2); }
    Decimal abs() const { return m_raw < 0 ? -*this : *this; }

    /// Percentage points to a fraction: 20 → 0.2 (rounded half-even to 1e-9;
    /// the engine multiplies percentages with percentProduct() instead).
    Decimal percentToFraction() const;
    /// Fraction to percentage points: 0.2 → 20.
    Decimal fractionToPercent() const;

    /// Plain text with `decimals` fraction digits after half-even rounding,
    /// or, with decimals < 0, the shortest exact text ("1234.5", "-0.000000001").
    QString toString(int decimals = -1) const;
    /// Half-even rounded to cents, always two decimals ("1234.50").
    QString toCents() const { return toString(2); }
    double toDouble() const;

    static Decimal min(Decimal a, Decimal b) { return a < b ? a : b; }
    static Decimal max(Decimal a, Decimal b) { return a < b ? b : a; }
    static Decimal one() { return fromRaw(kScale); }
    static Decimal hundred() { return fromRaw(Int128(kScale) * 100); }

private:
    struct RawTag {};
    constexpr Decimal(Int128 raw, RawTag) : m_raw(raw) {}
    Int128 m_raw = 0;
};

} // namespace hp
