// The built-in demo (DOMAIN.md §8): every scenario evaluates without a
// validation error and the figures have the shape the story needs.
#include "domain/ProjectValidator.h"
#include "engine/ScenarioEngine.h"
#include "io/DemoPortfolio.h"

#include <gtest/gtest.h>

TEST(DemoPortfolio, LoadsWithTheFourScenarios)
{
    const hp::Project demo = hp::DemoPortfolio::load();
    EXPECT_TRUE(demo.illustrative);
    ASSERT_EQ(demo.scenarios.size(), 4u);
    EXPECT_EQ(demo.scenarios[0].name, QStringLiteral("Status quo"));
    EXPECT_EQ(demo.scenarios[1].name, QStringLiteral("Pivot"));
    EXPECT_EQ(demo.scenarios[2].name, QStringLiteral("Hedge 60/40"));
    EXPECT_EQ(demo.scenarios[3].name, QStringLiteral("Full exit"));
    for (const auto &issue : hp::ProjectValidator::validate(demo))
        ADD_FAILURE() << issue.toString().toStdString();
}

TEST(DemoPortfolio, ScenariosTellTheStory)
{
    const hp::Project demo = hp::DemoPortfolio::load();
    const hp::ScenarioEngine engine(demo);
    const auto statusQuo = engine.evaluate(QStringLiteral("Status quo"));
    const auto pivot = engine.evaluate(QStringLiteral("Pivot"));
    const auto exit = engine.evaluate(QStringLiteral("Full exit"));
    const auto hedge = engine.evaluate(QStringLiteral("Hedge 60/40"));
    // Status quo leaves the Cloud B alliance unused: large shortfall, no exposure, HHI 10 000.
    EXPECT_GT(statusQuo.totals.shortfall, hp::Decimal::fromInt(30'000'000'000LL));
    EXPECT_TRUE(statusQuo.totals.expectedExposure.isZero());
    EXPECT_EQ(statusQuo.monthly.hhi.back(), hp::Decimal::fromInt(10000));
    // The pivot moves the contested stateful runtime: exposure appears, shortfall shrinks, cost falls.
    EXPECT_GT(pivot.totals.expectedExposure, hp::Decimal());
    EXPECT_LT(pivot.totals.shortfall, statusQuo.totals.shortfall);
    EXPECT_LT(pivot.totals.total, statusQuo.totals.total);
    EXPECT_GT(pivot.totals.switching, hp::Decimal());
    // The revenue share hits its cap (cap saving) in every scenario.
    EXPECT_GT(statusQuo.totals.capSaving, hp::Decimal());
    // Full exit pays Cloud A's termination fee; the hedge keeps two providers.
    EXPECT_EQ(exit.totals.termination, hp::Decimal::fromInt(2'000'000'000LL));
    EXPECT_LT(hedge.monthly.hhi.back(), hp::Decimal::fromInt(10000));
}
