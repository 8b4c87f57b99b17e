#include "OptimizerTables.h"

#include "optimizer/OptimizerProblem.h"

namespace hp {

namespace {

ResultColumn money(const QString &header) { return {header, ColumnFormat::Money}; }
ResultColumn text(const QString &header) { return {header, ColumnFormat::Text}; }

QString unitOf(ConstraintKind kind, const QString &currency)
{
    switch (kind) {
    case ConstraintKind::MaxHhi: return QStringLiteral("HHI");
    case ConstraintKind::MaxSingleHomedPct: return QStringLiteral("%");
    case ConstraintKind::MinProviders: return QStringLiteral("providers");
    case ConstraintKind::Residency: return QStringLiteral("breaches");
    case ConstraintKind::Capacity: return QStringLiteral("unserved units");
    default: return OptimizerConstraints::isMoney(kind) || kind == ConstraintKind::NoShortfall ? currency : QString();
    }
}

QString yesNo(bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); }

} // namespace

QString OptimizerTables::objectiveLabel(OptimizerObjective objective)
{
    switch (objective) {
    case OptimizerObjective::Npv: return QStringLiteral("NPV");
    case OptimizerObjective::Total: return QStringLiteral("Total cost");
    case OptimizerObjective::RiskAdjusted: return QStringLiteral("Risk-adjusted total");
    case OptimizerObjective::P90: return QStringLiteral("P90 of NPV");
    }
    return {};
}

QString OptimizerTables::constraintLabel(ConstraintKind kind)
{
    switch (kind) {
    case ConstraintKind::MaxExpectedExposure: return QStringLiteral("Max. expected exposure");
    case ConstraintKind::MaxGrossExposure: return QStringLiteral("Max. gross exposure");
    case ConstraintKind::NoShortfall: return QStringLiteral("No shortfall");
    case ConstraintKind::MaxHhi: return QStringLiteral("Max. HHI");
    case ConstraintKind::MaxSingleHomedPct: return QStringLiteral("Max. single-homed share");
    case ConstraintKind::MinProviders: return QStringLiteral("Min. providers");
    case ConstraintKind::MaxSwitching: return QStringLiteral("Max. switching");
    case ConstraintKind::Residency: return QStringLiteral("Residency");
    case ConstraintKind::Capacity: return QStringLiteral("Capacity");
    }
    return {};
}

ResultTable OptimizerTables::shares(const OptimizerResult &r)
{
    ResultTable t{QStringLiteral("Plan"), QStringLiteral("The plan's placements from %1, base %2").arg(r.from.toString(), r.scenario),
                  {text(QStringLiteral("Workload")), {QStringLiteral("From"), ColumnFormat::Month}, text(QStringLiteral("Offering")),
                   {QStringLiteral("Share"), ColumnFormat::Percent}},
                  {}};
    for (const Placement &p : r.plan)
        for (const Allocation &a : p.allocations)
            t.rows.push_back({p.workloadId, p.from.toString(), a.offeringId, a.sharePct / Decimal::hundred()});
    return t;
}

ResultTable OptimizerTables::figures(const OptimizerResult &r)
{
    ResultTable t{QStringLiteral("Figures"), QStringLiteral("The plan against the base %1").arg(r.scenario),
                  {text(QStringLiteral("Figure")), money(QStringLiteral("Base")), money(QStringLiteral("Plan")), money(QStringLiteral("Δ"))},
                  {}};
    const TotalFigures &b = r.baseTotals;
    auto row = [&t](const QString &name, Decimal base, std::optional<Decimal> plan) {
        if (plan)
            t.rows.push_back({name, base, *plan, *plan - base});
        else
            t.rows.push_back({name, base, std::monostate(), std::monostate()});
    };
    auto planned = [&r](Decimal TotalFigures::*field) -> std::optional<Decimal> {
        return r.totals ? std::optional<Decimal>((*r.totals).*field) : std::nullopt;
    };
    row(QStringLiteral("Objective: %1").arg(objectiveLabel(r.objective)), r.baseObjective, r.value);
    row(QStringLiteral("Total cost"), b.total, planned(&TotalFigures::total));
    row(QStringLiteral("NPV"), b.npv, planned(&TotalFigures::npv));
    row(QStringLiteral("Expected exposure"), b.expectedExposure, planned(&TotalFigures::expectedExposure));
    row(QStringLiteral("Risk-adjusted total"), OptimizerProblem::riskAdjustedTotal(b),
        r.totals ? std::optional<Decimal>(OptimizerProblem::riskAdjustedTotal(*r.totals)) : std::nullopt);
    return t;
}

ResultTable OptimizerTables::constraints(const OptimizerResult &r, const QString &currency)
{
    const bool found = r.status != OptimizerStatus::Infeasible;
    ResultTable t{QStringLiteral("Constraints"),
                  found ? QStringLiteral("The plan's constraints") : QStringLiteral("The constraints, with the base's values"),
                  {text(QStringLiteral("Constraint")), text(QStringLiteral("Unit")), {QStringLiteral("Limit"), ColumnFormat::Number},
                   {QStringLiteral("Value"), ColumnFormat::Number}, text(QStringLiteral("Met")), text(QStringLiteral("Binds"))},
                  {}};
    const std::vector<ConstraintReport> &list = found ? r.constraints : r.baseConstraints;
    for (const ConstraintReport &c : list) {
        const bool conflicting = r.conflicting.contains(OptimizerConstraints::name(c.kind));
        // Counts as whole numbers; money, HHI and shares as numbers.
        const bool count = c.kind == ConstraintKind::MinProviders || c.kind == ConstraintKind::Residency;
        const ResultCell limit = count ? ResultCell(c.limit.toString(0)) : ResultCell(c.limit);
        const ResultCell value = count ? ResultCell(c.value.toString(0)) : ResultCell(c.value);
        t.rows.push_back({constraintLabel(c.kind), unitOf(c.kind, currency), limit, value, yesNo(c.met),
                          found ? ResultCell(yesNo(c.binding)) : ResultCell(conflicting ? QStringLiteral("conflicting") : QString())});
    }
    return t;
}

} // namespace hp
