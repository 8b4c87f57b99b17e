#pragma once

#include "CliCommand.h"
#include "CommandLine.h"
#include "ProjectSource.h"
#include "engine/ScenarioEngine.h"

#include <QCommandLineOption>
#include <QJsonObject>

namespace hp::cli {

/// What the analysis commands (compare, montecarlo, sensitivity, goalseek)
/// share: their common options and the load → analyse → print JSON step.
class AnalysisCommandSupport {
public:
    static QCommandLineOption jsonOption();
    static QCommandLineOption scenarioOption();

    /// Loads SOURCE (exit 2 when unreadable), runs `analyse(project)` and
    /// prints its JSON object (exit 0); an EngineError exits 1 with its message.
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
            const QJsonObject json = analyse(project);
            CommandLine::printJson(io, QJsonDocument(json));
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
