#pragma once
// Runs the built hedgeplan-cli for end-to-end tests.
#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace hptest {

struct CliRun {
    int code = -1;
    QByteArray out, err;
};

inline CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HEDGEPLAN_CLI), args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

inline QString data(const char *name) { return QStringLiteral(HEDGEPLAN_TEST_DATA "/") + QString::fromLatin1(name); }

} // namespace hptest
