#include "AnalysisCommandSupport.h"

namespace hp::cli {

QCommandLineOption AnalysisCommandSupport::jsonOption()
{
    return {QStringLiteral("json"), QStringLiteral("Print JSON (the only format).")};
}

QCommandLineOption AnalysisCommandSupport::scenarioOption()
{
    return {QStringLiteral("scenario"), QStringLiteral("The scenario."), QStringLiteral("NAME")};
}

int AnalysisCommandSupport::usage(const CliCommand &command, CliStreams io, const QString &message)
{
    io.err << QStringLiteral("hedgeplan-cli %1: %2\nUsage: hedgeplan-cli %3\n").arg(command.name(), message, command.synopsis());
    return UsageError;
}

} // namespace hp::cli
