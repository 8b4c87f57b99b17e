#include "ImportDialect.h"

namespace hp {

QString toString(DateOrder order)
{
    return order == DateOrder::DayMonthYear ? QStringLiteral("dmy") : QStringLiteral("mdy");
}

std::optional<DateOrder> parseDateOrder(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"mdy" || t == u"m/d/y")
        return DateOrder::MonthDayYear;
    if (t == u"dmy" || t == u"d/m/y")
        return DateOrder::DayMonthYear;
    return std::nullopt;
}

QString ImportDialect::describe() const
{
    const QString delimiter = csv.delimiter == u'\t' ? QStringLiteral("tab") : QStringLiteral("'%1'").arg(csv.delimiter);
    return QStringLiteral("delimiter %1, quote '%2', %3, %4, %5, dates %6")
        .arg(delimiter, QString(csv.quote), hasHeader ? QStringLiteral("header row") : QStringLiteral("no header row"),
             TextEncodings::name(encoding), decimalComma ? QStringLiteral("decimal comma") : QStringLiteral("decimal point"),
             dateOrder == DateOrder::DayMonthYear ? QStringLiteral("d/m/y") : QStringLiteral("m/d/y"));
}

bool operator==(const ImportDialect &a, const ImportDialect &b)
{
    return a.csv.delimiter == b.csv.delimiter && a.csv.quote == b.csv.quote && a.encoding == b.encoding
        && a.hasHeader == b.hasHeader && a.decimalComma == b.decimalComma && a.dateOrder == b.dateOrder;
}

} // namespace hp
