// The one formatter of figures for people (models/money/NumberFormat): the
// C locale writes "1,234,567.50" as the app always did; German writes
// "1.234.567,50"; money is rounded once half-even from the exact value.
#include "money/MoneyFormat.h"
#include "money/NumberFormat.h"
#include "report/ResultCellText.h"

#include <gtest/gtest.h>

namespace {
const QLocale kGerman(QLocale::German, QLocale::Germany);
hp::Decimal D(const char *text) { return hp::Decimal::fromString(QString::fromLatin1(text)); }
std::string s(const QString &text) { return text.toStdString(); }
} // namespace

TEST(NumberFormat, MoneyInTheCLocaleIsGroupedByCommas)
{
    const hp::NumberFormat c(QLocale::c());
    EXPECT_EQ(s(c.money(D("1234567.125"))), "1,234,567.12"); // half-even: the 2 stays
    EXPECT_EQ(s(c.money(D("-999.995"))), "-1,000.00");
    EXPECT_EQ(s(c.money(D("12"))), "12.00");
    EXPECT_EQ(s(c.money(D("100"))), "100.00");
    EXPECT_EQ(s(c.money(D("-100000"))), "-100,000.00");
    // Beyond 64 bits of whole units: still exact.
    EXPECT_EQ(s(c.money(D("123456789012345678901.005"))), "123,456,789,012,345,678,901.00");
}

TEST(NumberFormat, MoneyInGermanUsesPointsAndADecimalComma)
{
    const hp::NumberFormat de(kGerman);
    EXPECT_EQ(s(de.money(D("1234567.125"))), "1.234.567,12");
    EXPECT_EQ(s(de.money(D("-0.5"))), "-0,50");
    EXPECT_EQ(s(hp::MoneyFormat::full(D("2400"), kGerman)), "2.400,00");
    EXPECT_EQ(s(hp::MoneyFormat::compact(D("1234567890"), QStringLiteral("$"), kGerman)), "$1,23B");
    EXPECT_EQ(s(hp::MoneyFormat::compact(D("999.5"), QStringLiteral("$"), kGerman)), "$1000"); // compact stays ungrouped
}

TEST(NumberFormat, DoublesAndMachineTexts)
{
    const hp::NumberFormat c(QLocale::c());
    const hp::NumberFormat de(kGerman);
    EXPECT_EQ(s(c.number(1234567, 0)), "1,234,567");
    EXPECT_EQ(s(c.number(999, 1)), "999.0");
    EXPECT_EQ(s(c.number(-1000, 0)), "-1,000");
    EXPECT_EQ(s(de.number(-1234.5, 2)), "-1.234,50");
    EXPECT_EQ(s(c.localized(QStringLiteral("2500"))), "2,500");
    EXPECT_EQ(s(c.localized(QStringLiteral("-1234.5"), false)), "-1234.5");
    EXPECT_EQ(s(de.localized(QStringLiteral("-1234.5"), false)), "-1234,5");
}

TEST(NumberFormat, SlideCellsFollowTheLocaleAndMachineCellsDoNot)
{
    const hp::ResultCell money = D("-1234.565");
    EXPECT_EQ(s(hp::ResultCellText::display(money, hp::ColumnFormat::Money, QLocale::c())), "-1,234.56");
    EXPECT_EQ(s(hp::ResultCellText::display(money, hp::ColumnFormat::Money, kGerman)), "-1.234,56");
    EXPECT_EQ(s(hp::ResultCellText::display(hp::ResultCell(0.35), hp::ColumnFormat::Percent, QLocale::c())), "35.0 %");
    EXPECT_EQ(s(hp::ResultCellText::display(hp::ResultCell(0.35), hp::ColumnFormat::Percent, kGerman)), "35,0 %");
    EXPECT_EQ(s(hp::ResultCellText::display(hp::ResultCell(D("2500")), hp::ColumnFormat::Integer, kGerman)), "2.500");
    // CSV and JSON text is the machine's, whatever the locale.
    EXPECT_EQ(s(hp::ResultCellText::plain(money, hp::ColumnFormat::Money)), "-1234.56");
}

TEST(NumberFormat, TheDefaultIsTheApplicationsDefaultLocale)
{
    const QLocale before;
    QLocale::setDefault(kGerman);
    EXPECT_EQ(s(hp::MoneyFormat::full(D("1234.5"))), "1.234,50");
    EXPECT_EQ(s(hp::NumberFormat().money(D("1234.5"))), "1.234,50");
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(s(hp::MoneyFormat::full(D("1234.5"))), "1,234.50");
    QLocale::setDefault(before);
}
