// Value-axis ranges (docs/charts.md): nice ticks, and headroom where a value
// reaches an end of the range so that its line stays visible.
#include "report/AxisScale.h"

#include <gtest/gtest.h>

using hp::AxisScale;

TEST(AxisScale, NiceTicksIncludeZero)
{
    const AxisScale s = AxisScale::nice(120, 930);
    EXPECT_DOUBLE_EQ(s.min, 0);
    EXPECT_DOUBLE_EQ(s.max, 1000);
    EXPECT_DOUBLE_EQ(s.step, 200);
    EXPECT_EQ(s.tickCount(), 6);
}

TEST(AxisScale, ValuesOnTheTopGetHeadroom)
{
    // One provider: HHI 10,000 all along; the line must not sit on the border.
    const AxisScale hhi = AxisScale::nice(10000, 10000);
    EXPECT_DOUBLE_EQ(hhi.max, 10000);
    const auto [low, high] = hhi.shown(10000, 10000);
    EXPECT_DOUBLE_EQ(low, 0);
    EXPECT_DOUBLE_EQ(high, 10000 + 10000 * AxisScale::kHeadroom);
    EXPECT_GT(high, 10000);
    // A 100 % single-homed share on a percent axis.
    const AxisScale share = AxisScale::nice(100, 100);
    EXPECT_GT(share.shown(0, 100).second, 100);
    EXPECT_EQ(share.tickCount(), AxisScale::nice(100, 100).tickCount()); // headroom adds no tick
}

TEST(AxisScale, NoHeadroomWhereNothingReachesTheEnd)
{
    const AxisScale s = AxisScale::nice(0, 930);
    EXPECT_EQ(s.shown(0, 930), std::make_pair(0.0, 1000.0));
    EXPECT_EQ(AxisScale::nice(0, 0).shown(0, 0), std::make_pair(0.0, 1.0)); // an all-zero line: zero stays the bottom
}

TEST(AxisScale, NegativeBottomGetsHeadroomToo)
{
    const AxisScale s = AxisScale::nice(-400, 300);
    ASSERT_DOUBLE_EQ(s.min, -400);
    const auto [low, high] = s.shown(-400, 300);
    EXPECT_LT(low, -400);
    EXPECT_DOUBLE_EQ(high, s.max);
}
