#include "TolerantValueParser.h"

#include <QRegularExpression>

#include <algorithm>

namespace hp {

namespace {

bool isGroupSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == u'\'' || c == QChar(0x2019);
}

bool isMinus(QChar c) { return c == u'-' || c == QChar(0x2212); }

/// Removes a leading sign; flips *negative for a minus.
void takeSign(QString &t, bool &negative)
{
    if (!t.isEmpty() && (isMinus(t.front()) || t.front() == u'+')) {
        negative = negative != isMinus(t.front());
        t = t.mid(1).trimmed();
    }
}

/// Removes accounting parentheses `(…)`; returns true when there were some.
bool takeParentheses(QString &t)
{
    if (t.size() >= 2 && t.front() == u'(' && t.back() == u')') {
        t = t.mid(1, t.size() - 2).trimmed();
        return true;
    }
    return false;
}

/// Removes a currency symbol or ISO code before or after the digits.
QString takeCurrency(QString &t)
{
    static const QRegularExpression prefix(QStringLiteral("^(US\\$|[ACN]\\$|[$€£¥₹₩₽₺₪₱]|[A-Z]{3}(?=[\\s\\d(+\\-.,]))\\s*"));
    static const QRegularExpression suffix(QStringLiteral("\\s*([$€£¥₹₩₽₺₪₱]|[A-Z]{3})$"));
    const auto isNumberChar = [](QChar c) { return c.isDigit() || c == u'.' || c == u','; };
    if (t.isEmpty() || (isNumberChar(t.front()) && t.back().isDigit()))
        return QString(); // neither a prefix nor a suffix: no regular expression needed
    if (const auto m = prefix.match(t); m.hasMatch()) {
        t = t.mid(m.capturedLength()).trimmed();
        return m.captured(1);
    }
    if (const auto m = suffix.match(t); m.hasMatch()) {
        t.chop(m.capturedLength());
        t = t.trimmed();
        return m.captured(1);
    }
    return QString();
}

bool allDigits(QStringView s)
{
    for (const QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return !s.isEmpty();
}

/// `1,234` (groups of three after the first group of one to three digits).
bool validGrouping(const QString &integer, QChar group, bool *grouped)
{
    QString normalized = integer;
    for (QChar &c : normalized)
        if (isGroupSpace(c))
            c = group;
    const QStringList parts = normalized.split(group);
    *grouped = parts.size() > 1;
    if (!allDigits(parts.front()) || (*grouped && parts.front().size() > 3))
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i)
        if (parts[i].size() != 3 || !allDigits(parts[i]))
            return false;
    return true;
}

QString isoText(QDate d) { return d.toString(Qt::ISODate); }

} // namespace

bool TolerantValueParser::isNull(QStringView text)
{
    const QStringView t = text.trimmed();
    return t.isEmpty() || t.compare(u"NULL", Qt::CaseInsensitive) == 0;
}

std::optional<QString> TolerantValueParser::currencyOf(QStringView symbol)
{
    const QString s = symbol.trimmed().toString();
    if (s == u"$")
        return QString();
    if (s == u"US$")
        return QStringLiteral("USD");
    if (s == u"C$")
        return QStringLiteral("CAD");
    if (s == u"A$")
        return QStringLiteral("AUD");
    if (s == u"N$")
        return QStringLiteral("NAD");
    if (s == u"€")
        return QStringLiteral("EUR");
    if (s == u"£")
        return QStringLiteral("GBP");
    if (s == u"¥")
        return QStringLiteral("JPY");
    static const std::pair<char16_t, const char *> more[] = {{u'₹', "INR"}, {u'₩', "KRW"}, {u'₽', "RUB"},
                                                             {u'₺', "TRY"}, {u'₪', "ILS"}, {u'₱', "PHP"}};
    for (const auto &[sign, code] : more)
        if (s.size() == 1 && s.front() == QChar(sign))
            return QString::fromLatin1(code);
    static const QRegularExpression iso(QStringLiteral("^[A-Za-z]{3}$"));
    if (iso.match(s).hasMatch())
        return s.toUpper();
    return std::nullopt;
}

bool TolerantValueParser::currencyAgrees(const QString &mark, const QString &iso)
{
    if (mark.isEmpty())
        return true;
    const auto code = currencyOf(mark);
    if (!code)
        return false;
    if (code->isEmpty()) // `$`: any dollar (and the peso signs that share it)
        return iso.endsWith(u'D') || iso == u"MXN" || iso == u"ARS" || iso == u"CLP" || iso == u"COP";
    return *code == iso;
}

namespace {

char16_t unitAt(QStringView t, qsizetype i) { return t[i].unicode(); }
char16_t unitAt(QByteArrayView t, qsizetype i) { return char16_t(uchar(t[i])); }
bool digitAt(auto t, qsizetype i) { return unitAt(t, i) >= u'0' && unitAt(t, i) <= u'9'; }

/// `[-]digits[.digits]`: the number of decimals (0 without a point), or -1 for any other text.
template <typename Text>
qsizetype plainDecimals(Text t)
{
    qsizetype i = !t.isEmpty() && unitAt(t, 0) == u'-' ? 1 : 0;
    const qsizetype digitsStart = i;
    while (i < t.size() && digitAt(t, i))
        ++i;
    if (i == digitsStart)
        return -1;
    if (i == t.size())
        return 0;
    if (unitAt(t, i) != u'.')
        return -1;
    const qsizetype fraction = ++i;
    while (i < t.size() && digitAt(t, i))
        ++i;
    return i < t.size() || i == fraction ? -1 : i - fraction;
}

/// `[-]digits[.digits]` with at most nine decimals (the common case) is read
/// directly; anything else goes through the tolerant path.
std::optional<Decimal> plainDecimal(QStringView t)
{
    const qsizetype decimals = plainDecimals(t);
    if (decimals < 0 || decimals > Decimal::kScaleDigits)
        return std::nullopt;
    return Decimal::parse(t);
}

/// `YYYY-M-D` with an optional time (`T` or a space, `h:mm`, `:ss`, a fraction, `Z` or an
/// offset), as the regular expression
/// `^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$`
/// (ASCII digits) matches; `badTime` when the hour, minute or second is out of range.
template <typename Text>
bool isoDate(Text t, int &year, int &month, int &day, bool &badTime)
{
    qsizetype i = 0;
    auto digits = [&](int least, int most, int &value) {
        value = 0;
        int n = 0;
        while (n < most && i < t.size() && digitAt(t, i)) {
            value = value * 10 + (unitAt(t, i) - u'0');
            ++i;
            ++n;
        }
        return n >= least;
    };
    auto is = [&](char16_t c) {
        if (i < t.size() && unitAt(t, i) == c) {
            ++i;
            return true;
        }
        return false;
    };
    if (!digits(4, 4, year) || !is(u'-') || !digits(1, 2, month) || !is(u'-') || !digits(1, 2, day))
        return false;
    badTime = false;
    if (i == t.size())
        return true;
    int hour = 0, minute = 0, second = 0, ignored = 0;
    if (!(is(u'T') || is(u' ')) || !digits(1, 2, hour) || !is(u':') || !digits(2, 2, minute))
        return false;
    if (is(u':')) {
        if (!digits(2, 2, second))
            return false;
        if (is(u'.')) { // a fraction of a second: any number of digits, at least one
            const qsizetype from = i;
            while (i < t.size() && digitAt(t, i))
                ++i;
            if (i == from)
                return false;
        }
    }
    if (!is(u'Z') && (is(u'+') || is(u'-'))) {
        if (!digits(2, 2, ignored))
            return false;
        is(u':');
        if (!digits(2, 2, ignored))
            return false;
    }
    badTime = hour > 23 || minute > 59 || second > 59;
    return i == t.size();
}

} // namespace

ParsedNumber TolerantValueParser::number(QStringView text) const
{
    ParsedNumber r;
    if (isNull(text))
        return r;
    if (!m_dialect.decimalComma || !text.contains(u'.')) {
        if ((r.value = plainDecimal(text.trimmed()))) {
            if (r.value->isZero())
                r.value = Decimal(); // -0 is 0
            return r;
        }
    }
    const QString raw = text.trimmed().toString();
    QString t = raw;
    bool negative = false;
    bool accounting = takeParentheses(t);
    takeSign(t, negative);
    r.currency = takeCurrency(t);
    if (!accounting)
        accounting = takeParentheses(t);
    takeSign(t, negative);
    if (accounting) {
        if (negative) {
            r.error = QStringLiteral("'%1' has both parentheses and a minus sign").arg(raw);
            return r;
        }
        negative = true;
        r.coercions.push_back({QStringLiteral("accounting-negative"), QStringLiteral("'%1' in parentheses read as negative").arg(raw)});
    }
    if (!r.currency.isEmpty())
        r.coercions.push_back({QStringLiteral("currency-symbol"), QStringLiteral("currency mark '%1' removed from '%2'").arg(r.currency, raw)});

    const QChar decimal = m_dialect.decimalComma ? u',' : u'.';
    const QChar group = m_dialect.decimalComma ? u'.' : u',';
    const QStringList halves = t.split(decimal);
    bool grouped = false;
    if (t.isEmpty() || halves.size() > 2 || !validGrouping(halves.front(), group, &grouped)
        || (halves.size() == 2 && !allDigits(halves.back()))) {
        const bool commaHint = !m_dialect.decimalComma && t.contains(u',');
        const bool pointHint = m_dialect.decimalComma && t.contains(u'.') && !t.contains(u',');
        r.error = QStringLiteral("'%1' is not a number").arg(raw);
        const auto isSign = [](QChar c) { return c.category() == QChar::Symbol_Currency; };
        if (!t.isEmpty() && (isSign(t.front()) || isSign(t.back())))
            r.error += QStringLiteral(" (the currency sign '%1' is not one the importer knows: write the amount without it, "
                                      "or with the ISO code of the currency column, e.g. 'EUR 1200.00')")
                           .arg(isSign(t.front()) ? t.front() : t.back());
        else if (commaHint)
            r.error += QStringLiteral(" (a decimal comma? choose it in the dialect)");
        else if (pointHint)
            r.error += QStringLiteral(" (the dialect reads a decimal comma; '.' separates thousands)");
        return r;
    }
    QString integer = halves.front();
    integer.remove(group);
    integer.removeIf([](QChar c) { return isGroupSpace(c); });
    if (grouped)
        r.coercions.push_back({QStringLiteral("thousands-separator"), QStringLiteral("thousands separators removed from '%1'").arg(raw)});
    QString plain = (negative ? QStringLiteral("-") : QString()) + integer;
    if (halves.size() == 2) {
        plain += u'.' + halves.back();
        if (m_dialect.decimalComma)
            r.coercions.push_back({QStringLiteral("decimal-comma"), QStringLiteral("'%1' read with a decimal comma").arg(raw)});
        const QStringView dropped = QStringView(halves.back()).mid(Decimal::kScaleDigits);
        if (std::any_of(dropped.begin(), dropped.end(), [](QChar c) { return c != u'0'; }))
            r.coercions.push_back(roundedCoercion(raw));
    }
    QString why;
    r.value = Decimal::parse(plain, &why);
    if (!r.value)
        r.error = QStringLiteral("'%1' is not a number: %2").arg(raw, why);
    else if (r.value->isZero() && negative)
        r.value = Decimal();
    return r;
}

Coercion TolerantValueParser::roundedCoercion(QStringView raw)
{
    return {QStringLiteral("rounded"), QStringLiteral("'%1' rounded half-even to 9 decimals").arg(raw)};
}

bool TolerantValueParser::trimmedAscii(QByteArrayView &cell)
{
    const auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    while (!cell.isEmpty() && space(cell.front()))
        cell = cell.sliced(1);
    while (!cell.isEmpty() && space(cell.back()))
        cell.chop(1);
    return cell.isEmpty() || (uchar(cell.front()) < 0x80 && uchar(cell.back()) < 0x80);
}

std::optional<PlainNumber> TolerantValueParser::plainNumber(QByteArrayView cell) const
{
    if (!trimmedAscii(cell))
        return std::nullopt;
    if (cell.isEmpty() || (cell.size() == 4 && QLatin1StringView(cell).compare(QLatin1StringView("NULL"), Qt::CaseInsensitive) == 0))
        return PlainNumber{};
    if (m_dialect.decimalComma && cell.contains('.'))
        return std::nullopt; // '.' groups thousands there: the tolerant path
    const qsizetype decimals = plainDecimals(cell);
    if (decimals < 0)
        return std::nullopt;
    PlainNumber n;
    n.value = Decimal::parse(cell);
    if (!n.value)
        return std::nullopt; // too large: number() says so
    if (n.value->isZero())
        n.value = Decimal(); // -0 is 0
    if (decimals > Decimal::kScaleDigits) {
        const QByteArrayView dropped = cell.sliced(cell.size() - (decimals - Decimal::kScaleDigits));
        n.rounded = std::any_of(dropped.begin(), dropped.end(), [](char c) { return c != '0'; });
    }
    return n;
}

std::optional<QDate> TolerantValueParser::plainDate(QByteArrayView cell) const
{
    int year = 0, month = 0, day = 0;
    bool badTime = false;
    if (!trimmedAscii(cell) || !isoDate(cell, year, month, day, badTime) || badTime)
        return std::nullopt;
    const QDate date(year, month, day);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

ParsedNumber TolerantValueParser::percent(QStringView text, bool asFraction) const
{
    if (isNull(text))
        return {};
    QString t = text.trimmed().toString();
    const bool percentSign = t.endsWith(u'%');
    if (percentSign)
        t = t.chopped(1).trimmed();
    ParsedNumber r = number(t);
    if (!r.currency.isEmpty()) {
        r.value.reset();
        r.error = QStringLiteral("'%1' is a percentage and cannot carry a currency").arg(text.trimmed());
        return r;
    }
    if (r.ok() && r.value && asFraction && !percentSign) {
        r.value = r.value->fractionToPercent();
        r.coercions.push_back({QStringLiteral("percent-fraction"),
                               QStringLiteral("'%1' read as a fraction: %2 %").arg(text.trimmed(), r.value->toString())});
    }
    return r;
}

ParsedDate TolerantValueParser::date(QStringView text) const
{
    ParsedDate r;
    if (isNull(text))
        return r;
    const QString t = text.trimmed().toString();
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    static const QRegularExpression slash(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})$"));
    static const QRegularExpression dots(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2}|\\d{4})$"));
    auto impossible = [&](const QString &what) {
        r.error = QStringLiteral("'%1' is an impossible %2").arg(t, what);
        return r;
    };
    int year = 0, mon = 0, day = 0;
    QString order;
    bool badTime = false;
    if (isoDate(QStringView(t), year, mon, day, badTime)) {
        if (badTime)
            return impossible(QStringLiteral("time"));
    } else if (const auto mm = month.match(t); mm.hasMatch()) {
        year = mm.captured(1).toInt();
        mon = mm.captured(2).toInt();
        day = 1;
        r.monthOnly = true;
    } else {
        const auto s = slash.match(t);
        const auto d = dots.match(t);
        const auto &dm = s.hasMatch() ? s : d;
        if (!dm.hasMatch()) {
            r.error = QStringLiteral("'%1' is not a date (YYYY-MM-DD, YYYY-MM, M/D/Y or D/M/Y, D.M.Y)").arg(t);
            return r;
        }
        const bool dayFirst = d.hasMatch() || m_dialect.dateOrder == DateOrder::DayMonthYear;
        order = d.hasMatch() ? QStringLiteral("d.m.y") : dayFirst ? QStringLiteral("d/m/y") : QStringLiteral("m/d/y");
        const int a = dm.captured(1).toInt();
        const int b = dm.captured(2).toInt();
        day = dayFirst ? a : b;
        mon = dayFirst ? b : a;
        year = dm.captured(3).toInt();
        if (dm.captured(3).size() == 2) {
            year += 2000;
            r.coercions.push_back({QStringLiteral("two-digit-year"), QStringLiteral("two-digit year in '%1' read as %2").arg(t).arg(year)});
        }
        if (mon > 12) {
            r.error = QStringLiteral("'%1' has month %2 in %3 order%4")
                          .arg(t).arg(mon).arg(order,
                                               s.hasMatch() ? QStringLiteral(" (choose the other date order?)") : QString());
            return r;
        }
        if (s.hasMatch() && a != b && a <= 12 && b <= 12)
            r.coercions.push_back({QStringLiteral("date-order"),
                                   QStringLiteral("'%1' read as %2 (%3)").arg(t, isoText(QDate(year, mon, day)), order)});
    }
    const QDate date(year, mon, day);
    if (!date.isValid())
        return impossible(QStringLiteral("date"));
    r.value = date;
    if (r.monthOnly)
        r.coercions.push_back({QStringLiteral("month-only"), QStringLiteral("'%1' has no day").arg(t)});
    return r;
}

} // namespace hp
