#include "money/MoneyFormat.h"

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

QString MoneyFormat::compact(Decimal value, const QString &symbol)
{
    const double v = value.toDouble();
    const double a = v < 0 ? -v : v;
    const QString sign = v < 0 ? QStringLiteral("-") : QString();
    if (a >= 1e9)
        return sign + symbol + QString::number(a / 1e9, 'f', 2) + u'B';
    if (a >= 1e6)
        return sign + symbol + QString::number(a / 1e6, 'f', 1) + u'M';
    if (a >= 1e3)
        return sign + symbol + QString::number(a / 1e3, 'f', 1) + u'K';
    return sign + symbol + QString::number(a, 'f', 0);
}

} // namespace hp
