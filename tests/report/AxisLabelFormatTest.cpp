// Axis labels and tooltips of the charts (docs/charts.md): K/M/B suffixes,
// thousands separators, nice tick ranges.
#include "report/AxisLabelFormat.h"
#include "report/AxisScale.h"

#include <gtest/gtest.h>

#include <cmath>

using hp::AxisLabelFormat;
using hp::AxisScale;
using hp::ValueUnit;

namespace {
std::string label(double maxAbs, double step, double value, ValueUnit unit = ValueUnit::Money)
{
    return AxisLabelFormat(unit, QStringLiteral("USD"), maxAbs, step).label(value).toStdString();
}
} // namespace

TEST(AxisLabelFormat, SuffixFollowsTheLargestValueOfTheAxis)
{
    EXPECT_EQ(label(8000, 2000, 6000), "$6,000");
    EXPECT_EQ(label(80000, 20000, 60000), "$60K");
    EXPECT_EQ(label(2'500'000, 500'000, 1'500'000), "$1.5M");
    EXPECT_EQ(label(2'500'000, 500'000, 0), "$0");
    EXPECT_EQ(label(60e9, 10e9, 50e9), "$50B");
    EXPECT_EQ(label(2.5e12, 500e9, 1.5e12), "$1,500B");
}

TEST(AxisLabelFormat, DecimalsFollowTheStep)
{
    EXPECT_EQ(label(1e9, 250e6, 750e6), "$0.75B");
    EXPECT_EQ(label(1e9, 250e6, 1e9), "$1.00B");
    EXPECT_EQ(label(10, 2.5, 7.5), "$7.5");
    EXPECT_EQ(label(20e6, 5e6, 15e6), "$15M");
}

TEST(AxisLabelFormat, NegativeValuesAndOtherUnits)
{
    EXPECT_EQ(label(4e6, 1e6, -3e6), "-$3M");
    EXPECT_EQ(label(1, 0.25, 0.75, ValueUnit::Percent), "75%");
    EXPECT_EQ(label(1, 0.125, 0.125, ValueUnit::Percent), "12.5%");
    EXPECT_EQ(label(10000, 2000, 6000, ValueUnit::Count), "6K");
    EXPECT_EQ(AxisLabelFormat(ValueUnit::Money, QStringLiteral("CHF"), 5000, 1000).label(3000).toStdString(), "CHF 3,000");
    EXPECT_EQ(AxisLabelFormat(ValueUnit::Money, QStringLiteral("EUR"), 5e6, 1e6).label(3e6).toStdString(), "€3M");
}

TEST(AxisLabelFormat, FullFiguresForTooltips)
{
    EXPECT_EQ(AxisLabelFormat::full(1234567.5, ValueUnit::Money, QStringLiteral("USD")).toStdString(), "$1,234,567.50");
    EXPECT_EQ(AxisLabelFormat::full(-999.994, ValueUnit::Money, QStringLiteral("USD")).toStdString(), "-$999.99");
    EXPECT_EQ(AxisLabelFormat::full(0.4567, ValueUnit::Percent, QString()).toStdString(), "45.7%");
    EXPECT_EQ(AxisLabelFormat::full(5102.04, ValueUnit::Count, QString()).toStdString(), "5,102");
    EXPECT_EQ(AxisLabelFormat::full(NAN, ValueUnit::Money, QString()).toStdString(), "–");
}

TEST(AxisLabelFormat, LabelsFollowTheLocaleGivenToThem)
{
    const QLocale german(QLocale::German, QLocale::Germany);
    EXPECT_EQ(AxisLabelFormat(ValueUnit::Money, QStringLiteral("EUR"), 5e6, 5e5, german).label(1.5e6).toStdString(), "€1,5M");
    EXPECT_EQ(AxisLabelFormat(ValueUnit::Money, QStringLiteral("USD"), 2e12, 5e11, german).label(1.2e12).toStdString(), "$1.200B");
    EXPECT_EQ(AxisLabelFormat(ValueUnit::Percent, QString(), 1, 0.125, german).label(0.125).toStdString(), "12,5%");
    EXPECT_EQ(AxisLabelFormat::full(-1234567.5, ValueUnit::Money, QStringLiteral("USD"), german).toStdString(), "-$1.234.567,50");
    EXPECT_EQ(AxisLabelFormat::full(1234567.5, ValueUnit::Money, QStringLiteral("USD"), QLocale::c()).toStdString(), "$1,234,567.50");
    EXPECT_EQ(AxisLabelFormat::full(0.4567, ValueUnit::Percent, QString(), german).toStdString(), "45,7%");
}

TEST(AxisScale, NiceRangesIncludeZero)
{
    const AxisScale a = AxisScale::nice(0, 9'300'000, 5);
    EXPECT_DOUBLE_EQ(a.min, 0);
    EXPECT_DOUBLE_EQ(a.step, 2'000'000);
    EXPECT_DOUBLE_EQ(a.max, 10'000'000);
    EXPECT_EQ(a.tickCount(), 6);
    const AxisScale b = AxisScale::nice(-130, 420, 5);
    EXPECT_DOUBLE_EQ(b.step, 200); // rough 110 → 200
    EXPECT_DOUBLE_EQ(b.min, -200);
    EXPECT_DOUBLE_EQ(b.max, 600);
    const AxisScale c = AxisScale::nice(500, 900, 4); // zero included: 0..900, rough 225 → 250
    EXPECT_DOUBLE_EQ(c.min, 0);
    EXPECT_DOUBLE_EQ(c.step, 250);
    EXPECT_DOUBLE_EQ(c.max, 1000);
    const AxisScale flat = AxisScale::nice(0, 0);
    EXPECT_DOUBLE_EQ(flat.min, 0);
    EXPECT_DOUBLE_EQ(flat.max, 1);
}
