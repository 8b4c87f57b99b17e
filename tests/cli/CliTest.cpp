// End-to-end tests of hedgeplan-cli (docs/rules.md §10): run the built binary.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "CliRun.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hptest;

TEST(Cli, VersionAndHelp)
{
    const CliRun v = cli({QStringLiteral("--version")});
    EXPECT_EQ(v.code, 0);
    EXPECT_TRUE(v.out.startsWith("hedgeplan-cli "));
    const CliRun h = cli({QStringLiteral("--help")});
    EXPECT_EQ(h.code, 0);
    EXPECT_TRUE(h.out.contains("evaluate SOURCE"));
    EXPECT_EQ(cli({QStringLiteral("evaluate"), QStringLiteral("--help")}).code, 0);
}

TEST(Cli, UsageErrorsExitTwoWithAMessage)
{
    const CliRun none = cli({});
    EXPECT_EQ(none.code, 2);
    const CliRun unknown = cli({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(unknown.err.contains("unknown command 'frobnicate'"));
    const CliRun missing = cli({QStringLiteral("evaluate"), QStringLiteral("/nonexistent/folder"), QStringLiteral("--json")});
    EXPECT_EQ(missing.code, 2);
    EXPECT_TRUE(missing.err.contains("no such file or folder"));
    EXPECT_EQ(cli({QStringLiteral("evaluate")}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("evaluate"), data("cli_tiny"), QStringLiteral("--bogus")}).code, 2);
}

TEST(Cli, EvaluateTinyFixture)
{
    const CliRun r = cli({QStringLiteral("evaluate"), data("cli_tiny"), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o[QStringLiteral("scenario")].toString(), QStringLiteral("Only"));
    EXPECT_EQ(o[QStringLiteral("currency")].toString(), QStringLiteral("USD"));
    // 1 000 units × 2.00 = 2 000.00 a month for three months.
    const QJsonArray spend = o[QStringLiteral("monthly")].toObject()[QStringLiteral("list_spend")].toArray();
    ASSERT_EQ(spend.size(), 3);
    for (const auto &v : spend)
        EXPECT_EQ(v.toString(), QStringLiteral("2000.00"));
    EXPECT_EQ(o[QStringLiteral("totals")].toObject()[QStringLiteral("total")].toString(), QStringLiteral("6000.00"));
    EXPECT_EQ(o[QStringLiteral("totals")].toObject()[QStringLiteral("npv")].toString(), QStringLiteral("6000.00"));
    const QJsonArray providers = o[QStringLiteral("providers")].toArray();
    ASSERT_EQ(providers.size(), 1);
    EXPECT_EQ(providers[0].toObject()[QStringLiteral("spend")].toString(), QStringLiteral("6000.00"));
}

TEST(Cli, DemoFolderShowAndEvaluate)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("demo"));
    ASSERT_EQ(cli({QStringLiteral("demo"), out}).code, 0);
    const CliRun show = cli({QStringLiteral("show"), out, QStringLiteral("providers"), QStringLiteral("--json")});
    ASSERT_EQ(show.code, 0) << show.err.toStdString();
    const QJsonArray providers = QJsonDocument::fromJson(show.out).array();
    ASSERT_EQ(providers.size(), 4);
    const QJsonObject first = providers[0].toObject();
    for (const char *key : {"id", "name", "kind", "exit_egress_waived"})
        EXPECT_TRUE(first.contains(QString::fromLatin1(key))) << key;

    const CliRun reg = cli({QStringLiteral("show"), out, QStringLiteral("register"), QStringLiteral("--json")});
    const QJsonArray rows = QJsonDocument::fromJson(reg.out).array();
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[1].toObject()[QStringLiteral("commitment_total")].toString(), QStringLiteral("50000000000.00"));

    const CliRun several = cli({QStringLiteral("evaluate"), out, QStringLiteral("--json")});
    EXPECT_EQ(several.code, 2);
    EXPECT_TRUE(several.err.contains("--scenario"));
    const CliRun pivot = cli({QStringLiteral("evaluate"), out, QStringLiteral("--scenario"), QStringLiteral("Pivot"), QStringLiteral("--json")});
    ASSERT_EQ(pivot.code, 0) << pivot.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(pivot.out).object()[QStringLiteral("months")].toArray().size(), 60);
    const CliRun unknown = cli({QStringLiteral("evaluate"), out, QStringLiteral("--scenario"), QStringLiteral("Nope"), QStringLiteral("--json")});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_TRUE(unknown.err.contains("unknown scenario 'Nope'"));
}

TEST(Cli, ProjectFileRoundTripGivesIdenticalJson)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("demo"));
    const QString file = dir.filePath(QStringLiteral("demo.hedgeplan"));
    ASSERT_EQ(cli({QStringLiteral("demo"), folder}).code, 0);
    const CliRun made = cli({QStringLiteral("demo"), file});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    const QStringList args{QStringLiteral("--scenario"), QStringLiteral("Full exit"), QStringLiteral("--json")};
    const CliRun a = cli(QStringList{QStringLiteral("evaluate"), folder} + args);
    const CliRun b = cli(QStringList{QStringLiteral("evaluate"), file} + args);
    ASSERT_EQ(a.code, 0);
    ASSERT_EQ(b.code, 0) << b.err.toStdString();
    EXPECT_EQ(a.out, b.out);
}

TEST(Cli, NoScenarioGivesActualsOnly)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("providers.csv")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("id,name,kind\nx,X,cloud\n");
    f.close();
    const CliRun r = cli({QStringLiteral("evaluate"), dir.path(), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_TRUE(o[QStringLiteral("months")].toArray().isEmpty());
    EXPECT_TRUE(o[QStringLiteral("actuals")].isArray());
}

TEST(Cli, MalformedInputNamesFileLineAndColumn)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("offerings.csv")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("id,provider_id,name,unit,unit_price\no,p,x,u,abc\n");
    f.close();
    const CliRun r = cli({QStringLiteral("evaluate"), dir.path(), QStringLiteral("--json")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains("offerings.csv:2:5")) << r.err.toStdString();
}
