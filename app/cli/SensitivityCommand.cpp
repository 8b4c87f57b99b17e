#include "SensitivityCommand.h"

#include "AnalysisCommandSupport.h"
#include "analysis/SensitivityAnalysis.h"
#include "json/AnalysisJson.h"

namespace hp::cli {

int SensitivityCommand::run(const QStringList &arguments, CliStreams io)
{
    CommandLine cl(*this, {QStringLiteral("SOURCE")});
    const QCommandLineOption scenario = AnalysisCommandSupport::scenarioOption();
    cl.parser().addOption(scenario);
    cl.parser().addOption(AnalysisCommandSupport::jsonOption());
    int code = Ok;
    if (!cl.parse(arguments, io, &code))
        return code;
    const QString name = cl.parser().value(scenario);
    if (name.isEmpty())
        return AnalysisCommandSupport::usage(*this, io, QStringLiteral("--scenario is required"));
    return AnalysisCommandSupport::run(this->name(), cl.positional().front(), io,
                                       [&](const Project &p) { return AnalysisJson::sensitivity(SensitivityAnalysis::run(p, name)); });
}

} // namespace hp::cli
