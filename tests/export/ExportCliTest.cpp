// `hedgeplan-cli export` end to end on the tiny fixture (one provider,
// 1000 × 1M tokens at 2.00 a month for three months: 2000.00 a month).
#include "ExportTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hp::test;

namespace {

struct CliRun {
    int code = -1;
    QByteArray err;
};

CliRun exportDoc(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HEDGEPLAN_CLI),
            QStringList{QStringLiteral("export"), QStringLiteral(HEDGEPLAN_TEST_DATA "/cli_tiny")} + args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardError()};
}

QStringList common(const char *format, const QString &out)
{
    return {QStringLiteral("--scenario"), QStringLiteral("Only"), QStringLiteral("--format"), QString::fromLatin1(format),
            QStringLiteral("-o"), out};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(ExportCli, CsvFileHoldsTheMonthlyFigures)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("monthly.csv"));
    const CliRun r = exportDoc(common("csv", out));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QList<QByteArray> lines = readAll(out).split('\n');
    ASSERT_EQ(lines.size(), 5); // header, three months, the empty rest after the last CRLF
    EXPECT_TRUE(lines[0].startsWith("Month,List spend,Spend,"));
    // … total 2 000, exposures 0, settlement 0, revenue at risk 0, risk-adjusted 2 000 + 0 + 0 (§11.5), HHI, single-homed.
    EXPECT_EQ(lines[1], QByteArray("2026-01,2000.00,2000.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,2000.00,0.00,0.00,0.00,0.00,2000.00,10000,1\r"));
}

TEST(ExportCli, CsvFolderGetsEveryTable)
{
    QTemporaryDir dir;
    const CliRun r = exportDoc(common("csv", dir.path()));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files),
              (QStringList{QStringLiteral("only-actuals.csv"), QStringLiteral("only-commitments.csv"), QStringLiteral("only-monthly.csv"),
                           QStringLiteral("only-provider-spend.csv"), QStringLiteral("only-providers.csv"),
                           QStringLiteral("only-totals.csv"), QStringLiteral("only-violations.csv")}));
    EXPECT_TRUE(readAll(dir.filePath(QStringLiteral("only-totals.csv"))).contains("\r\nTotal,6000.00\r\n"));
}

TEST(ExportCli, WorkbookAndDeck)
{
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("r.xlsx"));
    ASSERT_EQ(exportDoc(common("xlsx", xlsx)).code, 0);
    QStringList sheets;
    for (const XmlElement &s : elements(readZip(xlsx)[QStringLiteral("xl/workbook.xml")], "sheet"))
        sheets << s.attribute("name");
    EXPECT_EQ(sheets.first(), QStringLiteral("Monthly"));
    EXPECT_EQ(sheets.last(), QStringLiteral("Chart data"));

    const QString pptx = dir.filePath(QStringLiteral("d.pptx"));
    ASSERT_EQ(exportDoc(common("pptx", pptx)).code, 0);
    ZipEntries deck = readZip(pptx);
    // Without --chart: title, summary and every chart the scenario can draw;
    // the tornado stays out (the fixture has no uncertainty range), so does the
    // comparison (no --against) and actuals (none).
    EXPECT_EQ(elements(deck[QStringLiteral("ppt/presentation.xml")], "p:sldId").size(), 10u);
    const QString named = dir.filePath(QStringLiteral("n.pptx"));
    ASSERT_EQ(exportDoc(common("pptx", named) + QStringList{QStringLiteral("--chart"), QStringLiteral("cost"),
                                                            QStringLiteral("--chart"), QStringLiteral("providers")}).code, 0);
    EXPECT_EQ(elements(readZip(named)[QStringLiteral("ppt/presentation.xml")], "p:sldId").size(), 4u); // title, summary, 2 charts
    const CliRun unknown = exportDoc(common("pptx", named) + QStringList{QStringLiteral("--chart"), QStringLiteral("pie")});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(unknown.err.contains("unknown chart 'pie'")) << unknown.err.toStdString();
    QStringList cells;
    for (const XmlElement &t : elements(deck[QStringLiteral("ppt/slides/slide2.xml")], "a:t", "a:tbl"))
        cells << t.text;
    // The summary reads compact money, headed by the scenario's name.
    EXPECT_EQ(cells.mid(0, 4), (QStringList{QStringLiteral("Figure"), QStringLiteral("Only"), QStringLiteral("Total cost"),
                                            QStringLiteral("$6.0K")}));
}

TEST(ExportCli, BadArgumentsAndUnwritableOutput)
{
    QTemporaryDir dir;
    const CliRun format = exportDoc(common("docx", dir.filePath(QStringLiteral("x.docx"))));
    EXPECT_EQ(format.code, 2);
    EXPECT_TRUE(format.err.contains("unknown format 'docx'")) << format.err.toStdString();
    const CliRun scenario = exportDoc({QStringLiteral("--scenario"), QStringLiteral("Nope"), QStringLiteral("--format"),
                                       QStringLiteral("csv"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.csv"))});
    EXPECT_EQ(scenario.code, 2);
    EXPECT_TRUE(scenario.err.contains("no scenario named 'Nope'"));
    EXPECT_EQ(exportDoc({QStringLiteral("--scenario"), QStringLiteral("Only"), QStringLiteral("--format"), QStringLiteral("csv")}).code, 2);
    const CliRun money = exportDoc(common("pptx", dir.filePath(QStringLiteral("m.pptx"))) + QStringList{QStringLiteral("--money"), QStringLiteral("full")});
    EXPECT_EQ(money.code, 2);
    EXPECT_TRUE(money.err.contains("--money takes compact or exact (got 'full')")) << money.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("m.pptx"))));
    const QString unwritable = dir.filePath(QStringLiteral("missing/d.pptx"));
    const CliRun write = exportDoc(common("pptx", unwritable));
    EXPECT_EQ(write.code, 1);
    EXPECT_TRUE(write.err.contains(unwritable.toUtf8())) << write.err.toStdString();
}

namespace {

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HEDGEPLAN_CLI), args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardError()};
}

} // namespace

TEST(ExportCli, CapacityAndSiliconAuditChartsOfTheDemo)
{
    // The demo's Status quo rations H200 inference on Cloud A in 2026 and pays
    // a silicon premium: both charts draw in every format.
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo"));
    ASSERT_EQ(cli({QStringLiteral("demo"), demo}).code, 0);
    const auto exportOf = [&dir, &demo](const QStringList &charts, const char *format, const QString &name) {
        QStringList args{QStringLiteral("export"), demo, QStringLiteral("--scenario"), QStringLiteral("Status quo"),
                         QStringLiteral("--format"), QString::fromLatin1(format), QStringLiteral("-o"), dir.filePath(name)};
        for (const QString &chart : charts)
            args << QStringLiteral("--chart") << chart;
        return cli(args);
    };
    for (const QString &chart : {QStringLiteral("capacity"), QStringLiteral("silicon-audit")}) {
        for (const char *format : {"png", "svg"}) {
            const QString name = chart + u'.' + QLatin1String(format);
            const CliRun r = exportOf({chart}, format, name);
            ASSERT_EQ(r.code, 0) << chart.toStdString() << ' ' << format << ": " << r.err.toStdString();
            EXPECT_GT(QFileInfo(dir.filePath(name)).size(), 1000) << name.toStdString();
        }
    }
    const QStringList both{QStringLiteral("capacity"), QStringLiteral("silicon-audit")};
    ASSERT_EQ(exportOf(both, "pptx", QStringLiteral("d.pptx")).code, 0);
    ZipEntries deck = readZip(dir.filePath(QStringLiteral("d.pptx")));
    EXPECT_EQ(elements(deck[QStringLiteral("ppt/presentation.xml")], "p:sldId").size(), 4u); // title, summary, 2 charts
    // Both native: capacity as lines over two value axes, the audit as sideways bars with payback labels.
    const QByteArray capacity = deck[QStringLiteral("ppt/charts/chart1.xml")];
    const QByteArray audit = deck[QStringLiteral("ppt/charts/chart2.xml")];
    ASSERT_FALSE(capacity.isEmpty());
    ASSERT_FALSE(audit.isEmpty());
    EXPECT_EQ(elements(capacity, "c:valAx").size(), 2u);
    EXPECT_EQ(elements(audit, "c:barDir")[0].attribute("val"), QStringLiteral("bar"));
    EXPECT_FALSE(elements(audit, "c:dLbl").empty());
    EXPECT_TRUE(audit.contains("pays back in"));

    ASSERT_EQ(exportOf(both, "xlsx", QStringLiteral("b.xlsx")).code, 0);
    ZipEntries book = readZip(dir.filePath(QStringLiteral("b.xlsx")));
    EXPECT_FALSE(book[QStringLiteral("xl/charts/chart1.xml")].isEmpty());
    EXPECT_EQ(elements(book[QStringLiteral("xl/charts/chart2.xml")], "c:barDir")[0].attribute("val"), QStringLiteral("bar"));
}

TEST(ExportCli, CapacityOfAScenarioWithoutRationingSaysWhy)
{
    // The tiny fixture has no capacity limit and one offering: neither chart has anything to draw.
    QTemporaryDir dir;
    const CliRun capacity = exportDoc(common("png", dir.filePath(QStringLiteral("c.png"))) + QStringList{QStringLiteral("--chart"), QStringLiteral("capacity")});
    EXPECT_EQ(capacity.code, 1);
    EXPECT_TRUE(capacity.err.contains("No offering's capacity binds")) << capacity.err.toStdString();
    const CliRun audit = exportDoc(common("png", dir.filePath(QStringLiteral("s.png"))) + QStringList{QStringLiteral("--chart"), QStringLiteral("silicon-audit")});
    EXPECT_EQ(audit.code, 1);
    EXPECT_TRUE(audit.err.contains("pays a silicon premium")) << audit.err.toStdString();
}
