#include "money/MoneyFormat.h"

#include "money/WideArithmetic.h"

namespace hp {

QString MoneyFormat::full(Decimal value)
{
    QString text = value.toCents();
    const bool negative = text.startsWith(u'-');
    if (negative)
        text.remove(0, 1);
    const qsizetype dot = text.indexOf(u'.');
    QString whole = text.left(dot);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    return (negative ? QStringLiteral("-") : QString()) + whole + text.mid(dot);
}

namespace {
/// |value| ÷ 10^shift with `decimals` decimals, rounded once half-even from
/// the exact value (no binary floating point near money, DOMAIN.md §3).
QString scaled(Decimal value, int shift, int decimals)
{
    const UInt128 units = wide::quotientByPow10(wide::magnitude(value.raw()), Decimal::kScaleDigits + shift - decimals);
    return Decimal::fromRaw(Int128(units) * wide::pow10(Decimal::kScaleDigits - decimals)).toString(decimals);
}
} // namespace

QString MoneyFormat::compact(Decimal value, const QString &symbol)
{
    const Decimal a = value.abs();
    const QString sign = value.isNegative() ? QStringLiteral("-") : QString();
    if (a >= Decimal::fromInt(1'000'000'000))
        return sign + symbol + scaled(value, 9, 2) + u'B';
    if (a >= Decimal::fromInt(1'000'000))
        return sign + symbol + scaled(value, 6, 1) + u'M';
    if (a >= Decimal::fromInt(1'000))
        return sign + symbol + scaled(value, 3, 1) + u'K';
    return sign + symbol + scaled(value, 0, 0);
}

} // namespace hp
