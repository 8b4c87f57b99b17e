#include "InputPerturbation.h"

#include "engine/ScenarioEngine.h"

#include <algorithm>

namespace hp {

namespace {
template <typename Vec, typename Fn>
void forTargets(Vec &items, const QString &target, Fn fn)
{
    for (auto &item : items)
        if (target.isEmpty() || item.id == target)
            fn(item);
}

template <typename Vec>
bool hasId(const Vec &items, const QString &id)
{
    return std::any_of(items.begin(), items.end(), [&](const auto &item) { return item.id == id; });
}
} // namespace

void InputPerturbation::checkTargets(const Project &project, const QString &scenario, const std::vector<UncertaintyRange> &ranges)
{
    for (const UncertaintyRange &r : ranges) {
        if (r.target.isEmpty())
            continue;
        bool known = false;
        QString kind;
        switch (r.input) {
        case UncertainInput::PriceDrift:
        case UncertainInput::Capacity:
            known = hasId(project.offerings, r.target);
            kind = QStringLiteral("offering");
            break;
        case UncertainInput::PBreach:
            known = hasId(project.contracts, r.target);
            kind = QStringLiteral("contract");
            break;
        case UncertainInput::Growth:
        case UncertainInput::Revenue:
        case UncertainInput::EgressGb:
        case UncertainInput::ReengineeringMonths:
            known = hasId(project.workloads, r.target);
            kind = QStringLiteral("workload");
            break;
        }
        if (!known)
            throw EngineError(QStringLiteral("scenario '%1': the %2 range targets %3 '%4', which does not exist")
                                  .arg(scenario, toString(r.input), kind, r.target));
    }
}

double InputPerturbation::clampedValue(UncertainInput input, double value)
{
    switch (input) {
    case UncertainInput::Growth:
    case UncertainInput::PriceDrift: return std::max(value, -100.0);
    case UncertainInput::PBreach: return std::clamp(value, 0.0, 100.0);
    case UncertainInput::Revenue:
    case UncertainInput::EgressGb:
    case UncertainInput::ReengineeringMonths:
    case UncertainInput::Capacity: return std::max(value, 0.0);
    }
    return value;
}

void InputPerturbation::apply(Project &project, const Project &base, const UncertaintyRange &range, double value)
{
    if (isLitigation(range))
        return; // charged after evaluation, see litigationCharge()
    const Decimal v = Decimal::fromDouble(clampedValue(range.input, value));
    switch (range.input) {
    case UncertainInput::Growth:
        forTargets(project.workloads, range.target, [&](Workload &w) { w.monthlyGrowthPct = v; });
        break;
    case UncertainInput::PriceDrift:
        forTargets(project.offerings, range.target, [&](Offering &o) { o.annualDriftPct = v; });
        break;
    case UncertainInput::Revenue:
        forTargets(project.workloads, range.target, [&](Workload &w) { w.monthlyRevenue = v; });
        break;
    case UncertainInput::PBreach:
        forTargets(project.contracts, range.target, [&](Contract &c) {
            for (ClassificationClause &cl : c.classifications)
                if (cl.covered == Coverage::Contested)
                    cl.pBreachPct = v;
        });
        break;
    case UncertainInput::EgressGb:
        forTargets(project.workloads, range.target, [&](Workload &w) { w.storedGb = v; });
        break;
    case UncertainInput::ReengineeringMonths:
        forTargets(project.workloads, range.target, [&](Workload &w) { w.reengineeringPersonMonths = v; });
        break;
    case UncertainInput::Capacity:
        // A factor on the base project's capacity (docs/rules.md §11.2): column and
        // schedule scaled alike, one product each; unlimited stays unlimited.
        for (std::size_t o = 0; o < project.offerings.size(); ++o) {
            Offering &work = project.offerings[o];
            if (!range.target.isEmpty() && work.id != range.target)
                continue;
            const Offering &original = base.offerings[o];
            if (original.capacityUnits)
                work.capacityUnits = *original.capacityUnits * v;
            for (std::size_t k = 0; k < work.capacitySchedule.size(); ++k)
                work.capacitySchedule[k].units = original.capacitySchedule[k].units * v;
        }
        break;
    }
}

std::vector<Decimal> InputPerturbation::litigationCharge(const EngineResult &result, const QString &contractId)
{
    std::vector<Decimal> charge(result.months.size());
    for (const Violation &v : result.violations)
        if (contractId.isEmpty() || v.contractId == contractId)
            charge[std::size_t(v.monthIndex)] += v.grossExposure;
    return charge;
}

} // namespace hp
