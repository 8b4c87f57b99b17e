// `hedgeplan-cli import…` exit codes and messages of issue 15 (docs/cli.md):
// 2 = usage or an input that cannot be read at all, 3 = rows rejected; no
// hint and nothing written when no row is valid; --map-provider to no
// provider refused; partial mappings; actuals converted in evaluate.
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using hptest::cli;
using hptest::CliRun;

namespace {

QString S(const char *text) { return QString::fromUtf8(text); }

QString write(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

std::string both(const CliRun &r) { return QByteArray(r.out + "\n" + r.err).toStdString(); }

const QByteArray kHeader = "contract_id,vendor,counterparty_type,start_date,end_date,commitment_total,currency,workload_class\n";
const QByteArray kFocusHeader = "BilledCost,EffectiveCost,BillingCurrency,ChargePeriodStart,ProviderName\n";

} // namespace

TEST(ImportTrustCli, ExitTwoWhenAFileCannotBeReadAtAllThreeWhenRowsAreRejected)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(S("p.hedgeplan"));
    // Not UTF-8: the whole file is refused. Before: exit 3.
    const CliRun latin = cli({S("import"), project, write(dir, "latin.csv", kHeader + "A,Caf\xE9,cloud,2026-01-01,2026-12-31,1,USD,training\n")});
    EXPECT_EQ(latin.code, 2) << both(latin);
    EXPECT_TRUE(latin.err.contains("whole file is refused")) << both(latin);
    // Required columns missing: no row can be read.
    const CliRun columns = cli({S("import"), project, write(dir, "cols.csv", "contract_id,vendor\nA,V\n")});
    EXPECT_EQ(columns.code, 2) << both(columns);
    // A row rejected: 3.
    const CliRun rows = cli({S("import"), project, write(dir, "rows.csv", kHeader + "A,V,cloud,2026-02-30,2026-12-31,1,USD,training\n")});
    EXPECT_EQ(rows.code, 3) << both(rows);
    EXPECT_FALSE(QFileInfo::exists(project));
}

TEST(ImportTrustCli, NoValidRowNoHintAndNothingWrittenEvenWithValidRows)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(S("p.hedgeplan"));
    const QString file = write(dir, "cols.csv", "contract_id,vendor\nA,V\n");
    const CliRun plain = cli({S("import"), project, file});
    EXPECT_FALSE(plain.out.contains("--valid-rows")) << both(plain); // before: "use --valid-rows to import the other rows"
    EXPECT_TRUE(plain.out.contains("no row is valid")) << both(plain);
    const CliRun valid = cli({S("import"), project, file, S("--valid-rows")});
    EXPECT_EQ(valid.code, 2) << both(valid);
    EXPECT_FALSE(valid.out.contains("written:")) << both(valid);
    EXPECT_FALSE(QFileInfo::exists(project)); // before: an empty project was written
}

TEST(ImportTrustCli, AQuoteErrorRejectsOneRowAndValidRowsImportsTheOthers)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(S("p.hedgeplan"));
    const QString file = write(dir, "reg.csv", kHeader + "A,Cloud A,cloud,2026-01-01,2026-12-31,100,USD,training\n"
                                                         "B,\"V\" x,cloud,2026-01-01,2026-12-31,100,USD,training\n"
                                                         "C,Cloud A,cloud,2026-01-01,2026-12-31,200,USD,training\n"
                                                         "D,Cloud B,model,2026-01-01,2026-12-31,300,USD,training\n");
    const CliRun r = cli({S("import"), project, file, S("--valid-rows")});
    EXPECT_EQ(r.code, 3) << both(r);
    EXPECT_TRUE(r.out.contains("4 rows read: 3 accepted, 1 rejected (1 reject)")) << both(r);
    EXPECT_TRUE(r.err.contains("reg.csv:3:2:")) << both(r);
    const CliRun shown = cli({S("show"), project, S("register"), S("--json")});
    ASSERT_EQ(shown.code, 0) << both(shown);
    EXPECT_EQ(QJsonDocument::fromJson(shown.out).array().size(), 3);
}

TEST(ImportTrustCli, MapProviderToNoProviderIsRefused)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(S("demo.hedgeplan"));
    ASSERT_EQ(cli({S("demo"), project}).code, 0);
    const QString focus = write(dir, "f.csv", kFocusHeader + "1,1,USD,2026-01-05,Microsoft Azure\n");
    const CliRun r = cli({S("import-focus"), project, focus, S("--map-provider"), S("Microsoft Azure=nosuch")});
    EXPECT_EQ(r.code, 2) << both(r);
    EXPECT_TRUE(r.err.contains("no provider has the id 'nosuch'")) << both(r);
    const CliRun evaluated = cli({S("evaluate"), project, S("--scenario"), S("Status quo"), S("--json")});
    EXPECT_TRUE(QJsonDocument::fromJson(evaluated.out).object()[S("actuals")].toArray().isEmpty()); // nothing stored
}

TEST(ImportTrustCli, PartialMappingFileMatchesTheOtherColumnsByHeader)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(S("p.hedgeplan"));
    const QString map = write(dir, "map.json", R"({"entity": "register", "fields": {"currency": {"constant": "EUR"}}})");
    const QString file = write(dir, "reg.csv", "contract_id,vendor,counterparty_type,start_date,end_date,commitment_total,workload_class\n"
                                              "A,Cloud A,cloud,2026-01-01,2026-12-31,100,training\n");
    const CliRun r = cli({S("import"), project, file, S("--mapping"), map});
    ASSERT_EQ(r.code, 0) << both(r); // before: 3, "required column 'contract_id' is missing" and so on
    const CliRun shown = cli({S("show"), project, S("register"), S("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(shown.out).array()[0].toObject()[S("currency")].toString(), S("EUR"));
}

TEST(ImportTrustCli, EvaluateConvertsActualsAndListsTheUnconverted)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(S("demo.hedgeplan"));
    ASSERT_EQ(cli({S("demo"), project}).code, 0); // the demo reports in USD with EUR at 1.08 and no CHF rate
    const QString focus = write(dir, "f.csv", kFocusHeader + "100,90,USD,2026-01-05,Cloud A\n"
                                                            "50,40,EUR,2026-01-20,Cloud A\n"
                                                            "10,10,CHF,2026-01-20,Cloud A\n");
    const CliRun imported = cli({S("import-focus"), project, focus});
    ASSERT_EQ(imported.code, 0) << both(imported);
    const CliRun r = cli({S("evaluate"), project, S("--scenario"), S("Status quo"), S("--json")});
    ASSERT_EQ(r.code, 0) << both(r);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray actuals = o[S("actuals")].toArray();
    ASSERT_EQ(actuals.size(), 1) << r.out.toStdString();
    EXPECT_EQ(actuals[0].toObject()[S("billed_cost")].toString(), S("154.00"));   // 100 + 50 × 1.08; before: 160.00
    EXPECT_EQ(actuals[0].toObject()[S("effective_cost")].toString(), S("133.20")); // 90 + 40 × 1.08
    const QJsonArray unconverted = o[S("actuals_unconverted")].toArray();
    ASSERT_EQ(unconverted.size(), 1);
    EXPECT_EQ(unconverted[0].toObject()[S("currency")].toString(), S("CHF"));
    EXPECT_EQ(unconverted[0].toObject()[S("billed_cost")].toString(), S("10.00"));
    EXPECT_TRUE(r.err.contains("actuals in CHF have no exchange rate to USD")) << both(r);
}

TEST(ImportTrustCli, AnEmptyDiscountStaysEmptyInTheRegisterTheFileAndTheCanonicalFolder)
{
    // §6.1 rev 2: a register row without a discount shows discount_pct: null.
    // Before: "0" in show --json, and a 0 stored in the file.
    QTemporaryDir dir;
    const QString project = dir.filePath(S("p.hedgeplan"));
    const QString file = write(dir, "reg.csv", "contract_id,vendor,counterparty_type,start_date,end_date,commitment_total,"
                                              "currency,discount_pct,workload_class\n"
                                              "A,Cloud A,cloud,2026-01-01,2027-12-31,100,USD,,training\n"
                                              "B,Cloud A,cloud,2026-01-01,2026-12-31,100,USD,0,training\n"
                                              "C,Cloud A,cloud,2026-01-01,2026-12-31,0,USD,5,training\n");
    const CliRun r = cli({S("import"), project, file});
    ASSERT_EQ(r.code, 0) << both(r);
    // C's discount has no commitment clause to carry it: said, not dropped silently.
    EXPECT_TRUE(QByteArray(r.out + r.err).contains("line 4: discount_pct 5 is not applied")) << both(r);
    const CliRun shown = cli({S("show"), project, S("register"), S("--json")});
    ASSERT_EQ(shown.code, 0) << both(shown);
    const QJsonArray rows = QJsonDocument::fromJson(shown.out).array();
    ASSERT_EQ(rows.size(), 3) << shown.out.toStdString();
    EXPECT_TRUE(rows[0].toObject()[S("discount_pct")].isNull()) << shown.out.toStdString();
    EXPECT_EQ(rows[1].toObject()[S("discount_pct")], QJsonValue(0)) << shown.out.toStdString(); // a given 0 stays 0
    EXPECT_TRUE(rows[2].toObject()[S("discount_pct")].isNull()) << shown.out.toStdString();

    // The commitments table (the canonical commitments.csv columns) keeps it empty too.
    const CliRun commitments = cli({S("show"), project, S("commitments"), S("--json")});
    ASSERT_EQ(commitments.code, 0) << both(commitments);
    const QJsonArray years = QJsonDocument::fromJson(commitments.out).array();
    ASSERT_EQ(years.size(), 3) << commitments.out.toStdString(); // A: two years, B: one
    EXPECT_TRUE(years[0].toObject()[S("discount_pct")].isNull()) << commitments.out.toStdString();
    EXPECT_EQ(years[2].toObject()[S("discount_pct")], QJsonValue(0)) << commitments.out.toStdString();
}

TEST(ImportTrustCli, DialectOptionsApplyPerFileNeverToEveryFileOfAnImport)
{
    // Issue #17: `--decimal-comma` with two files read both with a decimal comma.
    // Now a dialect option with several files is refused; --dialect FILE:… sets one file's.
    QTemporaryDir dir;
    const QString project = dir.filePath(S("p.hedgeplan"));
    const QString us = write(dir, "us.csv", kHeader + "A,V,cloud,2026-01-01,2026-12-31,1500.5,USD,training\n");
    const QString eu = write(dir, "eu.csv", QByteArray(kHeader).replace(',', ';') + "B;V;cloud;2026-01-01;2026-12-31;1500,5;USD;training\n");
    const CliRun global = cli({S("import"), project, us, eu, S("--decimal-comma")});
    EXPECT_EQ(global.code, 2) << both(global);
    EXPECT_TRUE(global.err.contains("with several files a dialect option would apply to every one of them")) << both(global);
    EXPECT_TRUE(global.err.contains("--dialect us.csv:decimal-comma")) << both(global);
    EXPECT_FALSE(QFileInfo::exists(project));

    const CliRun unknownFile = cli({S("import"), project, us, eu, S("--dialect"), S("other.csv:decimal-comma")});
    EXPECT_EQ(unknownFile.code, 2) << both(unknownFile);
    EXPECT_TRUE(unknownFile.err.contains("name one of the files being imported")) << both(unknownFile);
    const CliRun badSetting = cli({S("import"), project, us, eu, S("--dialect"), S("eu.csv:decimal-coma")});
    EXPECT_EQ(badSetting.code, 2) << both(badSetting);
    EXPECT_TRUE(badSetting.err.contains("unknown dialect setting 'decimal-coma'")) << both(badSetting);
    EXPECT_FALSE(QFileInfo::exists(project));

    // Per file: the EU file with ';' and the decimal comma, the US file as detected — 1500.5 each.
    const CliRun perFile = cli({S("import"), project, us, eu, S("--dialect"), S("eu.csv:delimiter=;,decimal-comma")});
    ASSERT_EQ(perFile.code, 0) << both(perFile);
    const CliRun shown = cli({S("show"), project, S("register"), S("--json")});
    ASSERT_EQ(shown.code, 0) << both(shown);
    const QJsonArray rows = QJsonDocument::fromJson(shown.out).array();
    ASSERT_EQ(rows.size(), 2) << shown.out.toStdString();
    for (const QJsonValue &row : rows)
        EXPECT_EQ(row.toObject()[S("commitment_total")].toString(), S("1500.50")) << shown.out.toStdString();
}
