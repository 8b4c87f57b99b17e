#include "money/NumberFormat.h"

namespace hp {

NumberFormat::NumberFormat()
    : NumberFormat(QLocale())
{
}

NumberFormat::NumberFormat(const QLocale &locale)
    : m_locale(locale)
{
}

QString NumberFormat::money(Decimal value) const
{
    return localized(value.toCents());
}

QString NumberFormat::number(double value, int decimals) const
{
    return localized(QString::number(value, 'f', decimals));
}

QString NumberFormat::localized(const QString &plain, bool group) const
{
    const bool negative = plain.startsWith(u'-');
    const QStringView digits = QStringView(plain).mid(negative ? 1 : 0);
    const qsizetype point = digits.indexOf(u'.');
    const QStringView whole = point < 0 ? digits : digits.left(point);
    QString out;
    out.reserve(plain.size() + plain.size() / 3 + 2);
    if (negative)
        out += m_locale.negativeSign();
    const QString separator = m_locale.groupSeparator();
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (group && i > 0 && (whole.size() - i) % 3 == 0)
            out += separator;
        out += whole[i];
    }
    if (point >= 0) {
        out += m_locale.decimalPoint();
        out += digits.mid(point + 1);
    }
    return out;
}

} // namespace hp
