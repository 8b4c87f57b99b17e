// The export command is a module loaded on demand (app/cli/ExportModule.h,
// docs/performance.md): the other commands start without the chart layer,
// `export` loads it, and a CLI without its module says why export fails.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct Traced {
    int code = -1;
    QByteArray out, err;
};

/// Runs `program` with LD_DEBUG=libs, so that standard error lists every
/// shared library the dynamic loader initialises ("calling init: PATH").
Traced runTracingLibraries(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

bool initialised(const QByteArray &trace, const char *library)
{
    for (const QByteArray &line : trace.split('\n'))
        if (line.contains("calling init:") && line.contains(library))
            return true;
    return false;
}

TEST(ExportModule, CommandsOtherThanExportLoadNeitherTheChartLayerNorQtGuiNorLibpq)
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.hedgeplan"));
    ASSERT_EQ(runTracingLibraries(QStringLiteral(HEDGEPLAN_CLI), {QStringLiteral("demo"), demo}).code, 0);
    const Traced evaluate = runTracingLibraries(QStringLiteral(HEDGEPLAN_CLI),
                                             {QStringLiteral("evaluate"), demo, QStringLiteral("--scenario"), QStringLiteral("Pivot"),
                                              QStringLiteral("--json")});
    ASSERT_EQ(evaluate.code, 0) << evaluate.err.right(2000).constData();
    EXPECT_TRUE(evaluate.out.contains("\"scenario\": \"Pivot\""));
    EXPECT_TRUE(initialised(evaluate.err, "libQt6Core.so")); // the trace works
    for (const char *library : {"libQt6Charts.so", "libQt6Widgets.so", "libQt6Gui.so", "libQt6Svg.so", "hedgeplan-cli-export.so", "libpq.so"})
        EXPECT_FALSE(initialised(evaluate.err, library)) << library;
}

TEST(ExportModule, ExportLoadsTheModuleAndTheChartLayer)
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.hedgeplan"));
    ASSERT_EQ(runTracingLibraries(QStringLiteral(HEDGEPLAN_CLI), {QStringLiteral("demo"), demo}).code, 0);
    const QString png = dir.filePath(QStringLiteral("cost.png"));
    const Traced exported = runTracingLibraries(QStringLiteral(HEDGEPLAN_CLI),
                                             {QStringLiteral("export"), demo, QStringLiteral("--chart"), QStringLiteral("cost"),
                                              QStringLiteral("--scenario"), QStringLiteral("Pivot"), QStringLiteral("-o"), png});
    ASSERT_EQ(exported.code, 0) << exported.err.right(2000).constData();
    EXPECT_TRUE(QFileInfo(png).size() > 0);
    for (const char *library : {"hedgeplan-cli-export.so", "libQt6Charts.so", "libQt6Widgets.so"})
        EXPECT_TRUE(initialised(exported.err, library)) << library;
}

TEST(ExportModule, WithoutItsModuleExportFailsWithTheReasonAndOtherCommandsRun)
{
    QTemporaryDir dir;
    const QString lonely = dir.filePath(QStringLiteral("hedgeplan-cli"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(HEDGEPLAN_CLI), lonely));
    QProcess p;
    p.start(lonely, {QStringLiteral("export"), dir.filePath(QStringLiteral("none.hedgeplan")), QStringLiteral("--scenario"),
                     QStringLiteral("Pivot"), QStringLiteral("-o"), dir.filePath(QStringLiteral("out.csv"))});
    ASSERT_TRUE(p.waitForFinished(120000));
    EXPECT_EQ(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_TRUE(err.startsWith(QStringLiteral("hedgeplan-cli export: the export module cannot be loaded ("))) << qPrintable(err);
    EXPECT_TRUE(err.contains(dir.filePath(QStringLiteral("hedgeplan-cli-export.so")) + QStringLiteral(": no such file"))) << qPrintable(err);

    p.start(lonely, {QStringLiteral("--help")});
    ASSERT_TRUE(p.waitForFinished(120000));
    EXPECT_EQ(p.exitCode(), 0);
    const QString help = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(help.contains(QStringLiteral("  export …\n      Unavailable: the export module cannot be loaded ("))) << qPrintable(help);
    EXPECT_TRUE(help.contains(QStringLiteral("  evaluate SOURCE"))) << qPrintable(help);
}

} // namespace
