#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace hp::cli {

/// Exit codes of hedgeplan-cli (docs/cli.md).
enum ExitCode {
    Ok = 0,
    Failed = 1,         ///< the input was read but cannot be evaluated or written
    UsageError = 2,     ///< bad arguments, unreadable or malformed input
    RowsRejected = 3,   ///< import: rows were rejected
};

/// Where a command writes: standard output and standard error.
struct CliStreams {
    QTextStream &out;
    QTextStream &err;
};

/// One subcommand of hedgeplan-cli. Each lives in its own file and registers
/// itself with the CommandRegistry in main.cpp.
class CliCommand {
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0; ///< e.g. "evaluate SOURCE [--scenario NAME] --json"
    virtual QString summary() const = 0;
    /// `arguments` starts with the command name (as QCommandLineParser expects).
    virtual int run(const QStringList &arguments, CliStreams io) = 0;
};

} // namespace hp::cli
