// docs/rules.md §12.1 — the optimizer's share grid (how many plans, their
// enumeration, rounding a placement onto the grid) and the smallest set of
// constraints no plan meets together. Pure functions: no project needed.
#include "ProjectBuilder.h"

#include "optimizer/OptimizerGrid.h"
#include "optimizer/PlacementOptimizer.h"

#include <algorithm>
#include <cstdint>
#include <set>
#include <vector>

using namespace hptest;
using hp::PlacementOptimizer;

TEST(OptimizerGrid, CountsEnumeratesAndRoundsOntoTheGrid)
{
    EXPECT_EQ(hp::OptimizerGrid::compositions(20, 6), 53130u);
    EXPECT_EQ(hp::OptimizerGrid::compositions(4, 6), 126u);
    EXPECT_EQ(hp::OptimizerGrid::compositions(20, 1), 1u);
    EXPECT_EQ(hp::OptimizerGrid::compositions(20, 2), 21u);
    EXPECT_EQ(hp::OptimizerGrid::compositions(200, 200), UINT64_MAX);
    const hp::OptimizerGrid grid({{S("w"), {S("x"), S("y"), S("z")}}, {S("v"), {S("p"), S("q")}}}, D("25"));
    EXPECT_EQ(grid.size(), 15u * 5u);
    const auto plans = grid.enumerate(100);
    ASSERT_EQ(plans.size(), 75u);
    std::set<hp::SharePlan> distinct(plans.begin(), plans.end());
    EXPECT_EQ(distinct.size(), 75u);
    EXPECT_TRUE(std::is_sorted(plans.begin(), plans.end()));
    for (const auto &p : plans) {
        EXPECT_EQ(p[0] + p[1] + p[2], 4);
        EXPECT_EQ(p[3] + p[4], 4);
    }
    EXPECT_TRUE(grid.enumerate(74).empty());
    // 33.3 / 33.3 / 33.4 at 5 points: 6 steps each, the two largest remainders get one more.
    const hp::OptimizerGrid five({{S("w"), {S("x"), S("y"), S("z")}}}, D("5"));
    EXPECT_EQ(five.nearest(0, {{S("x"), D("33.3")}, {S("y"), D("33.3")}, {S("z"), D("33.4")}}), std::vector<int>({7, 6, 7}));
}

TEST(PlacementOptimizer, SmallestConflictIsTheFirstSmallestHittingSet)
{
    EXPECT_EQ(PlacementOptimizer::smallestConflict({0b011, 0b101, 0b110}, 3), 0b011u);
    EXPECT_EQ(PlacementOptimizer::smallestConflict({0b100, 0b110}, 3), 0b100u);
    EXPECT_EQ(PlacementOptimizer::smallestConflict({}, 3), 0u);
}
