#include "CompareCommand.h"

#include "AnalysisCommandSupport.h"
#include "engine/ScenarioComparison.h"
#include "json/AnalysisJson.h"

namespace hp::cli {

int CompareCommand::run(const QStringList &arguments, CliStreams io)
{
    CommandLine cl(*this, {QStringLiteral("SOURCE"), QStringLiteral("A"), QStringLiteral("B")});
    cl.parser().addOption(AnalysisCommandSupport::jsonOption());
    int code = Ok;
    if (!cl.parse(arguments, io, &code))
        return code;
    const QStringList pos = cl.positional();
    return AnalysisCommandSupport::run(name(), pos[0], io, [&](const Project &p) {
        const ScenarioEngine engine(p);
        return [c = ScenarioComparison::compare(engine.evaluate(pos[1]), engine.evaluate(pos[2]))](JsonWriter &w) {
            AnalysisJson::writeComparison(w, c);
        };
    });
}

} // namespace hp::cli
