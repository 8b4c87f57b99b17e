#include "IdRenamer.h"

namespace hp {

namespace {
void rename(QString &value, const QString &from, const QString &to)
{
    if (value == from)
        value = to;
}

/// The entity kind an uncertain input's target names.
EntityKind targetKind(UncertainInput input)
{
    switch (input) {
    case UncertainInput::PriceDrift:
    case UncertainInput::Capacity:
        return EntityKind::Offering;
    case UncertainInput::PBreach:
        return EntityKind::Contract;
    default:
        return EntityKind::Workload;
    }
}
} // namespace

Project IdRenamer::renamed(const Project &project, EntityKind kind, const QString &from, const QString &to)
{
    Project p = project;
    switch (kind) {
    case EntityKind::Provider:
        for (Provider &x : p.providers)
            rename(x.id, from, to);
        for (Offering &o : p.offerings)
            rename(o.providerId, from, to);
        for (Contract &c : p.contracts)
            rename(c.providerId, from, to);
        for (Actual &a : p.actuals)
            rename(a.provider, from, to);
        break;
    case EntityKind::Offering:
        for (Offering &o : p.offerings)
            rename(o.id, from, to);
        for (Scenario &s : p.scenarios)
            for (Placement &pl : s.placements)
                for (Allocation &a : pl.allocations)
                    rename(a.offeringId, from, to);
        break;
    case EntityKind::Workload:
        for (Workload &w : p.workloads)
            rename(w.id, from, to);
        for (Scenario &s : p.scenarios)
            for (Placement &pl : s.placements)
                rename(pl.workloadId, from, to);
        break;
    case EntityKind::Contract:
        for (Contract &c : p.contracts)
            rename(c.id, from, to);
        break;
    case EntityKind::Scenario:
    case EntityKind::Actual:
        return p;
    }
    for (Scenario &s : p.scenarios)
        for (UncertaintyRange &r : s.uncertainties)
            if (targetKind(r.input) == kind)
                rename(r.target, from, to);
    return p;
}

} // namespace hp
