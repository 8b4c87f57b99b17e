#include "money/MoneyFormat.h"

#include "money/NumberFormat.h"
#include "money/WideArithmetic.h"

namespace hp {

QString MoneyFormat::full(Decimal value, const QLocale &locale)
{
    return NumberFormat(locale).money(value);
}

namespace {
/// |value| ÷ 10^shift with `decimals` decimals, rounded once half-even from
/// the exact value (no binary floating point near money, docs/rules.md §3).
QString scaled(Decimal value, int shift, int decimals)
{
    const UInt128 units = wide::quotientByPow10(wide::magnitude(value.raw()), Decimal::kScaleDigits + shift - decimals);
    return Decimal::fromRaw(Int128(units) * wide::pow10(Decimal::kScaleDigits - decimals)).toString(decimals);
}
} // namespace

QString MoneyFormat::compact(Decimal value, const QString &symbol, const QLocale &locale)
{
    const NumberFormat format(locale);
    const Decimal a = value.abs();
    const QString sign = value.isNegative() ? locale.negativeSign() : QString();
    // The scaled number keeps its digits ungrouped ("$1000"), with the locale's decimal point.
    const auto number = [&](int shift, int decimals) { return format.localized(scaled(value, shift, decimals), false); };
    if (a >= Decimal::fromInt(1'000'000'000))
        return sign + symbol + number(9, 2) + u'B';
    if (a >= Decimal::fromInt(1'000'000))
        return sign + symbol + number(6, 1) + u'M';
    if (a >= Decimal::fromInt(1'000))
        return sign + symbol + number(3, 1) + u'K';
    return sign + symbol + number(0, 0);
}

QString MoneyFormat::display(Decimal value, MoneyStyle style, const QString &currency, const QLocale &locale)
{
    if (style == MoneyStyle::Exact)
        return full(value, locale);
    // Below a thousand the cents are the figure (a unit price of 2.00 is not "$2").
    if (value.abs() < Decimal::fromInt(1000))
        return fullWithSymbol(value, currency, locale);
    return compact(value, currencySymbol(currency), locale);
}

QString MoneyFormat::fullWithSymbol(Decimal value, const QString &currency, const QLocale &locale)
{
    return (value.isNegative() ? locale.negativeSign() : QString()) + currencySymbol(currency) + full(value.abs(), locale);
}

QString MoneyFormat::exactWithCurrency(Decimal value, const QString &currency, const QLocale &locale)
{
    return currency.isEmpty() ? full(value, locale) : QStringLiteral("%1 %2").arg(full(value, locale), currency);
}

QString MoneyFormat::currencySymbol(const QString &currency)
{
    if (currency == u"USD")
        return QStringLiteral("$");
    if (currency == u"EUR")
        return QStringLiteral("€");
    if (currency == u"GBP")
        return QStringLiteral("£");
    if (currency == u"JPY")
        return QStringLiteral("¥");
    return currency.isEmpty() ? QString() : currency + u' ';
}

} // namespace hp
