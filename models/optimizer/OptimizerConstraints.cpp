#include "OptimizerConstraints.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hp {

namespace {

bool isUpperLimit(ConstraintKind kind) { return kind != ConstraintKind::MinProviders; }

} // namespace

OptimizerConstraints::OptimizerConstraints(const OptimizerLimits &limits, int fromIndex, std::vector<QString> workloadIds,
                                           bool residencyRules, bool capacityRules)
    : m_fromIndex(fromIndex)
    , m_workloadIds(std::move(workloadIds))
{
    auto add = [this](ConstraintKind kind, const std::optional<Decimal> &limit) {
        if (limit)
            m_active.push_back({kind, *limit});
    };
    add(ConstraintKind::MaxExpectedExposure, limits.maxExpectedExposure);
    add(ConstraintKind::MaxGrossExposure, limits.maxGrossExposure);
    if (limits.noShortfall)
        m_active.push_back({ConstraintKind::NoShortfall, Decimal()});
    add(ConstraintKind::MaxHhi, limits.maxHhi);
    add(ConstraintKind::MaxSingleHomedPct, limits.maxSingleHomedPct);
    if (limits.minProviders)
        m_active.push_back({ConstraintKind::MinProviders, Decimal::fromInt(*limits.minProviders)});
    add(ConstraintKind::MaxSwitching, limits.maxSwitching);
    if (residencyRules && !limits.allowResidencyBreach)
        m_active.push_back({ConstraintKind::Residency, Decimal()}); // no breach: at most 0
    if (capacityRules && !limits.allowUnserved)
        m_active.push_back({ConstraintKind::Capacity, Decimal()}); // no unserved unit: at most 0
}

bool OptimizerConstraints::needsDetails() const
{
    return std::any_of(m_active.begin(), m_active.end(), [](const ActiveConstraint &c) {
        return c.kind == ConstraintKind::MaxHhi || c.kind == ConstraintKind::MaxSingleHomedPct
            || c.kind == ConstraintKind::MinProviders;
    });
}

bool OptimizerConstraints::chosen(const QString &workloadId) const
{
    return std::find(m_workloadIds.begin(), m_workloadIds.end(), workloadId) != m_workloadIds.end();
}

std::vector<Decimal> OptimizerConstraints::values(const EngineResult &r) const
{
    const auto T = r.months.size();
    auto highestFromOn = [&](const std::vector<Decimal> &series) {
        Decimal highest;
        for (std::size_t t = std::size_t(m_fromIndex); t < T && t < series.size(); ++t)
            highest = Decimal::max(highest, series[t]);
        return highest;
    };
    std::vector<Decimal> out;
    for (const ActiveConstraint &c : m_active) {
        switch (c.kind) {
        case ConstraintKind::MaxExpectedExposure:
            out.push_back(r.totals.expectedExposure);
            break;
        case ConstraintKind::MaxGrossExposure:
            out.push_back(r.totals.grossExposure);
            break;
        case ConstraintKind::NoShortfall:
            out.push_back(r.totals.shortfall + r.totals.projectedShortfall);
            break;
        case ConstraintKind::MaxHhi:
            out.push_back(highestFromOn(r.monthly.hhi));
            break;
        case ConstraintKind::MaxSingleHomedPct:
            out.push_back(highestFromOn(r.monthly.singleHomedShare).fractionToPercent());
            break;
        case ConstraintKind::MinProviders: {
            int lowest = std::numeric_limits<int>::max();
            for (const WorkloadRedundancy &wr : r.redundancy) {
                if (!chosen(wr.workloadId))
                    continue;
                for (std::size_t t = std::size_t(m_fromIndex); t < wr.providerCount.size(); ++t)
                    lowest = std::min(lowest, wr.providerCount[t]);
            }
            out.push_back(Decimal::fromInt(lowest == std::numeric_limits<int>::max() ? 0 : lowest));
            break;
        }
        case ConstraintKind::MaxSwitching:
            out.push_back(r.totals.switching);
            break;
        case ConstraintKind::Residency: {
            // Months × offerings in which a chosen workload is placed (not dual run)
            // outside its residency list, from `from` on.
            int breaches = 0;
            for (const ResidencyBreach &b : r.residencyBreaches)
                breaches += !b.dualRun && b.monthIndex >= m_fromIndex && chosen(b.workloadId);
            out.push_back(Decimal::fromInt(breaches));
            break;
        }
        case ConstraintKind::Capacity: {
            // docs/rules.md §11.2: units of a chosen workload's placements that an
            // offering short of capacity did not serve, from `from` on (dual run
            // is not the workload's demand and is not counted).
            Decimal units;
            for (const UnservedUnits &u : r.unserved)
                if (u.monthIndex >= m_fromIndex && chosen(u.workloadId))
                    units += u.units;
            out.push_back(units);
            break;
        }
        }
    }
    return out;
}

std::uint32_t OptimizerConstraints::violated(const std::vector<Decimal> &values) const
{
    std::uint32_t mask = 0;
    for (std::size_t k = 0; k < m_active.size(); ++k) {
        const ActiveConstraint &c = m_active[k];
        const bool met = isUpperLimit(c.kind) ? values[k] <= c.limit : values[k] >= c.limit;
        if (!met)
            mask |= 1u << k;
    }
    return mask;
}

double OptimizerConstraints::violation(const std::vector<Decimal> &values, const std::vector<double> &scales) const
{
    double sum = 0;
    for (std::size_t k = 0; k < m_active.size(); ++k) {
        const ActiveConstraint &c = m_active[k];
        const Decimal excess = isUpperLimit(c.kind) ? values[k] - c.limit : c.limit - values[k];
        if (excess.isPositive())
            sum += excess.toDouble() / scales[k];
    }
    return sum;
}

std::vector<double> OptimizerConstraints::scales(const std::vector<Decimal> &baseValues) const
{
    std::vector<double> out;
    for (std::size_t k = 0; k < m_active.size(); ++k)
        out.push_back(std::max({std::abs(m_active[k].limit.toDouble()), std::abs(baseValues[k].toDouble()), 1.0}));
    return out;
}

bool OptimizerConstraints::binding(ConstraintKind kind, Decimal value, Decimal limit)
{
    if (kind == ConstraintKind::MinProviders)
        return value == limit;
    if (kind == ConstraintKind::Residency || kind == ConstraintKind::Capacity) // prohibitions, not limits a plan can sit on
        return false;
    return (value - limit).abs() <= Decimal::fromString(u"0.01");
}

bool OptimizerConstraints::isMoney(ConstraintKind kind)
{
    return kind == ConstraintKind::MaxExpectedExposure || kind == ConstraintKind::MaxGrossExposure
        || kind == ConstraintKind::NoShortfall || kind == ConstraintKind::MaxSwitching;
}

QString OptimizerConstraints::name(ConstraintKind kind)
{
    switch (kind) {
    case ConstraintKind::MaxExpectedExposure: return QStringLiteral("max_expected_exposure");
    case ConstraintKind::MaxGrossExposure: return QStringLiteral("max_gross_exposure");
    case ConstraintKind::NoShortfall: return QStringLiteral("no_shortfall");
    case ConstraintKind::MaxHhi: return QStringLiteral("max_hhi");
    case ConstraintKind::MaxSingleHomedPct: return QStringLiteral("max_single_homed_pct");
    case ConstraintKind::MinProviders: return QStringLiteral("min_providers");
    case ConstraintKind::MaxSwitching: return QStringLiteral("max_switching");
    case ConstraintKind::Residency: return QStringLiteral("residency");
    case ConstraintKind::Capacity: return QStringLiteral("capacity");
    }
    return {};
}

} // namespace hp
