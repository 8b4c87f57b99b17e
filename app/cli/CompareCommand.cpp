#include "CompareCommand.h"

#include "CommandLine.h"
#include "ProjectSource.h"
#include "engine/ScenarioEngine.h"
#include "io/AnalysisJson.h"

namespace hp::cli {

namespace {

/// Loads SOURCE and runs `body`; engine errors exit 1, unreadable input 2.
template <typename Body>
int withProject(const QString &command, const QString &source, CliStreams io, Body body)
{
    Project project;
    QString error;
    if (!ProjectSource::load(source, &project, &error)) {
        io.err << error << '\n';
        return UsageError;
    }
    try {
        CommandLine::printJson(io, QJsonDocument(body(project)));
        return Ok;
    } catch (const EngineError &e) {
        io.err << QStringLiteral("hedgeplan-cli %1: %2\n").arg(command, e.message());
        return Failed;
    }
}

const QCommandLineOption &jsonOption()
{
    static const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (the only format)."));
    return json;
}

QCommandLineOption scenarioOption()
{
    return {QStringLiteral("scenario"), QStringLiteral("The scenario."), QStringLiteral("NAME")};
}

} // namespace

int CompareCommand::run(const QStringList &arguments, CliStreams io)
{
    CommandLine cl(*this, {QStringLiteral("SOURCE"), QStringLiteral("A"), QStringLiteral("B")});
    cl.parser().addOption(jsonOption());
    int code = Ok;
    if (!cl.parse(arguments, io, &code))
        return code;
    const QStringList pos = cl.positional();
    return withProject(name(), pos[0], io, [&](const Project &p) {
        const ScenarioEngine engine(p);
        return AnalysisJson::comparison(ScenarioComparison::compare(engine.evaluate(pos[1]), engine.evaluate(pos[2])));
    });
}

int MonteCarloCommand::run(const QStringList &arguments, CliStreams io)
{
    CommandLine cl(*this, {QStringLiteral("SOURCE")});
    const QCommandLineOption scenario = scenarioOption();
    const QCommandLineOption against(QStringLiteral("against"), QStringLiteral("Scenario B for P(B beats A)."), QStringLiteral("B"));
    const QCommandLineOption trials(QStringLiteral("trials"), QStringLiteral("Number of trials (default 10000)."), QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Worker threads (default: all cores)."), QStringLiteral("K"), QStringLiteral("0"));
    for (const auto &o : {scenario, against, trials, seed, threads, jsonOption()})
        cl.parser().addOption(o);
    int code = Ok;
    if (!cl.parse(arguments, io, &code))
        return code;
    bool okTrials = false, okSeed = false, okThreads = false;
    MonteCarloRequest request;
    request.scenario = cl.parser().value(scenario);
    request.against = cl.parser().value(against);
    request.trials = cl.parser().value(trials).toInt(&okTrials);
    request.seed = cl.parser().value(seed).toULongLong(&okSeed);
    request.threads = cl.parser().value(threads).toInt(&okThreads);
    if (request.scenario.isEmpty() || !okTrials || !okSeed || !okThreads || request.trials < 1 || request.threads < 0) {
        io.err << QStringLiteral("hedgeplan-cli montecarlo: --scenario is required; --trials, --seed and --threads take whole numbers\n");
        return UsageError;
    }
    return withProject(name(), cl.positional().front(), io, [&](const Project &p) {
        return AnalysisJson::monteCarlo(*MonteCarloSimulation::run(p, request));
    });
}

int SensitivityCommand::run(const QStringList &arguments, CliStreams io)
{
    CommandLine cl(*this, {QStringLiteral("SOURCE")});
    const QCommandLineOption scenario = scenarioOption();
    cl.parser().addOption(scenario);
    cl.parser().addOption(jsonOption());
    int code = Ok;
    if (!cl.parse(arguments, io, &code))
        return code;
    if (cl.parser().value(scenario).isEmpty()) {
        io.err << QStringLiteral("hedgeplan-cli sensitivity: --scenario is required\n");
        return UsageError;
    }
    return withProject(name(), cl.positional().front(), io, [&](const Project &p) {
        return AnalysisJson::sensitivity(SensitivityAnalysis::run(p, cl.parser().value(scenario)));
    });
}

} // namespace hp::cli
