// TolerantValueParser: every rule of docs/rules.md §6.1 / §9 with hand-written values.
#include "import/TolerantValueParser.h"

#include <gtest/gtest.h>

using namespace hp;

namespace {

QString S(const char *utf8) { return QString::fromUtf8(utf8); }
Decimal D(const char *text) { return Decimal::fromString(QString::fromLatin1(text)); }

ImportDialect dialect(bool decimalComma = false, DateOrder order = DateOrder::MonthDayYear)
{
    ImportDialect d;
    d.decimalComma = decimalComma;
    d.dateOrder = order;
    return d;
}

bool hasCoercion(const std::vector<Coercion> &cs, const char *kind)
{
    for (const Coercion &c : cs)
        if (c.kind == QString::fromLatin1(kind))
            return true;
    return false;
}

} // namespace

TEST(TolerantValueParser, PlainNumbersAndNulls)
{
    const TolerantValueParser p(dialect());
    EXPECT_EQ(p.number(u"1200").value, D("1200"));
    EXPECT_EQ(p.number(u" -3.25 ").value, D("-3.25"));
    EXPECT_TRUE(p.number(u"1200").coercions.empty());
    for (const char *null : {"", "  ", "NULL", "null"}) {
        const ParsedNumber n = p.number(S(null));
        EXPECT_TRUE(n.ok()) << null;
        EXPECT_FALSE(n.value.has_value()) << null;
    }
    EXPECT_TRUE(TolerantValueParser::isNull(u"Null"));
    EXPECT_FALSE(TolerantValueParser::isNull(u"0"));
}

TEST(TolerantValueParser, ThousandsSeparatorsAndCurrencySymbols)
{
    const TolerantValueParser p(dialect());
    const ParsedNumber a = p.number(u"$1,234,567.89");
    EXPECT_EQ(a.value, D("1234567.89"));
    EXPECT_EQ(a.currency, QStringLiteral("$"));
    EXPECT_TRUE(hasCoercion(a.coercions, "thousands-separator"));
    EXPECT_TRUE(hasCoercion(a.coercions, "currency-symbol"));
    EXPECT_EQ(p.number(S("€ 2 500")).value, D("2500")); // space as thousands separator
    EXPECT_EQ(p.number(S("€ 2 500")).currency, S("€"));
    EXPECT_EQ(p.number(u"USD 50,000,000,000").value, D("50000000000"));
    EXPECT_EQ(p.number(u"USD 50,000,000,000").currency, QStringLiteral("USD"));
    EXPECT_EQ(p.number(u"1,000 EUR").value, D("1000"));
    EXPECT_EQ(p.number(u"1,000 EUR").currency, QStringLiteral("EUR"));
    EXPECT_EQ(p.number(u"-$5").value, D("-5"));
    EXPECT_EQ(p.number(u"$-5").value, D("-5"));
    EXPECT_EQ(p.number(u"1'000.5").value, D("1000.5"));
}

TEST(TolerantValueParser, AccountingNegatives)
{
    const TolerantValueParser p(dialect());
    const ParsedNumber n = p.number(u"(1,200.00)");
    EXPECT_EQ(n.value, D("-1200"));
    EXPECT_TRUE(hasCoercion(n.coercions, "accounting-negative"));
    EXPECT_EQ(p.number(u"$(1,200.00)").value, D("-1200"));
    EXPECT_EQ(p.number(u"($75)").value, D("-75"));
    EXPECT_FALSE(p.number(u"(-5)").ok());
}

TEST(TolerantValueParser, MisplacedSeparatorsAreErrorsWithAHint)
{
    const TolerantValueParser p(dialect());
    const ParsedNumber comma = p.number(u"1,5");
    EXPECT_FALSE(comma.ok());
    EXPECT_TRUE(comma.error.contains(QStringLiteral("decimal comma?"))) << comma.error.toStdString();
    EXPECT_FALSE(p.number(u"12,34,567").ok()); // not three-digit groups
    EXPECT_FALSE(p.number(u"1.2.3").ok());
    EXPECT_FALSE(p.number(u"abc").ok());
    EXPECT_FALSE(p.number(u"1e5").ok());
    EXPECT_FALSE(p.number(u"$").ok());
}

TEST(TolerantValueParser, DecimalCommaWhenTheDialectSaysSo)
{
    const TolerantValueParser p(dialect(true));
    const ParsedNumber n = p.number(u"1.234,56");
    EXPECT_EQ(n.value, D("1234.56"));
    EXPECT_TRUE(hasCoercion(n.coercions, "decimal-comma"));
    EXPECT_TRUE(hasCoercion(n.coercions, "thousands-separator"));
    EXPECT_EQ(p.number(S("-3,5 €")).value, D("-3.5"));
    EXPECT_EQ(p.number(u"(1.200,00)").value, D("-1200"));
    const ParsedNumber point = p.number(u"3.5");
    EXPECT_FALSE(point.ok()); // '.' groups thousands in this dialect: 3.5 is malformed
}

TEST(TolerantValueParser, MoreThanNineDecimalsRoundHalfEvenAndAreReported)
{
    const TolerantValueParser p(dialect());
    const ParsedNumber n = p.number(u"0.12345678950");
    EXPECT_EQ(n.value, D("0.123456790")); // …89|50 → half-even up to …90
    EXPECT_TRUE(hasCoercion(n.coercions, "rounded"));
    const ParsedNumber zeros = p.number(u"0.19200000000");
    EXPECT_EQ(zeros.value, D("0.192"));
    EXPECT_FALSE(hasCoercion(zeros.coercions, "rounded")); // trailing zeros change nothing
}

TEST(TolerantValueParser, Percentages)
{
    const TolerantValueParser p(dialect());
    EXPECT_EQ(p.percent(u"20").value, D("20"));
    EXPECT_EQ(p.percent(u"20%").value, D("20"));
    EXPECT_EQ(p.percent(u"20 %").value, D("20"));
    EXPECT_EQ(p.percent(u"0.5").value, D("0.5")); // half a percent, not 50 %
    const ParsedNumber fraction = p.percent(u"0.2", true);
    EXPECT_EQ(fraction.value, D("20"));
    EXPECT_TRUE(hasCoercion(fraction.coercions, "percent-fraction"));
    EXPECT_EQ(p.percent(u"20%", true).value, D("20")); // a % sign is never a fraction
    EXPECT_FALSE(p.percent(u"$20").ok());
    EXPECT_EQ(TolerantValueParser(dialect(true)).percent(u"12,5%").value, D("12.5"));
}

TEST(TolerantValueParser, IsoDatesMonthsAndTimestamps)
{
    const TolerantValueParser p(dialect());
    EXPECT_EQ(p.date(u"2025-05-01").value, QDate(2025, 5, 1));
    EXPECT_EQ(p.date(u"2024-09-01 00:00:00").value, QDate(2024, 9, 1));
    EXPECT_EQ(p.date(u"2023-01-01T10:00:00Z").value, QDate(2023, 1, 1));
    EXPECT_EQ(p.date(u"2023-01-01T10:00:00.123+02:00").value, QDate(2023, 1, 1));
    const ParsedDate month = p.date(u"2026-03");
    EXPECT_EQ(month.value, QDate(2026, 3, 1));
    EXPECT_TRUE(month.monthOnly);
    EXPECT_FALSE(p.date(u"NULL").value.has_value());
    EXPECT_TRUE(p.date(u"NULL").ok());
}

TEST(TolerantValueParser, ImpossibleDatesAreRejectedNeverRolledOver)
{
    const TolerantValueParser p(dialect());
    for (const char *bad : {"2025-02-30", "2025-13-01", "2/30/2025", "31.04.2025", "2023-02-01T30:00:00Z", "2025-00"}) {
        const ParsedDate d = p.date(S(bad));
        EXPECT_FALSE(d.ok()) << bad;
        EXPECT_FALSE(d.value.has_value()) << bad;
    }
    EXPECT_TRUE(p.date(u"2025-02-30").error.contains(QStringLiteral("impossible date")));
    EXPECT_TRUE(p.date(u"2023-02-01T30:00:00Z").error.contains(QStringLiteral("impossible time")));
    EXPECT_TRUE(p.date(u"2024-02-29").ok()); // a leap day
    EXPECT_FALSE(p.date(u"yesterday").ok());
}

TEST(TolerantValueParser, SlashDatesFollowTheChosenOrderAndReportAmbiguity)
{
    const TolerantValueParser mdy(dialect(false, DateOrder::MonthDayYear));
    const ParsedDate d = mdy.date(u"5/1/25");
    EXPECT_EQ(d.value, QDate(2025, 5, 1));
    EXPECT_TRUE(hasCoercion(d.coercions, "date-order"));
    EXPECT_TRUE(hasCoercion(d.coercions, "two-digit-year"));
    EXPECT_EQ(mdy.date(u"12/31/2025").value, QDate(2025, 12, 31));
    EXPECT_FALSE(hasCoercion(mdy.date(u"12/31/2025").coercions, "date-order")); // unambiguous
    const ParsedDate wrong = mdy.date(u"31/12/2025");
    EXPECT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error.contains(QStringLiteral("other date order"))) << wrong.error.toStdString();

    const TolerantValueParser dmy(dialect(false, DateOrder::DayMonthYear));
    EXPECT_EQ(dmy.date(u"5/1/25").value, QDate(2025, 1, 5));
    EXPECT_EQ(dmy.date(u"31/12/2025").value, QDate(2025, 12, 31));
    // Dots are always day.month.year, whatever the slash order.
    EXPECT_EQ(mdy.date(u"01.05.2025").value, QDate(2025, 5, 1));
    EXPECT_EQ(dmy.date(u"01.05.2025").value, QDate(2025, 5, 1));
}

TEST(TolerantValueParser, CurrencyMarksAgainstTheCurrencyColumn)
{
    EXPECT_EQ(TolerantValueParser::currencyOf(S("€")), QStringLiteral("EUR"));
    EXPECT_EQ(TolerantValueParser::currencyOf(u"US$"), QStringLiteral("USD"));
    EXPECT_EQ(TolerantValueParser::currencyOf(u"$"), QString());
    EXPECT_TRUE(TolerantValueParser::currencyAgrees(QStringLiteral("$"), QStringLiteral("USD")));
    EXPECT_TRUE(TolerantValueParser::currencyAgrees(QStringLiteral("$"), QStringLiteral("CAD")));
    EXPECT_FALSE(TolerantValueParser::currencyAgrees(QStringLiteral("$"), QStringLiteral("EUR")));
    EXPECT_FALSE(TolerantValueParser::currencyAgrees(S("€"), QStringLiteral("USD")));
    EXPECT_TRUE(TolerantValueParser::currencyAgrees(S("£"), QStringLiteral("GBP")));
    EXPECT_TRUE(TolerantValueParser::currencyAgrees(QString(), QStringLiteral("JPY")));
}
