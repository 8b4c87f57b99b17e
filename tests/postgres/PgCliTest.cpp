// hedgeplan-cli with projects in a real PostgreSQL server (docs/rules.md §10, §13):
// URIs wherever a SOURCE or PROJECT is taken, `copy` both ways with
// byte-identical figures, imports in one transaction, exit codes of bad input.
#include "PgTestCluster.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using hp::test::PgTestCluster;

namespace {

QString S(const char *text) { return QString::fromUtf8(text); }

struct CliRun {
    int code = -1;
    QByteArray out, err;
};

CliRun cli(const QStringList &args, const QString &workingDir = QString(), const QByteArray &password = QByteArray())
{
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(S("PGPASSWORD"));
    if (!password.isEmpty())
        env.insert(S("PGPASSWORD"), QString::fromUtf8(password));
    p.setProcessEnvironment(env);
    p.start(S(HEDGEPLAN_CLI), args);
    p.waitForFinished(300000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString data(const char *name) { return S(HEDGEPLAN_TEST_DATA "/import/") + QString::fromLatin1(name); }

const QStringList kDemoScenarios{S("Status quo"), S("Pivot"), S("Hedge 60/40"), S("Full exit")};

/// evaluate --json of every demo scenario, concatenated.
QByteArray evaluateAll(const QString &source)
{
    QByteArray all;
    for (const QString &scenario : kDemoScenarios) {
        const CliRun r = cli({S("evaluate"), source, S("--scenario"), scenario, S("--json")});
        EXPECT_EQ(r.code, 0) << scenario.toStdString() << ": " << r.err.toStdString();
        EXPECT_FALSE(r.out.isEmpty());
        all += r.out;
    }
    return all;
}

QByteArray show(const QString &source, const char *entity)
{
    const CliRun r = cli({S("show"), source, S(entity), S("--json")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    return r.out;
}

int lines(const QByteArray &text) { return int(text.trimmed().count('\n')) + 1; }

struct Fixture {
    PgTestCluster &cluster = PgTestCluster::instance();
    QString db = cluster.createDatabase();
    QTemporaryDir dir;
    QString uri(const char *project, const QString &user = S("hp_editor")) const
    {
        return cluster.uri(db, S(project), user);
    }
    QString demoFile()
    {
        const QString file = dir.filePath(S("demo.hedgeplan"));
        if (!QFile::exists(file)) {
            EXPECT_EQ(cli({S("demo"), file}).code, 0);
        }
        return file;
    }
};

} // namespace

TEST(PgCli, CopyFileToDatabaseAndBackGivesByteIdenticalFigures)
{
    Fixture f;
    const QString file = f.demoFile();
    const CliRun up = cli({S("copy"), file, f.uri("demo")});
    ASSERT_EQ(up.code, 0) << up.err.toStdString();
    const QString other = f.uri("demo copy");
    const CliRun across = cli({S("copy"), f.uri("demo"), other});
    ASSERT_EQ(across.code, 0) << across.err.toStdString();
    const QString back = f.dir.filePath(S("back.hedgeplan"));
    const CliRun down = cli({S("copy"), other, back});
    ASSERT_EQ(down.code, 0) << down.err.toStdString();

    const QByteArray expected = evaluateAll(file);
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_EQ(evaluateAll(f.uri("demo")), expected);
    EXPECT_EQ(evaluateAll(other), expected);
    EXPECT_EQ(evaluateAll(back), expected);
    for (const char *entity : {"providers", "offerings", "workloads", "contracts", "scenarios", "placements", "register"})
        EXPECT_EQ(show(back, entity), show(file, entity)) << entity;
    const CliRun compare = cli({S("compare"), f.uri("demo"), S("Status quo"), S("Pivot"), S("--json")});
    EXPECT_EQ(compare.code, 0) << compare.err.toStdString();
    EXPECT_EQ(compare.out, cli({S("compare"), file, S("Status quo"), S("Pivot"), S("--json")}).out);
}

TEST(PgCli, DemoAndCopyRefuseToOverwriteWithoutReplace)
{
    Fixture f;
    const QString file = f.demoFile();
    ASSERT_EQ(cli({S("demo"), f.uri("p")}).code, 0);
    const CliRun again = cli({S("copy"), file, f.uri("p")});
    EXPECT_EQ(again.code, 1);
    EXPECT_TRUE(again.err.contains("exists already")) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains("--replace")) << again.err.toStdString();
    EXPECT_EQ(lines(again.err), 1) << again.err.toStdString();
    EXPECT_EQ(cli({S("demo"), f.uri("p")}).code, 1);

    // Replace the project by an edited copy: the figures follow.
    const QString edited = f.dir.filePath(S("edited.hedgeplan"));
    ASSERT_EQ(cli({S("import"), file, data("register_eu.csv"), S("-o"), edited}).code, 0);
    const CliRun replaced = cli({S("copy"), edited, f.uri("p"), S("--replace")});
    ASSERT_EQ(replaced.code, 0) << replaced.err.toStdString();
    EXPECT_EQ(show(f.uri("p"), "register"), show(edited, "register"));

    const CliRun toFile = cli({S("copy"), f.uri("p"), file});
    EXPECT_EQ(toFile.code, 1);
    EXPECT_TRUE(toFile.err.contains("exists already")) << toFile.err.toStdString();
    EXPECT_EQ(cli({S("copy"), f.uri("p"), file, S("--replace")}).code, 0);
    EXPECT_EQ(show(file, "register"), show(edited, "register"));
}

TEST(PgCli, ImportWritesIntoTheDatabaseInOneTransaction)
{
    Fixture f;
    const QString project = f.uri("imported");
    const CliRun created = cli({S("import"), project, data("register_eu.csv")});
    ASSERT_EQ(created.code, 0) << created.err.toStdString() << created.out.toStdString();
    EXPECT_TRUE(created.out.contains("new project")) << created.out.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(show(project, "register")).array().size(), 2);

    ASSERT_EQ(cli({S("copy"), f.demoFile(), f.uri("demo")}).code, 0);
    const QByteArray before = show(f.uri("demo"), "register");
    const CliRun rejected = cli({S("import"), f.uri("demo"), data("register_bad.csv")});
    EXPECT_EQ(rejected.code, 3);
    EXPECT_TRUE(rejected.out.contains("nothing imported")) << rejected.out.toStdString();
    EXPECT_EQ(show(f.uri("demo"), "register"), before);

    const CliRun valid = cli({S("import"), f.uri("demo"), data("register_bad.csv"), S("--valid-rows")});
    EXPECT_EQ(valid.code, 3);
    const QJsonArray after = QJsonDocument::fromJson(show(f.uri("demo"), "register")).array();
    EXPECT_EQ(after.size(), QJsonDocument::fromJson(before).array().size() + 1);

    const QJsonArray changes = QJsonDocument::fromJson(show(f.uri("demo"), "changes")).array();
    EXPECT_GT(changes.size(), 0);
}

TEST(PgCli, AUriIsNeverTakenForAFileName)
{
    Fixture f;
    const QString missingDb = f.cluster.uri(S("no_such_db"), S("p"));
    for (const QStringList &args : {QStringList{S("import"), missingDb, data("register_eu.csv")},
                                    QStringList{S("import"), S("postgresql:///hp?project"), data("register_eu.csv")},
                                    QStringList{S("demo"), S("postgresql:///hp")},
                                    QStringList{S("evaluate"), S("postgres://x/y?nonsense=1&project=a"), S("--json")},
                                    QStringList{S("copy"), f.demoFile(), S("postgresql:///nowhere")}}) {
        const CliRun r = cli(args, f.dir.path());
        EXPECT_EQ(r.code, 2) << args.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_EQ(lines(r.err), 1) << r.err.toStdString();
    }
    const QStringList left = QDir(f.dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    EXPECT_EQ(left, QStringList{S("demo.hedgeplan")});
    EXPECT_TRUE(QDir(f.dir.path()).entryList({S("postgres*")}).isEmpty());
}

TEST(PgCli, BadPlacesExitTwoWithOneClearLine)
{
    Fixture f;
    ASSERT_EQ(cli({S("copy"), f.demoFile(), f.uri("demo")}).code, 0);
    struct Case {
        QString source;
        QByteArray password;
        const char *says;
    };
    const QString socket = f.cluster.socketDir();
    const std::vector<Case> cases{
        {f.uri("missing"), {}, "no project 'missing' (projects: 'demo')"},
        {f.cluster.uri(S("no_such_db"), S("demo")), {}, "database does not exist"},
        {f.cluster.uri(f.db, S("demo"), S("hp_password")), "wrong", "password authentication failed"},
        {S("postgresql://hp_password:s3cret-in-uri@/%1?host=%2&project=demo").arg(f.db, socket), {}, "password authentication failed"},
        {S("postgresql:///%1?host=%2/gone&project=demo").arg(f.db, socket), {}, "cannot connect"},
    };
    for (const Case &c : cases) {
        for (const char *command : {"evaluate", "show"}) {
            QStringList args{S(command), c.source};
            if (qstrcmp(command, "show") == 0)
                args << S("providers");
            args << S("--json");
            const CliRun r = cli(args, QString(), c.password);
            EXPECT_EQ(r.code, 2) << c.says;
            EXPECT_TRUE(r.err.contains(c.says)) << r.err.toStdString();
            EXPECT_EQ(lines(r.err), 1) << r.err.toStdString();
            EXPECT_FALSE(r.err.contains("s3cret-in-uri")) << r.err.toStdString();
            EXPECT_TRUE(r.out.isEmpty());
        }
    }
    EXPECT_EQ(f.cluster.scalar(S("SELECT count(*) FROM hedgeplan.projects"), f.db), S("1"));
}

TEST(PgCli, ReadOnlyRoleReadsAndAWriteExitsOne)
{
    Fixture f;
    const QString file = f.demoFile();
    ASSERT_EQ(cli({S("copy"), file, f.uri("demo")}).code, 0);
    f.cluster.sql(S("CREATE ROLE hp_reader LOGIN; GRANT pg_read_all_data TO hp_reader;"), f.db);
    const QString viewer = f.uri("demo", S("hp_reader"));
    EXPECT_EQ(evaluateAll(viewer), evaluateAll(file));
    const QByteArray before = show(f.uri("demo"), "register");

    const CliRun import = cli({S("import"), viewer, data("register_eu.csv")});
    EXPECT_EQ(import.code, 1);
    EXPECT_TRUE(import.err.contains("may only read")) << import.err.toStdString();
    EXPECT_TRUE(import.err.contains("hp_reader")) << import.err.toStdString();
    const CliRun copy = cli({S("copy"), file, viewer, S("--replace")});
    EXPECT_EQ(copy.code, 1);
    EXPECT_TRUE(copy.err.contains("may only read")) << copy.err.toStdString();
    EXPECT_EQ(show(f.uri("demo"), "register"), before);
}

TEST(PgCli, ShowChangesPrintsTheLog)
{
    Fixture f;
    ASSERT_EQ(cli({S("copy"), f.demoFile(), f.uri("demo")}).code, 0);
    ASSERT_EQ(cli({S("import"), f.uri("demo"), data("register_eu.csv")}).code, 0);
    const CliRun r = cli({S("show"), f.uri("demo"), S("changes"), S("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray log = QJsonDocument::fromJson(r.out).array();
    ASSERT_FALSE(log.isEmpty());
    bool sawContract = false;
    for (const auto &entry : log) {
        const QJsonObject o = entry.toObject();
        EXPECT_EQ(o.keys(), (QStringList{S("entity"), S("new"), S("old"), S("row"), S("when"), S("who")}));
        EXPECT_EQ(o[S("who")].toString(), S("hp_editor"));
        sawContract = sawContract || (o[S("entity")].toString() == u"contracts" && o[S("row")].toString() == u"EU-1");
    }
    EXPECT_TRUE(sawContract);
    const CliRun onFile = cli({S("show"), f.demoFile(), S("changes"), S("--json")});
    EXPECT_EQ(onFile.code, 2);
    EXPECT_TRUE(onFile.err.contains("only projects in PostgreSQL")) << onFile.err.toStdString();
}

TEST(PgCli, TwoImportsAtOnceThatTouchDifferentRowsBothLand)
{
    Fixture f;
    ASSERT_EQ(cli({S("copy"), f.demoFile(), f.uri("demo")}).code, 0);
    const QString us = f.dir.filePath(S("register_us.csv"));
    QFile file(us);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Contract ID;Supplier;Type;Start Date;End Date;Commitment;Currency;Discount;Class;Comments\n"
               "US-1;Other Cloud;cloud;01.01.2026;31.12.2027;\"€ 1.000,00\";EUR;5%;training;Oregon\n");
    file.close();
    QProcess a, b;
    a.start(S(HEDGEPLAN_CLI), {S("import"), f.uri("demo"), data("register_eu.csv")});
    b.start(S(HEDGEPLAN_CLI), {S("import"), f.uri("demo"), us});
    ASSERT_TRUE(a.waitForFinished(120000));
    ASSERT_TRUE(b.waitForFinished(120000));
    EXPECT_EQ(a.exitCode(), 0) << a.readAllStandardError().toStdString();
    EXPECT_EQ(b.exitCode(), 0) << b.readAllStandardError().toStdString();
    QStringList ids;
    for (const auto &row : QJsonDocument::fromJson(show(f.uri("demo"), "register")).array())
        ids << row.toObject()[S("contract_id")].toString();
    EXPECT_TRUE(ids.contains(S("EU-1"))) << ids.join(u',').toStdString();
    EXPECT_TRUE(ids.contains(S("EU-2"))) << ids.join(u',').toStdString();
    EXPECT_TRUE(ids.contains(S("US-1"))) << ids.join(u',').toStdString();
}

