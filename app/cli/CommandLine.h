#pragma once

#include "CliCommand.h"
#include "json/JsonWriter.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <functional>

namespace hp::cli {

/// QCommandLineParser set up for one subcommand, with the shared handling of
/// --help, unknown options and the count of positional arguments.
class CommandLine {
public:
    CommandLine(const CliCommand &command, const QStringList &positionalNames);
    QCommandLineParser &parser() { return m_parser; }
    /// Parses; on --help prints the command's help and sets *exitCode = 0; on an
    /// error prints it and sets *exitCode = 2. Returns true when the command should run.
    bool parse(const QStringList &arguments, CliStreams io, int *exitCode);
    QStringList positional() const { return m_parser.positionalArguments(); }

    static void printJson(CliStreams io, const QJsonDocument &doc);
    /// Streams the JSON document that `write` writes to io.out: straight to
    /// its device when it has one (standard output), with no document in memory.
    static void streamJson(CliStreams io, const std::function<void(JsonWriter &)> &write);

private:
    const CliCommand &m_command;
    QStringList m_positional;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
};

} // namespace hp::cli
