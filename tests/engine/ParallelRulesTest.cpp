// EngineOptions::parallelRules (docs/performance.md): ExclusivityRule beside
// the rules before it gives the result of evaluating in order, byte for byte.
#include "canonical/DemoPortfolio.h"
#include "engine/ScenarioEngine.h"
#include "json/JsonReport.h"
#include "json/JsonWriter.h"

#include <gtest/gtest.h>

namespace {

QByteArray report(const hp::Project &project, const QString &scenario, bool parallel)
{
    hp::EngineOptions options;
    options.parallelRules = parallel;
    const hp::EngineResult r = hp::ScenarioEngine(project, options).evaluate(scenario);
    return hp::JsonWriter::toJson([&](hp::JsonWriter &w) { hp::JsonReport::writeEvaluation(w, r); });
}

} // namespace

TEST(ParallelRules, EveryDemoScenarioGivesTheBytesOfTheRulesInOrder)
{
    hp::Project demo = hp::DemoPortfolio::load();
    int withViolations = 0;
    for (const bool settle : {false, true}) {
        for (hp::Scenario &s : demo.scenarios)
            s.settleDisputes = settle;
        for (const hp::Scenario &s : demo.scenarios) {
            const QByteArray inOrder = report(demo, s.name, false);
            EXPECT_EQ(report(demo, s.name, true), inOrder) << s.name.toStdString() << (settle ? ", settled" : "");
            withViolations += inOrder.contains("\"violations\": [\n") ? 1 : 0;
        }
    }
    EXPECT_GT(withViolations, 0); // the exclusivity rule had something to do
}

TEST(ParallelRules, AnOverflowInTheParallelRuleIsReportedAsInOrder)
{
    // Revenue near the top of the range and exclusivity damages of 300 %: the
    // exposure product overflows inside ExclusivityRule (on the second thread
    // with parallelRules); the error is the one of the rules in order.
    hp::Project demo = hp::DemoPortfolio::load();
    for (hp::Workload &w : demo.workloads) {
        w.monthlyRevenue = hp::Decimal::fromRaw(hp::Int128(1) << 125);
        w.revenueGrowthPct = hp::Decimal();
    }
    int clauses = 0;
    for (hp::Contract &c : demo.contracts) {
        c.revenueShares.clear(); // nothing else multiplies the revenue
        for (hp::ExclusivityClause &ex : c.exclusivities) {
            ex.damagesModel = hp::DamagesModel::PctOfRevenue;
            ex.damagesValue = hp::Decimal::fromInt(300);
            ++clauses;
        }
    }
    ASSERT_GT(clauses, 0);
    int overflows = 0;
    for (const hp::Scenario &s : demo.scenarios) {
        QString inOrder, parallel;
        for (const bool p : {false, true}) {
            hp::EngineOptions options;
            options.parallelRules = p;
            options.validate = false; // the validator would refuse such revenue before any rule runs
            try {
                (void)hp::ScenarioEngine(demo, options).evaluate(s.name);
            } catch (const hp::EngineError &e) {
                (p ? parallel : inOrder) = e.message();
            }
        }
        EXPECT_EQ(parallel, inOrder) << s.name.toStdString();
        overflows += inOrder.contains(QStringLiteral("exceeds the exact-money range")) ? 1 : 0;
    }
    EXPECT_GT(overflows, 0);
}

TEST(ParallelRules, ValidationErrorsComeFirstAsInOrder)
{
    // The validator runs beside the preparation of the inputs: an invalid
    // project gives its validation errors, also when preparing the inputs
    // fails as well (here: revenue that overflows as it grows).
    hp::Project demo = hp::DemoPortfolio::load();
    demo.offerings.front().unitPrice = hp::Decimal::fromInt(-1);
    for (hp::Workload &w : demo.workloads) {
        w.monthlyRevenue = hp::Decimal::fromRaw(hp::Int128(1) << 125);
        w.revenueGrowthPct = hp::Decimal::fromInt(50);
    }
    const QString scenario = demo.scenarios.front().name;
    QString messages[2];
    for (const bool p : {false, true}) {
        hp::EngineOptions options;
        options.parallelRules = p;
        try {
            (void)hp::ScenarioEngine(demo, options).evaluate(scenario);
        } catch (const hp::EngineError &e) {
            messages[p ? 1 : 0] = e.message();
        }
    }
    EXPECT_TRUE(messages[0].contains(QStringLiteral("validation error"))) << messages[0].toStdString();
    EXPECT_EQ(messages[1], messages[0]);
}
