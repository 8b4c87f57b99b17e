// End-to-end tests of the analysis commands (docs/rules.md §5) on tests/data/cli_two:
// 1 000 units a month for 4 months; A stays on a1 at 2.00; B moves to b1 at 1.00
// from 2026-02 with 1 person-month of re-engineering at 1 500. Discount rate 0.
#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hptest;

namespace {
QJsonObject json(const CliRun &r) { return QJsonDocument::fromJson(r.out).object(); }
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}
const QString kJson = QStringLiteral("--json");
} // namespace

TEST(AnalysisCli, CompareGivesCumulativeDeltasAndBreakEven)
{
    const CliRun r = cli({QStringLiteral("compare"), data("cli_two"), QStringLiteral("A"), QStringLiteral("B"), kJson});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    // A: 2 000 a month. B: 2 000, then 1 000 + 1 500, then 1 000 a month.
    const QJsonObject cumulative = o[QStringLiteral("cumulative")].toObject();
    EXPECT_EQ(strings(cumulative[QStringLiteral("a")]).join(u','), QStringLiteral("2000.00,4000.00,6000.00,8000.00"));
    EXPECT_EQ(strings(cumulative[QStringLiteral("b")]).join(u','), QStringLiteral("2000.00,4500.00,5500.00,6500.00"));
    EXPECT_EQ(strings(cumulative[QStringLiteral("delta")]).join(u','), QStringLiteral("0.00,500.00,-500.00,-1500.00"));
    // B's cumulative cost falls below A's in the third month and stays below.
    EXPECT_EQ(o[QStringLiteral("break_even")].toString(), QStringLiteral("2026-03"));
    EXPECT_EQ(o[QStringLiteral("pays_back")].toString(), QStringLiteral("b"));
    EXPECT_EQ(o[QStringLiteral("pays_back_month")].toString(), QStringLiteral("2026-03"));
}

TEST(AnalysisCli, CompareOfTheDemoNamesThePaybackInEitherOrder)
{
    // docs/rules.md §5.3 rev 2: Pivot pays back against Status quo in 2027-06 and
    // stays cheaper to the horizon end. `compare "Status quo" Pivot` gives B's
    // payback month; `compare Pivot "Status quo"` gives none for B (Status
    // quo's lead of 2027-01 … 05 does not last; the first-month rule printed
    // 2027-01) and names A as the scenario that pays back.
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.hedgeplan"));
    ASSERT_EQ(cli({QStringLiteral("demo"), demo}).code, 0);
    const QString statusQuo = QStringLiteral("Status quo"), pivot = QStringLiteral("Pivot");

    const CliRun forward = cli({QStringLiteral("compare"), demo, statusQuo, pivot, kJson});
    ASSERT_EQ(forward.code, 0) << forward.err.toStdString();
    const QJsonObject f = json(forward);
    EXPECT_EQ(f[QStringLiteral("break_even")].toString(), QStringLiteral("2027-06"));
    EXPECT_EQ(f[QStringLiteral("pays_back")].toString(), QStringLiteral("b"));
    EXPECT_EQ(f[QStringLiteral("pays_back_month")].toString(), QStringLiteral("2027-06"));

    const CliRun backward = cli({QStringLiteral("compare"), demo, pivot, statusQuo, kJson});
    ASSERT_EQ(backward.code, 0) << backward.err.toStdString();
    const QJsonObject b = json(backward);
    EXPECT_TRUE(b[QStringLiteral("break_even")].isNull());
    EXPECT_EQ(b[QStringLiteral("pays_back")].toString(), QStringLiteral("a"));
    EXPECT_EQ(b[QStringLiteral("pays_back_month")].toString(), QStringLiteral("2027-06"));
    for (const char *key : {"a", "b", "currency", "months", "monthly", "cumulative", "totals", "break_even", "pays_back",
                            "pays_back_month"})
        EXPECT_TRUE(b.contains(QString::fromLatin1(key))) << key;
}

TEST(AnalysisCli, CompareOfEqualScenariosHasNoPayback)
{
    const CliRun r = cli({QStringLiteral("compare"), data("cli_two"), QStringLiteral("A"), QStringLiteral("A"), kJson});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_TRUE(o[QStringLiteral("break_even")].isNull());
    EXPECT_TRUE(o[QStringLiteral("pays_back")].isNull());
    EXPECT_TRUE(o[QStringLiteral("pays_back_month")].isNull());
}

TEST(AnalysisCli, CompareOfAnUnknownScenarioFails)
{
    const CliRun r = cli({QStringLiteral("compare"), data("cli_two"), QStringLiteral("A"), QStringLiteral("Nope"), kJson});
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(r.err.contains("Nope")) << r.err.toStdString();
}

TEST(AnalysisCli, SensitivityBarSkipsFixedRanges)
{
    const CliRun r = cli({QStringLiteral("sensitivity"), data("cli_two"), QStringLiteral("--scenario"), QStringLiteral("B"), kJson});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_EQ(o[QStringLiteral("base_npv")].toString(), QStringLiteral("6500.00"));
    const QJsonArray bars = o[QStringLiteral("bars")].toArray();
    ASSERT_EQ(bars.size(), 1); // the fixed growth range has no swing to show
    const QJsonObject bar = bars[0].toObject();
    EXPECT_EQ(bar[QStringLiteral("input")].toString(), QStringLiteral("reengineering_months"));
    // 0.5 person-months: 6 500 − 750; 2 person-months: 6 500 + 1 500.
    EXPECT_EQ(bar[QStringLiteral("npv_low")].toString(), QStringLiteral("5750.00"));
    EXPECT_EQ(bar[QStringLiteral("npv_high")].toString(), QStringLiteral("8000.00"));
    EXPECT_EQ(bar[QStringLiteral("swing")].toString(), QStringLiteral("2250.00"));
}

TEST(AnalysisCli, MonteCarloWithFixedRangesEqualsTheEngine)
{
    const CliRun r = cli({QStringLiteral("montecarlo"), data("cli_two"), QStringLiteral("--scenario"), QStringLiteral("A"),
                          QStringLiteral("--trials"), QStringLiteral("100"), QStringLiteral("--seed"), QStringLiteral("7"), kJson});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject npv = json(r)[QStringLiteral("npv")].toObject();
    for (const char *key : {"p10", "p50", "p90", "mean"})
        EXPECT_EQ(npv[QString::fromLatin1(key)].toString(), QStringLiteral("8000.00")) << key;
}

TEST(AnalysisCli, MonteCarloIsIdenticalOnOneAndTwoThreads)
{
    auto run = [](const char *threads) {
        return cli({QStringLiteral("montecarlo"), data("cli_two"), QStringLiteral("--scenario"), QStringLiteral("B"),
                    QStringLiteral("--against"), QStringLiteral("A"), QStringLiteral("--trials"), QStringLiteral("300"),
                    QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--threads"), QString::fromLatin1(threads), kJson});
    };
    const CliRun one = run("1");
    const CliRun two = run("2");
    ASSERT_EQ(one.code, 0) << one.err.toStdString();
    EXPECT_EQ(one.out, two.out);
    const QJsonObject o = json(one);
    // B's NPV is 5 750 + U(0, 2 250): its P10 lies near 5 975, never outside the range.
    const double p10 = o[QStringLiteral("npv")].toObject()[QStringLiteral("p10")].toString().toDouble();
    EXPECT_GT(p10, 5750.0);
    EXPECT_LT(p10, 6200.0);
    // A costs 8 000 in every trial, never less than B: A never beats B.
    EXPECT_EQ(o[QStringLiteral("probability_against_beats")].toDouble(), 0.0);
}

TEST(AnalysisCli, GoalSeekNeedsExactlyOneGoal)
{
    const CliRun r = cli({QStringLiteral("goalseek"), data("cli_two"), QStringLiteral("--scenario"), QStringLiteral("B"),
                          QStringLiteral("--workload"), QStringLiteral("chat"), QStringLiteral("--from"), QStringLiteral("2026-02"),
                          QStringLiteral("--to"), QStringLiteral("b1"), kJson});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains("exactly one goal")) << r.err.toStdString();
}

TEST(AnalysisCli, AuditSiliconPricesThePremiumAndThePaybackOfAMove)
{
    // A in 2026-01: chat on a1 (H200, 2.00); the cheapest other silicon is b1
    // (Trainium2, 1.00): premium (2 − 1) × 1 000 = 1 000.00 a month; moving
    // costs 1 person-month × 1 500 (no data stored) → payback ⌈1.5⌉ = 2.
    const CliRun r = cli({QStringLiteral("audit-silicon"), data("cli_two"), QStringLiteral("--scenario"), QStringLiteral("A"), kJson});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_EQ(o[QStringLiteral("scenario")].toString(), QStringLiteral("A"));
    EXPECT_EQ(o[QStringLiteral("month")].toString(), QStringLiteral("2026-01"));
    EXPECT_EQ(o[QStringLiteral("silicon_premium_per_month")].toString(), QStringLiteral("1000.00"));
    const QJsonObject row = o[QStringLiteral("silicon_audit")].toArray()[0].toObject();
    EXPECT_EQ(row[QStringLiteral("workload")].toString(), QStringLiteral("chat"));
    EXPECT_EQ(row[QStringLiteral("silicons")].toString(), QStringLiteral("H200"));
    EXPECT_EQ(row[QStringLiteral("alternative_offering")].toString(), QStringLiteral("b1"));
    EXPECT_EQ(row[QStringLiteral("alternative_silicon")].toString(), QStringLiteral("Trainium2"));
    EXPECT_EQ(row[QStringLiteral("move_cost")].toString(), QStringLiteral("1500.00"));
    EXPECT_EQ(row[QStringLiteral("payback_months")].toInt(), 2);

    // B from 2026-02 runs on b1 (1.00): the other silicon is dearer, no premium, payback null.
    const CliRun b = cli({QStringLiteral("audit-silicon"), data("cli_two"), QStringLiteral("--scenario"), QStringLiteral("B"),
                          QStringLiteral("--month"), QStringLiteral("2026-02"), kJson});
    ASSERT_EQ(b.code, 0) << b.err.toStdString();
    const QJsonObject onB = json(b)[QStringLiteral("silicon_audit")].toArray()[0].toObject();
    EXPECT_EQ(onB[QStringLiteral("monthly_premium")].toString(), QStringLiteral("0.00"));
    EXPECT_TRUE(onB[QStringLiteral("payback_months")].isNull());
}

TEST(AnalysisCli, AuditSiliconRefusesAMonthOutsideTheHorizonOrNoMonthAtAll)
{
    const CliRun outside = cli({QStringLiteral("audit-silicon"), data("cli_two"), QStringLiteral("--scenario"), QStringLiteral("A"),
                                QStringLiteral("--month"), QStringLiteral("2026-05"), kJson});
    EXPECT_EQ(outside.code, 1);
    EXPECT_TRUE(outside.err.contains("outside its horizon")) << outside.err.toStdString();
    const CliRun bad = cli({QStringLiteral("audit-silicon"), data("cli_two"), QStringLiteral("--scenario"), QStringLiteral("A"),
                            QStringLiteral("--month"), QStringLiteral("2026-13"), kJson});
    EXPECT_EQ(bad.code, 2);
    const CliRun none = cli({QStringLiteral("audit-silicon"), data("cli_two"), kJson});
    EXPECT_EQ(none.code, 2);
    EXPECT_TRUE(none.err.contains("--scenario")) << none.err.toStdString();
}
