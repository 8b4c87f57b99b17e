#include "domain/WorkloadClass.h"
#include "domain/YearMonth.h"

#include <gtest/gtest.h>

using hp::YearMonth;

TEST(YearMonth, ParsesMonthsAndRealDates)
{
    EXPECT_EQ(YearMonth::parse(u"2026-01")->toString().toStdString(), "2026-01");
    EXPECT_EQ(YearMonth::parse(u"2025-02-28")->month(), 2);
    QString why;
    EXPECT_FALSE(YearMonth::parse(u"2025-02-30", &why)); // impossible date: refused, not rolled over
    EXPECT_TRUE(why.contains(QStringLiteral("calendar")));
    for (const char16_t *bad : {u"2025-13", u"2025-00", u"25-01", u"2025/01", u"", u"2025-1", u"2025-01-1x"})
        EXPECT_FALSE(YearMonth::parse(bad)) << QString::fromUtf16(bad).toStdString();
}

TEST(YearMonth, Arithmetic)
{
    const YearMonth m(2026, 11);
    EXPECT_EQ(m.plusMonths(2), YearMonth(2027, 1));
    EXPECT_EQ(m.plusMonths(-11), YearMonth(2025, 12));
    EXPECT_EQ(YearMonth(2027, 1).monthsSince(m), 2);
    EXPECT_LT(m, YearMonth(2026, 12));
    EXPECT_EQ(YearMonth(2024, 2).lastDay().day(), 29);
}

TEST(WorkloadClass, ParsesNamesAndSets)
{
    EXPECT_EQ(hp::parseWorkloadClass(u" Stateless_API "), hp::WorkloadClass::StatelessApi);
    EXPECT_FALSE(hp::parseWorkloadClass(u"stateless"));
    QString why;
    auto set = hp::parseClassSet(u"training|batch_inference", &why);
    ASSERT_TRUE(set);
    EXPECT_EQ(set->size(), 2u);
    EXPECT_EQ(hp::toString(*set).toStdString(), "training|batch_inference");
    EXPECT_EQ(hp::parseClassSet(u"all", &why)->size(), 6u);
    EXPECT_FALSE(hp::parseClassSet(u"training|gpu", &why));
    EXPECT_TRUE(why.contains(QStringLiteral("gpu")));
}
