#include "GoalSeekCommand.h"

#include "AnalysisCommandSupport.h"
#include "analysis/GoalSeek.h"
#include "json/AnalysisJson.h"

namespace hp::cli {

int GoalSeekCommand::run(const QStringList &arguments, CliStreams io)
{
    CommandLine cl(*this, {QStringLiteral("SOURCE")});
    const QCommandLineOption scenario = AnalysisCommandSupport::scenarioOption();
    const QCommandLineOption workload(QStringLiteral("workload"), QStringLiteral("The workload whose share moves."), QStringLiteral("W"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First month of the move."), QStringLiteral("YYYY-MM"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The offering that receives the share."), QStringLiteral("OFFERING"));
    const QCommandLineOption commitment(QStringLiteral("commitment"),
                                        QStringLiteral("Goal (a): keep this contract's commitments free of shortfall."), QStringLiteral("CONTRACT"));
    const QCommandLineOption limit(QStringLiteral("exposure-limit"),
                                   QStringLiteral("Goal (b): keep the expected exposure at or under this amount."), QStringLiteral("AMOUNT"));
    const QCommandLineOption contract(QStringLiteral("contract"), QStringLiteral("With (b): count only this contract's exposure."),
                                      QStringLiteral("CONTRACT"));
    for (const QCommandLineOption &o : {scenario, workload, from, to, commitment, limit, contract, AnalysisCommandSupport::jsonOption()})
        cl.parser().addOption(o);
    int code = Ok;
    if (!cl.parse(arguments, io, &code))
        return code;
    const QCommandLineParser &p = cl.parser();
    for (const QCommandLineOption *o : {&scenario, &workload, &from, &to})
        if (p.value(*o).isEmpty())
            return AnalysisCommandSupport::usage(*this, io, QStringLiteral("--%1 is required").arg(o->names().front()));
    if (p.isSet(commitment) == p.isSet(limit))
        return AnalysisCommandSupport::usage(*this, io, QStringLiteral("give exactly one goal: --commitment or --exposure-limit"));
    const auto month = YearMonth::parse(p.value(from));
    if (!month)
        return AnalysisCommandSupport::usage(*this, io, QStringLiteral("--from takes a month YYYY-MM (got '%1')").arg(p.value(from)));
    std::optional<Decimal> amount;
    if (p.isSet(limit)) {
        amount = Decimal::parse(p.value(limit));
        if (!amount || amount->isNegative())
            return AnalysisCommandSupport::usage(*this, io, QStringLiteral("--exposure-limit takes an amount ≥ 0 (got '%1')").arg(p.value(limit)));
    }
    const ShareMove move{p.value(scenario), p.value(workload), *month, p.value(to)};
    return AnalysisCommandSupport::run(name(), cl.positional().front(), io, [&](const Project &project) {
        const GoalSeekResult r = amount ? GoalSeek::largestShareUnderExposure(project, move, *amount, p.value(contract))
                                        : GoalSeek::smallestShareWithoutShortfall(project, move, p.value(commitment));
        QJsonObject o = AnalysisJson::goalSeek(r);
        o[QStringLiteral("scenario")] = move.scenario;
        o[QStringLiteral("workload")] = move.workloadId;
        o[QStringLiteral("from")] = move.from.toString();
        o[QStringLiteral("to")] = move.targetOffering;
        o[QStringLiteral("goal")] = amount ? QStringLiteral("exposure_limit") : QStringLiteral("no_shortfall");
        return o;
    });
}

} // namespace hp::cli
