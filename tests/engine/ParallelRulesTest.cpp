// EngineOptions::parallelRules (docs/performance.md): ExclusivityRule beside
// the rules before it gives the result of evaluating in order, byte for byte,
// the same silicon audit, and the error of the rules in order.
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

/// The silicon audit of the first month, which the JSON report leaves out.
QByteArray audit(const hp::Project &project, const QString &scenario, bool parallel)
{
    hp::EngineOptions options;
    options.parallelRules = parallel;
    const hp::SiliconAudit a = hp::ScenarioEngine(project, options).evaluate(scenario).siliconAudit;
    QByteArray text = a.month.toString().toUtf8() + " premium=" + a.premiumPerMonth.toCents().toUtf8();
    for (const hp::SiliconAuditRow &row : a.rows) {
        text += "\n" + row.workloadId.toUtf8() + " " + row.silicons.join(u',').toUtf8() + " -> " + row.alternativeOffering.toUtf8()
              + " premium=" + row.monthlyPremium.toString().toUtf8() + " move=" + row.moveCost.toString().toUtf8();
        if (row.expectedExposurePerMonth)
            text += " exposure=" + row.expectedExposurePerMonth->toString().toUtf8();
        if (row.paybackMonths)
            text += " payback=" + QByteArray::number(*row.paybackMonths);
    }
    return text;
}

/// The error message of evaluating every demo scenario of `project` in order
/// and with parallelRules; expects the same of both and returns how many overflowed.
int expectErrorsAsInOrder(const hp::Project &project)
{
    int overflows = 0;
    for (const hp::Scenario &s : project.scenarios) {
        QString inOrder, parallel;
        for (const bool p : {false, true}) {
            hp::EngineOptions options;
            options.parallelRules = p;
            options.validate = false; // the validator would refuse such amounts before any rule runs
            try {
                (void)hp::ScenarioEngine(project, options).evaluate(s.name);
            } catch (const hp::EngineError &e) {
                (p ? parallel : inOrder) = e.message();
            }
        }
        EXPECT_EQ(parallel, inOrder) << s.name.toStdString();
        overflows += inOrder.contains(QStringLiteral("exceeds the exact-money range")) ? 1 : 0;
    }
    return overflows;
}

} // namespace

TEST(ParallelRules, EveryDemoScenarioGivesTheBytesOfTheRulesInOrder)
{
    hp::Project demo = hp::DemoPortfolio::load();
    int withViolations = 0, audited = 0;
    for (const bool settle : {false, true}) {
        for (hp::Scenario &s : demo.scenarios)
            s.settleDisputes = settle;
        for (const hp::Scenario &s : demo.scenarios) {
            const QByteArray inOrder = report(demo, s.name, false);
            EXPECT_EQ(report(demo, s.name, true), inOrder) << s.name.toStdString() << (settle ? ", settled" : "");
            const QByteArray auditInOrder = audit(demo, s.name, false);
            EXPECT_EQ(audit(demo, s.name, true), auditInOrder) << s.name.toStdString() << (settle ? ", settled" : "");
            audited += auditInOrder.count("exposure=") > 0 ? 1 : 0;
            withViolations += inOrder.contains("\"violations\": [\n") ? 1 : 0;
        }
    }
    EXPECT_GT(withViolations, 0); // the exclusivity rule had something to do
    EXPECT_GT(audited, 0);        // … and the audit found alternatives
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
    EXPECT_GT(expectErrorsAsInOrder(demo), 0);
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

TEST(ParallelRules, OverflowsInTheExitCostAndTheAuditAreReportedAsInOrder)
{
    // Termination fees near the top of the range overflow the exit cost (after
    // the exclusivity rule joined) where a provider has two contracts in force
    // (4 of the 5 demo scenarios), and the termination rule (beside the
    // exclusivity rule) where a contract ends early; re-engineering at such a
    // cost overflows the switching rule, the exit cost and the silicon audit.
    // Every failure reaches the caller and the message is the one of the
    // rules in order.
    hp::Project fees = hp::DemoPortfolio::load();
    for (hp::Contract &c : fees.contracts)
        c.terminationFee = hp::Decimal::fromRaw(hp::Int128(1) << 126);
    EXPECT_EQ(expectErrorsAsInOrder(fees), 4);

    hp::Project reengineering = hp::DemoPortfolio::load();
    for (hp::Workload &w : reengineering.workloads) {
        w.costPerPersonMonth = hp::Decimal::fromRaw(hp::Int128(1) << 125);
        w.reengineeringPersonMonths = hp::Decimal::fromInt(8);
    }
    EXPECT_GT(expectErrorsAsInOrder(reengineering), 0);
}
