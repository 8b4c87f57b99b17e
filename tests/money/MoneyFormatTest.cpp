// How the views show money: full with thousands separators, compact with K/M/B,
// both rounded once half-even from the exact value.
#include "money/MoneyFormat.h"

#include <gtest/gtest.h>

namespace {
QString compact(const char *text) { return hp::MoneyFormat::compact(hp::Decimal::fromString(QString::fromLatin1(text))); }
}

TEST(MoneyFormat, FullHasThousandsSeparatorsAndCents)
{
    EXPECT_EQ(hp::MoneyFormat::full(hp::Decimal::fromString(u"-1234567.125")), QStringLiteral("-1,234,567.12"));
    EXPECT_EQ(hp::MoneyFormat::full(hp::Decimal::fromString(u"999.135")), QStringLiteral("999.14"));
}

TEST(MoneyFormat, CompactScalesAndRoundsHalfEvenOnTheExactValue)
{
    EXPECT_EQ(compact("1234567890"), QStringLiteral("$1.23B"));
    EXPECT_EQ(compact("-2500000"), QStringLiteral("-$2.5M"));
    EXPECT_EQ(compact("1250"), QStringLiteral("$1.2K"));  // a tie goes to the even digit
    EXPECT_EQ(compact("1350"), QStringLiteral("$1.4K"));
    EXPECT_EQ(compact("1250.000000001"), QStringLiteral("$1.3K")); // above the tie: up
    // 1.005000000499B: exactly above the tie at 0.01B, though 1e-9-rounding of
    // the quotient would first make it a tie (and round it down).
    EXPECT_EQ(compact("1005000000.499"), QStringLiteral("$1.01B"));
    EXPECT_EQ(compact("999.5"), QStringLiteral("$1000"));
    EXPECT_EQ(compact("0"), QStringLiteral("$0"));
}

TEST(MoneyFormat, FullWithSymbolPutsTheSignFirstAndKeepsCentsADoubleWouldLose)
{
    EXPECT_EQ(hp::MoneyFormat::fullWithSymbol(hp::Decimal::fromString(u"11400"), QStringLiteral("USD")), QStringLiteral("$11,400.00"));
    EXPECT_EQ(hp::MoneyFormat::fullWithSymbol(hp::Decimal::fromString(u"-0.5"), QStringLiteral("EUR")), QStringLiteral("-€0.50"));
    // 2^53 + 1 cents: the nearest double is 90,071,992,547,409.94, so a detour through double would print .94.
    EXPECT_EQ(hp::MoneyFormat::fullWithSymbol(hp::Decimal::fromString(u"90071992547409.93"), QStringLiteral("USD")),
              QStringLiteral("$90,071,992,547,409.93"));
}
