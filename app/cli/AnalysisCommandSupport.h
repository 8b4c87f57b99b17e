#pragma once

#include "CliCommand.h"
#include "CommandLine.h"
#include "ProjectSource.h"
#include "engine/ScenarioEngine.h"

#include <QCommandLineOption>
#include <QJsonObject>

#include <type_traits>

namespace hp::cli {

/// What the analysis commands (compare, montecarlo, sensitivity, goalseek)
/// share: their common options and the load → analyse → print JSON step.
class AnalysisCommandSupport {
public:
    static QCommandLineOption jsonOption();
    static QCommandLineOption scenarioOption();

    /// Loads SOURCE (exit 2 when unreadable), runs `analyse(project)` and
    /// prints what it returns (exit 0): a QJsonObject, or a function that
    /// writes the report to a JsonWriter (streamed, CommandLine::streamJson).
    /// An EngineError exits 1 with its message.
    template <typename Analyse>
    static int run(const QString &command, const QString &source, CliStreams io, Analyse analyse)
    {
        Project project;
        QString error;
        if (!ProjectSource::load(source, &project, &error)) {
            io.err << error << '\n';
            return UsageError;
        }
        try {
            const auto report = analyse(project);
            if constexpr (std::is_same_v<std::decay_t<decltype(report)>, QJsonObject>)
                CommandLine::printJson(io, QJsonDocument(report));
            else
                CommandLine::streamJson(io, report);
            return Ok;
        } catch (const EngineError &e) {
            io.err << QStringLiteral("hedgeplan-cli %1: %2\n").arg(command, e.message());
            return Failed;
        }
    }

    /// A usage error: the message and the command's synopsis on stderr; returns 2.
    static int usage(const CliCommand &command, CliStreams io, const QString &message);
};

} // namespace hp::cli
