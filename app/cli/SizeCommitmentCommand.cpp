#include "SizeCommitmentCommand.h"

#include "AnalysisCommandSupport.h"
#include "optimizer/CommitmentSizing.h"
#include "json/SizingJson.h"

namespace hp::cli {

int SizeCommitmentCommand::run(const QStringList &arguments, CliStreams io)
{
    CommandLine cl(*this, {QStringLiteral("SOURCE")});
    const QCommandLineOption scenario = AnalysisCommandSupport::scenarioOption();
    const QCommandLineOption contract(QStringLiteral("contract"), QStringLiteral("The contract whose commitment is sized."),
                                      QStringLiteral("C"));
    const QCommandLineOption clause(QStringLiteral("clause"),
                                    QStringLiteral("Which commitment clause of the contract, from 1 (default 1)."),
                                    QStringLiteral("K"), QStringLiteral("1"));
    const QCommandLineOption trials(QStringLiteral("trials"), QStringLiteral("Monte Carlo trials per candidate (default 10000)."),
                                    QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Random seed, 0 to 2^64−1, the same for every candidate (default 0)."),
                                  QStringLiteral("S"), QStringLiteral("0"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("Worker threads (default: the machine's ideal count); results do not depend on it."),
                                     QStringLiteral("T"), QStringLiteral("0"));
    for (const QCommandLineOption &o : {scenario, contract, clause, trials, seed, threads, AnalysisCommandSupport::jsonOption()})
        cl.parser().addOption(o);
    int code = Ok;
    if (!cl.parse(arguments, io, &code))
        return code;
    const QCommandLineParser &p = cl.parser();
    SizingRequest request;
    request.scenario = p.value(scenario);
    request.contract = p.value(contract);
    bool okClause = false, okTrials = false, okSeed = false, okThreads = false;
    request.clause = p.value(clause).toInt(&okClause);
    request.trials = p.value(trials).toInt(&okTrials);
    request.seed = p.value(seed).toULongLong(&okSeed);
    request.threads = p.value(threads).toInt(&okThreads);
    if (request.scenario.isEmpty())
        return AnalysisCommandSupport::usage(*this, io, QStringLiteral("--scenario is required"));
    if (request.contract.isEmpty())
        return AnalysisCommandSupport::usage(*this, io, QStringLiteral("--contract is required"));
    if (!okClause || request.clause < 1)
        return AnalysisCommandSupport::usage(*this, io, QStringLiteral("--clause takes a whole number ≥ 1 (got '%1')").arg(p.value(clause)));
    if (!okTrials || request.trials < 1)
        return AnalysisCommandSupport::usage(*this, io, QStringLiteral("--trials takes a whole number ≥ 1 (got '%1')").arg(p.value(trials)));
    if (!okSeed)
        return AnalysisCommandSupport::usage(*this, io, QStringLiteral("--seed takes a whole number from 0 to 18446744073709551615 (got '%1')").arg(p.value(seed)));
    if (!okThreads || request.threads < 0)
        return AnalysisCommandSupport::usage(*this, io, QStringLiteral("--threads takes a whole number ≥ 0 (got '%1')").arg(p.value(threads)));

    Project project;
    QString error;
    if (!ProjectSource::load(cl.positional().front(), &project, &error)) {
        io.err << error << '\n';
        return UsageError;
    }
    // Unknown scenario, contract or clause, no tiers, nothing committed today: exit 2.
    if (const QString why = CommitmentSizing::refusal(project, request); !why.isEmpty()) {
        io.err << QStringLiteral("hedgeplan-cli %1: %2\n").arg(name(), why);
        return UsageError;
    }
    try {
        const std::optional<SizingResult> result = CommitmentSizing::run(project, request); // never cancelled here
        CommandLine::printJson(io, QJsonDocument(SizingJson::result(*result)));
        return Ok;
    } catch (const EngineError &e) {
        io.err << QStringLiteral("hedgeplan-cli %1: %2\n").arg(name(), e.message());
        return Failed;
    }
}

} // namespace hp::cli
