#include "InputPerturbation.h"

namespace hp {

namespace {
template <typename Vec, typename Fn>
void forTargets(Vec &items, const QString &target, Fn fn)
{
    for (auto &item : items)
        if (target.isEmpty() || item.id == target)
            fn(item);
}
} // namespace

void InputPerturbation::apply(Project &project, const UncertaintyRange &range, double value)
{
    if (isLitigation(range))
        return; // charged after evaluation, see litigationCharge()
    const Decimal v = Decimal::fromDouble(value);
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
