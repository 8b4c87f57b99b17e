// The engine's outputs described once (docs/architecture.md "Engine
// outputs"): the catalog names every member of MonthlyFigures and
// TotalFigures exactly once, so a figure added to EngineResult.h without its
// catalog line — and so without JSON, tables, exports and comparisons —
// fails here.
#include "engine/FigureCatalog.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

using namespace hp;

TEST(FigureCatalog, EveryMonthlySeriesIsListedOnce)
{
    const auto &catalog = FigureCatalog::monthly();
    // MonthlyFigures holds nothing but series; each must be in the catalog.
    EXPECT_EQ(sizeof(MonthlyFigures), catalog.size() * sizeof(std::vector<Decimal>));
    std::set<std::string> keys;
    for (const MonthlySeriesInfo &f : catalog) {
        EXPECT_EQ(std::count_if(catalog.begin(), catalog.end(), [&](const MonthlySeriesInfo &g) { return g.series == f.series; }), 1)
            << f.key;
        EXPECT_TRUE(keys.insert(f.key).second) << f.key;
    }
}

TEST(FigureCatalog, EveryTotalIsListedOnce)
{
    const auto &catalog = FigureCatalog::totals();
    EXPECT_EQ(sizeof(TotalFigures), catalog.size() * sizeof(Decimal));
    std::set<std::string> keys;
    for (const TotalInfo &f : catalog) {
        EXPECT_EQ(std::count_if(catalog.begin(), catalog.end(), [&](const TotalInfo &g) { return g.value == f.value; }), 1)
            << f.key;
        EXPECT_TRUE(keys.insert(f.key).second) << f.key;
    }
}

TEST(FigureCatalog, TheJsonLeavesOutOnlyTheTwoTableOnlySeries)
{
    std::set<std::string> tableOnly;
    for (const MonthlySeriesInfo &f : FigureCatalog::monthly())
        if (!f.inJson)
            tableOnly.insert(f.key);
    EXPECT_EQ(tableOnly, (std::set<std::string>{"revenue_share_due", "switching"}));
}
