#include "OptimizerJson.h"

#include "optimizer/OptimizerProblem.h"
#include "json/JsonReport.h"

#include <QJsonArray>

#include <cmath>

namespace hp {

namespace {

QJsonValue figure(ConstraintKind kind, Decimal value)
{
    if (OptimizerConstraints::isMoney(kind))
        return JsonReport::money(value);
    return JsonReport::number(value);
}

QJsonArray constraints(const std::vector<ConstraintReport> &reports, bool withValues)
{
    QJsonArray out;
    for (const ConstraintReport &c : reports) {
        QJsonObject o;
        o[QStringLiteral("name")] = OptimizerConstraints::name(c.kind);
        o[QStringLiteral("limit")] = figure(c.kind, c.limit);
        o[QStringLiteral("value")] = withValues ? figure(c.kind, c.value) : QJsonValue(QJsonValue::Null);
        o[QStringLiteral("binding")] = withValues && c.binding;
        o[QStringLiteral("met")] = withValues && c.met;
        out.append(o);
    }
    return out;
}

QJsonArray planRows(const std::vector<Placement> &plan, const QString &scenario)
{
    QJsonArray rows;
    for (const Placement &p : plan) {
        for (const Allocation &a : p.allocations) {
            QJsonObject row;
            row[QStringLiteral("scenario")] = scenario;
            row[QStringLiteral("workload_id")] = p.workloadId;
            row[QStringLiteral("from_month")] = p.from.toString();
            row[QStringLiteral("offering_id")] = a.offeringId;
            row[QStringLiteral("share_pct")] = JsonReport::number(a.sharePct);
            row[QStringLiteral("dual_run_months")] = p.dualRunMonths;
            rows.append(row);
        }
    }
    return rows;
}

/// The `totals` object exactly as `evaluate` prints it.
QJsonObject totalsOf(const TotalFigures &totals)
{
    EngineResult shell;
    shell.totals = totals;
    return JsonReport::evaluation(shell)[QStringLiteral("totals")].toObject();
}

} // namespace

QString OptimizerJson::statusName(OptimizerStatus status)
{
    switch (status) {
    case OptimizerStatus::Optimal: return QStringLiteral("optimal");
    case OptimizerStatus::Feasible: return QStringLiteral("feasible");
    case OptimizerStatus::Infeasible: return QStringLiteral("infeasible");
    }
    return {};
}

QJsonObject OptimizerJson::result(const OptimizerResult &r, const QString &planScenario)
{
    const bool found = r.status != OptimizerStatus::Infeasible;
    const QString objective = OptimizerProblem::objectiveName(r.objective);
    QJsonObject o;
    o[QStringLiteral("status")] = statusName(r.status);
    o[QStringLiteral("scenario")] = r.scenario;
    o[QStringLiteral("from")] = r.from.toString();
    o[QStringLiteral("step_pct")] = JsonReport::number(r.stepPct);
    o[QStringLiteral("workloads")] = QJsonArray::fromStringList(r.workloads);
    o[QStringLiteral("objective")] = QJsonObject{
        {QStringLiteral("name"), objective},
        {QStringLiteral("value"), r.value ? JsonReport::money(*r.value) : QJsonValue(QJsonValue::Null)}};
    o[QStringLiteral("base")] = QJsonObject{{QStringLiteral("objective"), JsonReport::money(r.baseObjective)},
                                            {QStringLiteral("constraints"), constraints(r.baseConstraints, true)},
                                            {QStringLiteral("meets_constraints"), r.baseFeasible}};
    o[QStringLiteral("plan")] = found ? QJsonValue(planRows(r.plan, planScenario)) : QJsonValue(QJsonValue::Null);
    o[QStringLiteral("totals")] = r.totals ? QJsonValue(totalsOf(*r.totals)) : QJsonValue(QJsonValue::Null);
    o[QStringLiteral("constraints")] = constraints(r.constraints, found);
    o[QStringLiteral("conflicting")] = QJsonArray::fromStringList(r.conflicting);
    o[QStringLiteral("evaluations")] = r.evaluations;
    o[QStringLiteral("seconds")] = std::round(r.seconds * 1000.0) / 1000.0;
    o[QStringLiteral("grid_size")] = r.gridSize > (std::uint64_t(1) << 53) ? QJsonValue(QJsonValue::Null) : QJsonValue(double(r.gridSize));
    o[QStringLiteral("exhaustive")] = r.exhaustive;
    o[QStringLiteral("time_limit_reached")] = r.timeLimitReached;
    if (r.freshStart)
        o[QStringLiteral("fresh_start")] = true;
    return o;
}

} // namespace hp
