#include "EvaluateCommand.h"

#include "CommandLine.h"
#include "ProcessHeap.h"
#include "ProjectSource.h"
#include "concurrency/HelperTask.h"
#include "engine/ActualsRule.h"
#include "engine/ScenarioEngine.h"
#include "json/JsonReport.h"

namespace hp::cli {

int EvaluateCommand::run(const QStringList &arguments, CliStreams io)
{
    // The helper threads allocate from an arena of their own (ProcessHeap),
    // made by a probe while the arguments are parsed; the warm helper below
    // takes it once the probe has ended.
    std::jthread arenaProbe = ProcessHeap::prepareHelperArena();
    CommandLine cl(*this, {QStringLiteral("SOURCE")});
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"), QStringLiteral("The scenario to evaluate."), QStringLiteral("NAME"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON (the only format)."));
    cl.parser().addOption(scenarioOption);
    cl.parser().addOption(jsonOption);
    int code = Ok;
    if (!cl.parse(arguments, io, &code))
        return code;

    if (arenaProbe.joinable())
        arenaProbe.join(); // before the file's integrity check starts the first helper
    // The helper tasks (the integrity check, the engine's two, the violations'
    // tail) start at once on a helper kept spinning on the other core.
    const HelperTask::Warm warmHelper;
    Project project;
    QString error;
    if (!ProjectSource::load(cl.positional().front(), &project, &error)) {
        io.err << error << '\n';
        return UsageError;
    }
    QString scenario = cl.parser().value(scenarioOption);
    if (scenario.isEmpty() && project.scenarios.size() > 1) {
        QStringList names;
        for (const Scenario &s : project.scenarios)
            names << s.name;
        io.err << QStringLiteral("hedgeplan-cli evaluate: the project has %1 scenarios; choose one with --scenario: %2\n")
                      .arg(names.size()).arg(names.join(QStringLiteral(", ")));
        return UsageError;
    }
    if (scenario.isEmpty() && project.scenarios.size() == 1)
        scenario = project.scenarios.front().name;
    try {
        EngineOptions options;
        options.parallelRules = true; // one evaluation: exclusivity beside the spend rules
        const ScenarioEngine engine(project, options);
        const EngineResult result = scenario.isEmpty() ? engine.actualsOnly() : engine.evaluate(scenario);
        for (const QString &w : ActualsRule::warnings(result))
            io.err << QStringLiteral("warning: ") << w << '\n';
        CommandLine::streamJson(io, [&](JsonWriter &w) { JsonReport::writeEvaluation(w, result); });
        return Ok;
    } catch (const EngineError &e) {
        io.err << QStringLiteral("hedgeplan-cli evaluate: %1\n").arg(e.message());
        return Failed;
    }
}

} // namespace hp::cli
