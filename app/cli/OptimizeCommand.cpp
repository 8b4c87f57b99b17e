#include "OptimizeCommand.h"

#include "AnalysisCommandSupport.h"
#include "optimizer/OptimizerProblem.h"
#include "optimizer/PlacementOptimizer.h"
#include "canonical/CanonicalCsvWriter.h"
#include "json/OptimizerJson.h"
#include "storage/ProjectFile.h"

#include <map>

namespace hp::cli {

namespace {

/// The command's options, by their long name.
class Options {
public:
    explicit Options(QCommandLineParser &parser)
        : m_parser(parser)
    {
        struct Valued {
            const char *key, *help, *value;
        };
        const Valued valued[] = {
            {"scenario", "The base scenario.", "BASE"},
            {"workloads", "The workloads to place, separated by a bar (default: every workload placed at --from).", "a|b"},
            {"from", "First month of the plan (default: the horizon's second month).", "YYYY-MM"},
            {"step", "Share step in percentage points; must divide 100 (default 5).", "PCT"},
            {"objective", "npv (default), total, risk_adjusted or p90.", "NAME"},
            {"trials", "p90: Monte Carlo trials (default 200).", "N"},
            {"seed", "p90: random seed (default 0).", "S"},
            {"max-expected-exposure", "Total expected exposure at most AMOUNT.", "AMOUNT"},
            {"max-gross-exposure", "Total gross exposure at most AMOUNT.", "AMOUNT"},
            {"max-hhi", "HHI at most N in every month from --from.", "N"},
            {"max-single-homed-pct", "Single-homed share at most P % in every month from --from.", "P"},
            {"min-providers", "Each chosen workload on at least K providers (≥ 10 % each) in every month from --from.", "K"},
            {"max-switching", "Total switching cost at most AMOUNT.", "AMOUNT"},
            {"dual-run", "Dual-run months of the plan's placements (default 0).", "N"},
            {"time-limit", "Stop after S seconds with the best plan so far (status feasible).", "S"},
            {"threads", "Worker threads (default: the machine's); the answer does not depend on it.", "K"},
            {"save-as", "Store the plan as a child scenario NAME of the base and write SOURCE back.", "NAME"},
        };
        for (const Valued &v : valued)
            add(QString::fromLatin1(v.key),
                QCommandLineOption(QString::fromLatin1(v.key), QString::fromUtf8(v.help), QString::fromLatin1(v.value)));
        const std::pair<const char *, const char *> flags[] = {
            {"no-shortfall", "No commitment shortfall, charged or projected."},
            {"allow-residency-breach", "Allow plans that place a chosen workload outside its residency list (docs/rules.md §11.1)."},
            {"allow-unserved", "Allow plans whose chosen workloads go partly unserved for want of capacity; revenue at risk then joins the npv and total objectives (docs/rules.md §11.2, §12.1)."},
            {"json", "Print JSON (the only format)."},
        };
        for (const auto &[key, text] : flags)
            add(QString::fromLatin1(key), QCommandLineOption(QString::fromLatin1(key), QString::fromUtf8(text)));
    }

    bool isSet(const char *key) const { return m_parser.isSet(m_options.at(QString::fromLatin1(key))); }
    QString value(const char *key) const { return m_parser.value(m_options.at(QString::fromLatin1(key))); }

private:
    void add(const QString &key, const QCommandLineOption &option)
    {
        m_options.emplace(key, option);
        m_parser.addOption(option);
    }
    QCommandLineParser &m_parser;
    std::map<QString, QCommandLineOption> m_options;
};

/// Reads the request; returns an error message for a malformed value.
QString readRequest(const Options &o, OptimizerRequest &r)
{
    auto decimal = [&](const char *key, std::optional<Decimal> &out) -> QString {
        if (!o.isSet(key))
            return {};
        out = Decimal::parse(o.value(key).trimmed());
        if (!out)
            return QStringLiteral("--%1 takes a number (got '%2')").arg(QLatin1String(key), o.value(key));
        return {};
    };
    auto integer = [&](const char *key, int &out) -> QString {
        bool ok = false;
        out = o.value(key).toInt(&ok);
        return ok ? QString() : QStringLiteral("--%1 takes a whole number (got '%2')").arg(QLatin1String(key), o.value(key));
    };
    r.scenario = o.value("scenario");
    if (r.scenario.isEmpty())
        return QStringLiteral("--scenario is required");
    if (o.isSet("workloads"))
        r.workloads = o.value("workloads").split(QLatin1Char('|'), Qt::SkipEmptyParts);
    if (o.isSet("from")) {
        r.from = YearMonth::parse(o.value("from"));
        if (!r.from)
            return QStringLiteral("--from takes a month YYYY-MM (got '%1')").arg(o.value("from"));
    }
    std::optional<Decimal> step;
    QString error = decimal("step", step);
    if (step)
        r.stepPct = *step;
    const std::map<QString, OptimizerObjective> objectives{{QStringLiteral("npv"), OptimizerObjective::Npv},
                                                           {QStringLiteral("total"), OptimizerObjective::Total},
                                                           {QStringLiteral("risk_adjusted"), OptimizerObjective::RiskAdjusted},
                                                           {QStringLiteral("p90"), OptimizerObjective::P90}};
    if (o.isSet("objective")) {
        const auto it = objectives.find(o.value("objective"));
        if (it == objectives.end())
            return QStringLiteral("--objective is one of npv, total, risk_adjusted, p90 (got '%1')").arg(o.value("objective"));
        r.objective = it->second;
    }
    if ((o.isSet("trials") || o.isSet("seed")) && r.objective != OptimizerObjective::P90)
        return QStringLiteral("--trials and --seed go with --objective p90");
    if (o.isSet("trials") && error.isEmpty())
        error = integer("trials", r.trials);
    if (o.isSet("seed")) {
        bool ok = false;
        r.seed = o.value("seed").toULongLong(&ok);
        if (!ok)
            return QStringLiteral("--seed takes a whole number from 0 to 18446744073709551615 (got '%1')").arg(o.value("seed"));
    }
    OptimizerLimits &l = r.limits;
    for (auto [key, limit] : {std::pair{"max-expected-exposure", &l.maxExpectedExposure}, std::pair{"max-gross-exposure", &l.maxGrossExposure},
                              std::pair{"max-hhi", &l.maxHhi}, std::pair{"max-single-homed-pct", &l.maxSingleHomedPct},
                              std::pair{"max-switching", &l.maxSwitching}})
        if (error.isEmpty())
            error = decimal(key, *limit);
    l.noShortfall = o.isSet("no-shortfall");
    l.allowResidencyBreach = o.isSet("allow-residency-breach");
    l.allowUnserved = o.isSet("allow-unserved");
    if (o.isSet("min-providers") && error.isEmpty()) {
        int k = 0;
        error = integer("min-providers", k);
        l.minProviders = k;
    }
    if (o.isSet("dual-run") && error.isEmpty())
        error = integer("dual-run", r.dualRunMonths);
    if (o.isSet("threads") && error.isEmpty()) {
        error = integer("threads", r.threads);
        if (error.isEmpty() && r.threads < 0)
            error = QStringLiteral("--threads takes a whole number ≥ 0");
    }
    if (o.isSet("time-limit") && error.isEmpty()) {
        bool ok = false;
        r.timeLimitSeconds = o.value("time-limit").toDouble(&ok);
        if (!ok)
            error = QStringLiteral("--time-limit takes a number of seconds (got '%1')").arg(o.value("time-limit"));
    }
    return error;
}

/// Stores the plan as a child scenario and writes SOURCE back; an error message or empty.
QString save(Project project, const OptimizerResult &result, const QString &name, const QString &source)
{
    Scenario child = result.planScenario;
    child.name = name;
    child.parent = result.scenario;
    project.scenarios.push_back(std::move(child));
    if (ProjectSource::isProjectFile(source)) {
        StorageError error;
        return ProjectFile::write(project, source, &error) ? QString() : error.message;
    }
    QString error;
    return CanonicalCsvWriter::writeFolder(project, source, &error) ? QString() : error;
}

} // namespace

int OptimizeCommand::run(const QStringList &arguments, CliStreams io)
{
    CommandLine cl(*this, {QStringLiteral("SOURCE")});
    const Options options(cl.parser());
    int code = Ok;
    if (!cl.parse(arguments, io, &code))
        return code;
    OptimizerRequest request;
    if (const QString error = readRequest(options, request); !error.isEmpty())
        return AnalysisCommandSupport::usage(*this, io, error);
    const QString saveAs = options.value("save-as");
    if (options.isSet("save-as") && saveAs.trimmed().isEmpty())
        return AnalysisCommandSupport::usage(*this, io, QStringLiteral("--save-as takes a scenario name"));

    const QString source = cl.positional().front();
    Project project;
    QString error;
    if (!ProjectSource::load(source, &project, &error)) {
        io.err << error << '\n';
        return UsageError;
    }
    if (!saveAs.isEmpty() && project.scenario(saveAs))
        return AnalysisCommandSupport::usage(*this, io, QStringLiteral("--save-as: scenario '%1' already exists").arg(saveAs));
    try {
        const OptimizerResult result = PlacementOptimizer::run(project, request);
        QJsonObject json = OptimizerJson::result(result, saveAs.isEmpty() ? request.scenario : saveAs);
        if (result.timeLimitReached)
            io.err << QStringLiteral("hedgeplan-cli optimize: the time limit stopped the search; the plan is the best found, "
                                     "not proven optimal\n");
        int status = Ok;
        if (!saveAs.isEmpty()) {
            if (result.status == OptimizerStatus::Infeasible) {
                io.err << QStringLiteral("hedgeplan-cli optimize: no plan meets the constraints; nothing saved\n");
                status = Failed;
            } else if (const QString failed = save(std::move(project), result, saveAs, source); !failed.isEmpty()) {
                io.err << QStringLiteral("hedgeplan-cli optimize: %1\n").arg(failed);
                status = Failed;
            } else {
                json[QStringLiteral("saved_as")] = saveAs;
            }
        }
        CommandLine::printJson(io, QJsonDocument(json));
        return status;
    } catch (const OptimizerInputError &e) {
        return AnalysisCommandSupport::usage(*this, io, e.message());
    } catch (const EngineError &e) {
        io.err << QStringLiteral("hedgeplan-cli optimize: %1\n").arg(e.message());
        return Failed;
    }
}

} // namespace hp::cli
