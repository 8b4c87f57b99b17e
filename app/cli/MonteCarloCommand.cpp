#include "MonteCarloCommand.h"

#include "AnalysisCommandSupport.h"
#include "analysis/MonteCarloSimulation.h"
#include "json/AnalysisJson.h"

namespace hp::cli {

int MonteCarloCommand::run(const QStringList &arguments, CliStreams io)
{
    CommandLine cl(*this, {QStringLiteral("SOURCE")});
    const QCommandLineOption scenario = AnalysisCommandSupport::scenarioOption();
    const QCommandLineOption against(QStringLiteral("against"), QStringLiteral("Scenario B, for the probability that B beats A."),
                                     QStringLiteral("B"));
    const QCommandLineOption trials(QStringLiteral("trials"), QStringLiteral("Number of trials (default 10000)."),
                                    QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed, 0 to 2^64−1 (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("Worker threads (default: the machine's ideal count); results do not depend on it."),
                                     QStringLiteral("K"), QStringLiteral("0"));
    for (const QCommandLineOption &o : {scenario, against, trials, seed, threads, AnalysisCommandSupport::jsonOption()})
        cl.parser().addOption(o);
    int code = Ok;
    if (!cl.parse(arguments, io, &code))
        return code;
    MonteCarloRequest request;
    request.scenario = cl.parser().value(scenario);
    request.against = cl.parser().value(against);
    bool okTrials = false, okSeed = false, okThreads = false;
    request.trials = cl.parser().value(trials).toInt(&okTrials);
    request.seed = cl.parser().value(seed).toULongLong(&okSeed);
    request.threads = cl.parser().value(threads).toInt(&okThreads);
    if (request.scenario.isEmpty())
        return AnalysisCommandSupport::usage(*this, io, QStringLiteral("--scenario is required"));
    if (!okTrials || request.trials < 1)
        return AnalysisCommandSupport::usage(*this, io, QStringLiteral("--trials takes a whole number ≥ 1 (got '%1')").arg(cl.parser().value(trials)));
    if (!okSeed)
        return AnalysisCommandSupport::usage(*this, io, QStringLiteral("--seed takes a whole number from 0 to 18446744073709551615 (got '%1')").arg(cl.parser().value(seed)));
    if (!okThreads || request.threads < 0)
        return AnalysisCommandSupport::usage(*this, io, QStringLiteral("--threads takes a whole number ≥ 0 (got '%1')").arg(cl.parser().value(threads)));
    return AnalysisCommandSupport::run(name(), cl.positional().front(), io, [&](const Project &p) {
        return [result = *MonteCarloSimulation::run(p, request)](JsonWriter &w) { // never cancelled here
            AnalysisJson::writeMonteCarlo(w, result);
        };
    });
}

} // namespace hp::cli
