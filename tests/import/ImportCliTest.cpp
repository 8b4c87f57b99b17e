// End-to-end tests of `hedgeplan-cli import`, `import-focus` and `import-prices` (docs/rules.md §10).
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun {
    int code = -1;
    QByteArray out, err;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HEDGEPLAN_CLI), args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString data(const char *name) { return QStringLiteral(HEDGEPLAN_TEST_DATA "/import/") + QString::fromLatin1(name); }
QString S(const char *text) { return QString::fromUtf8(text); }

QJsonArray show(const QString &project, const char *entity)
{
    const CliRun r = cli({S("show"), project, S(entity), S("--json")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    return QJsonDocument::fromJson(r.out).array();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(ImportCli, RegisterIntoANewProjectFileThenReimportUpdates)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(S("p.hedgeplan"));
    const CliRun r = cli({S("import"), project, data("register_eu.csv")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("decimal comma")) << r.out.toStdString(); // the coercion is shown
    EXPECT_TRUE(r.out.contains("2 contracts added, 0 updated")) << r.out.toStdString();
    const QJsonArray reg = show(project, "register");
    ASSERT_EQ(reg.size(), 2);
    const QJsonObject eu1 = reg[0].toObject();
    EXPECT_EQ(eu1[S("contract_id")].toString(), S("EU-1"));
    EXPECT_EQ(eu1[S("start_date")].toString(), S("2026-01-01"));
    EXPECT_EQ(eu1[S("end_date")].toString(), S("2027-12-31"));
    EXPECT_EQ(eu1[S("commitment_total")].toString(), S("2000000.00"));
    EXPECT_EQ(eu1[S("currency")].toString(), S("EUR"));
    EXPECT_EQ(eu1[S("discount_pct")].toDouble(), 8.0);
    EXPECT_EQ(eu1[S("notes")].toString(), S("Frankfurt region"));

    const CliRun again = cli({S("import"), project, data("register_eu.csv")});
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains("0 contracts added, 2 updated")) << again.out.toStdString();
    EXPECT_EQ(show(project, "register").size(), 2);
    EXPECT_EQ(show(project, "providers").size(), 2);
}

TEST(ImportCli, RejectsExitThreeNameFileLineColumnAndImportNothing)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(S("p.hedgeplan"));
    ASSERT_EQ(cli({S("demo"), project}).code, 0);
    const QByteArray before = readAll(project);
    const QString rejects = dir.filePath(S("rejects.csv"));
    const CliRun r = cli({S("import"), project, data("register_bad.csv"), S("--rejects"), rejects});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains("register_bad.csv:3:4: start_date: '2026-02-30' is an impossible date")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("register_bad.csv:4:6: commitment_total must be")) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("nothing imported")) << r.out.toStdString();
    EXPECT_EQ(readAll(project), before); // untouched
    EXPECT_EQ(readAll(rejects), QByteArray("file,line,column,reason,raw\n"
                                           "register_bad.csv,3,4,start_date: '2026-02-30' is an impossible date,2026-02-30\n"
                                           "register_bad.csv,4,6,commitment_total must be ≥ 0 (is -5),(5.00)\n"));

    const CliRun valid = cli({S("import"), project, data("register_bad.csv"), S("--valid-rows")});
    EXPECT_EQ(valid.code, 3);
    QStringList ids;
    for (const auto &row : show(project, "register"))
        ids << row.toObject()[S("contract_id")].toString();
    EXPECT_TRUE(ids.contains(S("GOOD")));
    EXPECT_FALSE(ids.contains(S("BAD")));
    EXPECT_EQ(ids.size(), 5); // the demo's four and GOOD
}

TEST(ImportCli, MappingFileDialectOptionsAndOutputFolder)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(S("flat.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Ref|Who|From|To|Amount\nR1|Acme|05/01/2026|04/30/2027|1000\n");
    }
    const QString mapping = dir.filePath(S("map.json"));
    {
        QFile f(mapping);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"({"entity": "register", "fields": {
            "contract_id": {"column": "ref"}, "vendor": {"column": "WHO"}, "start_date": {"column": "From"},
            "end_date": {"column": "To"}, "commitment_total": {"column": "Amount"},
            "counterparty_type": {"constant": "silicon"}, "currency": {"constant": "USD"},
            "workload_class": {"constant": "training"}}})");
    }
    const QString out = dir.filePath(S("out"));
    const CliRun r = cli({S("import"), dir.filePath(S("new")), csv, S("--mapping"), mapping, S("-o"), out, S("--date-order"), S("mdy")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("date-order")) << r.out.toStdString(); // 05/01/2026 is ambiguous: shown
    const QJsonArray reg = show(out, "register");
    ASSERT_EQ(reg.size(), 1);
    EXPECT_EQ(reg[0].toObject()[S("start_date")].toString(), S("2026-05-01"));
    EXPECT_EQ(reg[0].toObject()[S("counterparty_type")].toString(), S("silicon"));

    const CliRun dmy = cli({S("import"), dir.filePath(S("new")), csv, S("--mapping"), mapping, S("--date-order"), S("dmy"), S("--dry-run")});
    EXPECT_EQ(dmy.code, 3); // 04/30/2027 has month 30 in d/m/y
    EXPECT_TRUE(dmy.err.contains("flat.csv:2:4:")) << dmy.err.toStdString();
}

TEST(ImportCli, FocusActualsAppearInEvaluate)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(S("f.hedgeplan"));
    ASSERT_EQ(cli({S("demo"), project}).code, 0); // --map-provider needs an existing provider id (issue 15)
    const CliRun r = cli({S("import-focus"), project, data("focus_sample.csv"), S("--map-provider"), S("Microsoft=cloud_c")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const CliRun e = cli({S("evaluate"), project, S("--scenario"), S("Status quo"), S("--json")});
    ASSERT_EQ(e.code, 0) << e.err.toStdString();
    const QJsonArray actuals = QJsonDocument::fromJson(e.out).object()[S("actuals")].toArray();
    ASSERT_EQ(actuals.size(), 3);
    QStringList seen;
    for (const auto &a : actuals) {
        const QJsonObject o = a.toObject();
        seen << QStringLiteral("%1 %2 %3 %4").arg(o[S("provider")].toString(), o[S("month")].toString(),
                                                o[S("billed_cost")].toString(), o[S("effective_cost")].toString());
    }
    seen.sort();
    EXPECT_EQ(seen, (QStringList{S("AWS 2024-09 18.01 13.00"), S("Oracle 2024-09 0.54 0.00"), S("cloud_c 2024-09 1.98 1.98")}));
}

TEST(ImportCli, PricesWithMixAndFilter)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(S("p.hedgeplan"));
    const CliRun r = cli({S("import-prices"), project, data("litellm_prices_sample.json"), S("--match"), S("gpt-4o"), S("--mix"), S("1:1")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray offerings = show(project, "offerings");
    ASSERT_EQ(offerings.size(), 2);
    EXPECT_EQ(offerings[0].toObject()[S("unit_price")].toString(), S("6.25"));
    EXPECT_EQ(offerings[0].toObject()[S("unit")].toString(), S("1M tokens"));
    // Without a filter wandb's per-token error is rejected: exit 3, nothing written without --valid-rows.
    const QString other = dir.filePath(S("q.hedgeplan"));
    EXPECT_EQ(cli({S("import"), other, data("litellm_prices_sample.json")}).code, 3);
    EXPECT_FALSE(QFile::exists(other));
}

TEST(ImportCli, UsageErrorsExitTwo)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(S("p.hedgeplan"));
    EXPECT_EQ(cli({S("import"), project}).code, 2); // no FILE
    EXPECT_EQ(cli({S("import"), project, data("register_eu.csv"), S("--entity"), S("invoices")}).code, 2);
    EXPECT_EQ(cli({S("import"), project, data("register_eu.csv"), S("--date-order"), S("ymd")}).code, 2);
    EXPECT_EQ(cli({S("import"), project, data("register_eu.csv"), S("--encoding"), S("ebcdic")}).code, 2);
    EXPECT_EQ(cli({S("import-focus"), project, data("focus_sample.csv"), S("--map-provider"), S("AWS")}).code, 2);
    const CliRun missing = cli({S("import"), project, dir.filePath(S("nope.csv"))});
    EXPECT_EQ(missing.code, 2);
    EXPECT_TRUE(missing.err.contains("nope.csv: cannot read")) << missing.err.toStdString();
    EXPECT_FALSE(QFile::exists(project));
}

TEST(ImportCli, HeaderlessFileWithDelimiterOverrideAndMapping)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(S("noheader.txt"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("N1;Acme;cloud;2026-01-01;2026-12-31;500;USD;training\n");
    }
    const QString mapping = dir.filePath(S("map.json"));
    {
        QFile f(mapping);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"({"entity": "register", "fields": {"contract_id": {"column": "column1"}, "vendor": {"column": "column2"},
            "counterparty_type": {"column": "column3"}, "start_date": {"column": "column4"}, "end_date": {"column": "column5"},
            "commitment_total": {"column": "column6"}, "currency": {"column": "column7"}, "workload_class": {"column": "column8"}}})");
    }
    const QString project = dir.filePath(S("p.hedgeplan"));
    const CliRun r = cli({S("import"), project, csv, S("--no-header"), S("--delimiter"), S(";"), S("--mapping"), mapping});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("no header row")) << r.out.toStdString();
    const QJsonArray reg = show(project, "register");
    ASSERT_EQ(reg.size(), 1);
    EXPECT_EQ(reg[0].toObject()[S("contract_id")].toString(), S("N1"));
    EXPECT_EQ(reg[0].toObject()[S("commitment_total")].toString(), S("500.00"));
    // The same mapping for another entity is a usage error.
    EXPECT_EQ(cli({S("import"), project, csv, S("--entity"), S("focus"), S("--mapping"), mapping}).code, 2);
}
