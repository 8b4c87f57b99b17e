// End-to-end tests of `optimize` (docs/rules.md §12.1) on the demo portfolio: the
// JSON's shape, exit codes, --save-as into a project file and a CSV folder.
#include "CliRun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hptest;

namespace {

QJsonObject json(const CliRun &r) { return QJsonDocument::fromJson(r.out).object(); }
QString S(const char *s) { return QString::fromUtf8(s); }

/// The demo as a .hedgeplan file (or a CSV folder) in `dir`.
QString demo(const QTemporaryDir &dir, const char *name)
{
    const QString path = dir.filePath(S(name));
    const CliRun made = cli({S("demo"), path});
    EXPECT_EQ(made.code, 0) << made.err.toStdString();
    return path;
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// Batch inference alone at 25 points: 126 plans over the six 1M-token offerings.
QStringList small(const QString &source)
{
    return {S("optimize"), source, S("--scenario"), S("Status quo"), S("--workloads"), S("batch_inference"), S("--step"), S("25"), S("--json")};
}

} // namespace

TEST(OptimizeCli, PrintsTheOptimumWithItsConstraintsAndTotals)
{
    QTemporaryDir dir;
    const QString file = demo(dir, "demo.hedgeplan");
    const CliRun r = cli(small(file) << S("--max-expected-exposure") << S("0") << S("--max-hhi") << S("10000"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_EQ(o[S("status")].toString(), S("optimal"));
    EXPECT_EQ(o[S("from")].toString(), S("2026-02"));
    EXPECT_FALSE(o.contains(S("fresh_start")));
    EXPECT_EQ(o[S("evaluations")].toInt(), 127); // the base and 126 plans
    EXPECT_EQ(o[S("grid_size")].toInt(), 126);
    EXPECT_TRUE(o[S("exhaustive")].toBool());
    EXPECT_TRUE(o[S("seconds")].isDouble());
    const QJsonObject objective = o[S("objective")].toObject();
    EXPECT_EQ(objective[S("name")].toString(), S("npv"));
    EXPECT_EQ(objective[S("value")].toString(), o[S("totals")].toObject()[S("npv")].toString());
    EXPECT_TRUE(o[S("base")].toObject()[S("objective")].isString());

    // The plan: placements.csv rows of batch_inference from 2026-02 summing to 100 %.
    const QJsonArray plan = o[S("plan")].toArray();
    ASSERT_FALSE(plan.isEmpty());
    double sum = 0;
    for (const QJsonValue &v : plan) {
        const QJsonObject row = v.toObject();
        EXPECT_EQ(row[S("scenario")].toString(), S("Status quo"));
        EXPECT_EQ(row[S("workload_id")].toString(), S("batch_inference"));
        EXPECT_EQ(row[S("from_month")].toString(), S("2026-02"));
        EXPECT_EQ(row[S("dual_run_months")].toInt(), 0);
        sum += row[S("share_pct")].toDouble();
    }
    EXPECT_EQ(sum, 100.0);

    const QJsonArray constraints = o[S("constraints")].toArray();
    // docs/rules.md §12.1: the demo's a_h200_inf (a 1M-token offering batch_inference
    // may use) has a capacity schedule, so `capacity` joins the two limits asked for.
    ASSERT_EQ(constraints.size(), 3);
    EXPECT_EQ(constraints[0].toObject()[S("name")].toString(), S("max_expected_exposure"));
    EXPECT_EQ(constraints[0].toObject()[S("limit")].toString(), S("0.00"));
    EXPECT_EQ(constraints[0].toObject()[S("value")].toString(), S("0.00"));
    EXPECT_TRUE(constraints[0].toObject()[S("binding")].toBool());
    EXPECT_EQ(constraints[1].toObject()[S("name")].toString(), S("max_hhi"));
    EXPECT_TRUE(constraints[1].toObject()[S("limit")].isDouble());
    const QJsonObject capacity = constraints[2].toObject();
    EXPECT_EQ(capacity[S("name")].toString(), S("capacity"));
    EXPECT_EQ(capacity[S("limit")].toDouble(), 0.0);
    EXPECT_EQ(capacity[S("value")].toDouble(), 0.0); // the plan leaves no unit unserved
    EXPECT_TRUE(capacity[S("met")].toBool());
    EXPECT_FALSE(capacity[S("binding")].toBool());
    EXPECT_TRUE(o[S("conflicting")].toArray().isEmpty());
}

TEST(OptimizeCli, SaveAsStoresAChildScenarioThatEvaluatesToTheReportedTotals)
{
    QTemporaryDir dir;
    const QString file = demo(dir, "demo.hedgeplan");
    const CliRun r = cli(small(file) << S("--save-as") << S("Optimized batch") << S("--dual-run") << S("2"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_EQ(o[S("saved_as")].toString(), S("Optimized batch"));
    EXPECT_EQ(o[S("plan")].toArray()[0].toObject()[S("scenario")].toString(), S("Optimized batch"));
    EXPECT_EQ(o[S("plan")].toArray()[0].toObject()[S("dual_run_months")].toInt(), 2);

    const CliRun e = cli({S("evaluate"), file, S("--scenario"), S("Optimized batch"), S("--json")});
    ASSERT_EQ(e.code, 0) << e.err.toStdString();
    EXPECT_EQ(json(e)[S("totals")].toObject(), o[S("totals")].toObject());
    // The saved timeline: the base's 2026-01 row, then the plan.
    const CliRun shown = cli({S("show"), file, S("placements"), S("--json")});
    int rows = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(shown.out).array())
        if (v.toObject()[S("scenario")].toString() == S("Optimized batch"))
            ++rows;
    EXPECT_EQ(rows, 1 + o[S("plan")].toArray().size());

    // The name is taken now: refused, file unchanged.
    const QByteArray before = hashOf(file);
    const CliRun again = cli(small(file) << S("--save-as") << S("Optimized batch"));
    EXPECT_EQ(again.code, 2);
    EXPECT_TRUE(again.err.contains("already exists")) << again.err.toStdString();
    EXPECT_EQ(hashOf(file), before);
}

TEST(OptimizeCli, SaveAsWritesACsvFolderBack)
{
    QTemporaryDir dir;
    const QString folder = demo(dir, "demo");
    const CliRun r = cli(small(folder) << S("--save-as") << S("Batch plan") << S("--from") << S("2026-01"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(json(r)[S("fresh_start")].toBool());
    QFile placements(folder + S("/placements.csv"));
    ASSERT_TRUE(placements.open(QIODevice::ReadOnly));
    EXPECT_TRUE(placements.readAll().contains("Batch plan,batch_inference,2026-01"));
    const CliRun e = cli({S("evaluate"), folder, S("--scenario"), S("Batch plan"), S("--json")});
    ASSERT_EQ(e.code, 0) << e.err.toStdString();
    EXPECT_EQ(json(e)[S("totals")].toObject(), json(r)[S("totals")].toObject());
}

TEST(OptimizeCli, BadInputExitsTwoAndSavesNothing)
{
    QTemporaryDir dir;
    const QString file = demo(dir, "demo.hedgeplan");
    const QByteArray before = hashOf(file);
    const QList<QStringList> bad = {
        {S("--step"), S("7")},
        {S("--max-hhi"), S("-1")},
        {S("--max-expected-exposure"), S("-0.01")},
        {S("--workloads"), S("nope")},
        {S("--from"), S("2040-01")},
        {S("--objective"), S("cheapest")},
        {S("--trials"), S("10")},
        {S("--step"), S("five")},
    };
    for (const QStringList &extra : bad) {
        const CliRun r = cli(small(file) << extra << S("--save-as") << S("X"));
        EXPECT_EQ(r.code, 2) << extra.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_FALSE(r.err.isEmpty());
        EXPECT_TRUE(r.out.isEmpty());
    }
    const CliRun unknown = cli({S("optimize"), file, S("--scenario"), S("Nope"), S("--json")});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(unknown.err.contains("Nope"));
    EXPECT_EQ(hashOf(file), before);
}

TEST(OptimizeCli, InfeasibleNamesTheConflictAndSavesNothing)
{
    QTemporaryDir dir;
    const QString file = demo(dir, "demo.hedgeplan");
    const QByteArray before = hashOf(file);
    // Four providers in the demo: five are impossible.
    const CliRun r = cli(small(file) << S("--min-providers") << S("5") << S("--save-as") << S("X"));
    EXPECT_EQ(r.code, 1);
    const QJsonObject o = json(r);
    EXPECT_EQ(o[S("status")].toString(), S("infeasible"));
    EXPECT_TRUE(o[S("plan")].isNull());
    EXPECT_TRUE(o[S("objective")].toObject()[S("value")].isNull());
    EXPECT_EQ(o[S("conflicting")].toArray(), QJsonArray({S("min_providers")}));
    EXPECT_EQ(hashOf(file), before);
    // Without --save-as an infeasible answer is still an answer.
    EXPECT_EQ(cli(small(file) << S("--min-providers") << S("5")).code, 0);
}

TEST(OptimizeCli, TimeLimitReturnsTheBestPlanSoFar)
{
    QTemporaryDir dir;
    const QString file = demo(dir, "demo.hedgeplan");
    // The demo's Status quo leaves H200 inference units unserved from 2026-07 (its
    // capacity schedule), so the base fails `capacity`; --allow-unserved keeps the
    // base a plan that meets the constraints, the best so far when time runs out.
    const CliRun r = cli({S("optimize"), file, S("--scenario"), S("Status quo"), S("--time-limit"), S("0.001"), S("--allow-unserved"), S("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_EQ(o[S("status")].toString(), S("feasible"));
    EXPECT_TRUE(o[S("base")].toObject()[S("meets_constraints")].toBool());
    EXPECT_TRUE(o[S("time_limit_reached")].toBool());
    EXPECT_TRUE(r.err.contains("time limit"));
    EXPECT_EQ(o[S("workloads")].toArray().size(), 4);
}

TEST(OptimizeCli, CapacityIsAConstraintUnlessUnservedUnitsAreAllowed)
{
    QTemporaryDir dir;
    const QString file = demo(dir, "demo.hedgeplan");
    // Status quo: the base's unserved H200 inference units are the `capacity` value.
    const CliRun r = cli(small(file));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray base = json(r)[S("base")].toObject()[S("constraints")].toArray();
    QStringList names;
    for (const QJsonValue &c : base)
        names << c.toObject()[S("name")].toString();
    EXPECT_TRUE(names.contains(S("capacity")));
    EXPECT_FALSE(r.err.contains("no effect")); // the old note is gone
    const CliRun allowed = cli(small(file) << S("--allow-unserved"));
    ASSERT_EQ(allowed.code, 0) << allowed.err.toStdString();
    for (const QJsonValue &c : json(allowed)[S("constraints")].toArray())
        EXPECT_NE(c.toObject()[S("name")].toString(), S("capacity"));
}
