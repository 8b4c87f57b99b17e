#include "YearMonth.h"

namespace hp {

namespace {
bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return !s.isEmpty();
}
} // namespace

std::optional<YearMonth> YearMonth::parse(QStringView text, QString *error)
{
    auto fail = [&]() -> std::optional<YearMonth> {
        if (error)
            *error = QStringLiteral("'%1' is not a month (expected YYYY-MM or YYYY-MM-DD)").arg(text.toString());
        return std::nullopt;
    };
    if (!(text.size() == 7 || text.size() == 10) || text[4] != u'-')
        return fail();
    const QStringView ys = text.mid(0, 4), ms = text.mid(5, 2);
    if (!allDigits(ys) || !allDigits(ms))
        return fail();
    const int y = ys.toInt(), m = ms.toInt();
    if (y < 1 || m < 1 || m > 12)
        return fail();
    if (text.size() == 10) {
        const QStringView ds = text.mid(8, 2);
        if (text[7] != u'-' || !allDigits(ds))
            return fail();
        if (!QDate(y, m, ds.toInt()).isValid()) {
            if (error)
                *error = QStringLiteral("'%1' is not a real calendar date").arg(text.toString());
            return std::nullopt;
        }
    }
    return YearMonth(y, m);
}

QString YearMonth::toString() const
{
    return QStringLiteral("%1-%2").arg(year(), 4, 10, QLatin1Char('0')).arg(month(), 2, 10, QLatin1Char('0'));
}

} // namespace hp
