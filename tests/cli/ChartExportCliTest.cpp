// End-to-end: `hedgeplan-cli export SOURCE --chart KIND …` on the demo folder.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct Exported {
    int code = -1;
    QByteArray err;
};

/// Runs the CLI without a display (it must pick the offscreen platform itself).
Exported run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HEDGEPLAN_CLI), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardError()};
}

class ChartExportCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        demo = dir.filePath(QStringLiteral("demo"));
        ASSERT_EQ(run({QStringLiteral("demo"), demo}).code, 0);
    }
    Exported exportChart(const QString &kind, const QString &out, QStringList extra = {})
    {
        return run(QStringList{QStringLiteral("export"), demo, QStringLiteral("--chart"), kind, QStringLiteral("--scenario"),
                               QStringLiteral("Pivot"), QStringLiteral("-o"), dir.filePath(out)}
                   + extra);
    }
    QTemporaryDir dir;
    QString demo;
};

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_F(ChartExportCli, PngSvgAndPdf)
{
    const Exported png = exportChart(QStringLiteral("cost"), QStringLiteral("cost.png"), {QStringLiteral("--format"), QStringLiteral("png")});
    ASSERT_EQ(png.code, 0) << png.err.toStdString();
    EXPECT_EQ(QImage(dir.filePath(QStringLiteral("cost.png"))).size(), QSize(1920, 1080));

    const Exported svg = exportChart(QStringLiteral("providers"), QStringLiteral("providers.svg"),
                                     {QStringLiteral("--width"), QStringLiteral("1280"), QStringLiteral("--height"), QStringLiteral("720")});
    ASSERT_EQ(svg.code, 0) << svg.err.toStdString();
    const QByteArray svgText = contents(dir.filePath(QStringLiteral("providers.svg")));
    EXPECT_TRUE(svgText.contains("Spend per provider"));
    EXPECT_TRUE(svgText.contains("viewBox=\"0 0 1280 720\""));

    const Exported pdf = exportChart(QStringLiteral("compare"), QStringLiteral("compare.pdf"),
                                     {QStringLiteral("--against"), QStringLiteral("Status quo"), QStringLiteral("--format"), QStringLiteral("pdf")});
    ASSERT_EQ(pdf.code, 0) << pdf.err.toStdString();
    EXPECT_TRUE(contents(dir.filePath(QStringLiteral("compare.pdf"))).startsWith("%PDF-"));

    const Exported fan = exportChart(QStringLiteral("fan"), QStringLiteral("fan.svg"),
                                     {QStringLiteral("--trials"), QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("7")});
    ASSERT_EQ(fan.code, 0) << fan.err.toStdString();
    EXPECT_TRUE(contents(dir.filePath(QStringLiteral("fan.svg"))).contains("50 trials, seed 7"));
}

TEST_F(ChartExportCli, BadRequestsSayWhy)
{
    const Exported kind = exportChart(QStringLiteral("pie"), QStringLiteral("x.png"));
    EXPECT_EQ(kind.code, 2);
    EXPECT_TRUE(kind.err.contains("unknown chart 'pie'")) << kind.err.toStdString();
    EXPECT_TRUE(kind.err.contains("revenue-share"));

    EXPECT_EQ(exportChart(QStringLiteral("fan"), QStringLiteral("x.png"), {QStringLiteral("--trials"), QStringLiteral("many")}).code, 2);

    const Exported format = exportChart(QStringLiteral("cost"), QStringLiteral("x.gif"));
    EXPECT_EQ(format.code, 2);
    EXPECT_TRUE(format.err.contains("unknown format 'gif'"));

    const Exported against = exportChart(QStringLiteral("compare"), QStringLiteral("x.png"));
    EXPECT_EQ(against.code, 1);
    EXPECT_TRUE(against.err.contains("--against")) << against.err.toStdString();

    const Exported scenario = run({QStringLiteral("export"), demo, QStringLiteral("--chart"), QStringLiteral("cost"), QStringLiteral("--scenario"),
                                   QStringLiteral("Nope"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.png"))});
    EXPECT_EQ(scenario.code, 1);
    EXPECT_TRUE(scenario.err.contains("Nope")) << scenario.err.toStdString();

    const QString unwritable = dir.filePath(QStringLiteral("missing/folder/x.png"));
    const Exported folder = run({QStringLiteral("export"), demo, QStringLiteral("--chart"), QStringLiteral("cost"), QStringLiteral("--scenario"),
                                 QStringLiteral("Pivot"), QStringLiteral("-o"), unwritable});
    EXPECT_EQ(folder.code, 1);
    EXPECT_TRUE(folder.err.contains(unwritable.toUtf8())) << folder.err.toStdString();
    // Nothing but the demo folder was written.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 0);
}

TEST_F(ChartExportCli, SizingChartOfACommitmentClause)
{
    // docs/rules.md §12.2: `--chart sizing --contract C [--clause K]`, PNG and SVG.
    const QStringList alliance{QStringLiteral("--contract"), QStringLiteral("b_alliance"), QStringLiteral("--clause"), QStringLiteral("1"),
                               QStringLiteral("--trials"), QStringLiteral("5")};
    const Exported png = exportChart(QStringLiteral("sizing"), QStringLiteral("sizing.png"), alliance);
    ASSERT_EQ(png.code, 0) << png.err.toStdString();
    EXPECT_EQ(QImage(dir.filePath(QStringLiteral("sizing.png"))).size(), QSize(1920, 1080));
    const Exported svg = exportChart(QStringLiteral("sizing"), QStringLiteral("sizing.svg"), alliance);
    ASSERT_EQ(svg.code, 0) << svg.err.toStdString();
    const QByteArray text = contents(dir.filePath(QStringLiteral("sizing.svg")));
    EXPECT_TRUE(text.contains("Commitment sizing")) << "title";
    EXPECT_TRUE(text.contains("Tier 12 % from $50.0B")) << "tier marker";
    EXPECT_TRUE(text.contains("Best: ")) << "best marker";

    // Without --contract, or on a clause the command refuses: exit 1 with the reason.
    const Exported none = exportChart(QStringLiteral("sizing"), QStringLiteral("x.png"));
    EXPECT_EQ(none.code, 1);
    EXPECT_TRUE(none.err.contains("--contract")) << none.err.toStdString();
    const Exported noTiers = exportChart(QStringLiteral("sizing"), QStringLiteral("x.png"), {QStringLiteral("--contract"), QStringLiteral("b_edp")});
    EXPECT_EQ(noTiers.code, 1);
    EXPECT_TRUE(noTiers.err.contains("nothing to trade")) << noTiers.err.toStdString();
    const Exported clause = exportChart(QStringLiteral("sizing"), QStringLiteral("x.png"), {QStringLiteral("--contract"), QStringLiteral("b_alliance"),
                                                                                             QStringLiteral("--clause"), QStringLiteral("0")});
    EXPECT_EQ(clause.code, 2);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.png"))));
}
