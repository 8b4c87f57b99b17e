#include "EngineInputs.h"

#include "engine/DemandRule.h"
#include "engine/PriceRule.h"
#include "engine/ScenarioEngine.h"

namespace hp {

EngineInputs::EngineInputs(const Project &project_, ResolvedScenario scenario_)
    : project(project_)
    , scenario(std::move(scenario_))
    , fx(project_)
    , T(scenario.months)
    , start(scenario.start)
{
    months.reserve(std::size_t(T));
    for (int t = 0; t < T; ++t)
        months.push_back(start.plusMonths(t));

    for (int i = 0; i < providerCount(); ++i) {
        providerIndex.insert(project.providers[std::size_t(i)].id, i);
        marketplaceProvider.push_back(project.providers[std::size_t(i)].kind == ProviderKind::Marketplace);
    }
    for (int i = 0; i < offeringCount(); ++i) {
        const Offering &o = project.offerings[std::size_t(i)];
        offeringIndex.insert(o.id, i);
        offeringProvider.push_back(providerIndex.value(o.providerId, -1));
        price.push_back(PriceRule::series(o, start, T));
    }
    for (int w = 0; w < workloadCount(); ++w) {
        const Workload &wl = project.workloads[std::size_t(w)];
        workloadIndex.insert(wl.id, w);
        units.push_back(DemandRule::series(wl.monthlyUnits, wl.monthlyGrowthPct, T));
        revenue.push_back(DemandRule::series(wl.monthlyRevenue, wl.revenueGrowthPct, T));
    }

    timeline.resize(std::size_t(workloadCount()));
    inForce.assign(std::size_t(workloadCount()), std::vector<int>(std::size_t(T), -1));
    for (auto it = scenario.timelines.cbegin(); it != scenario.timelines.cend(); ++it) {
        const int w = workloadIndex.value(it.key(), -1);
        if (w < 0)
            throw EngineError(QStringLiteral("scenario '%1' places unknown workload '%2'").arg(scenario.name, it.key()));
        auto &resolved = timeline[std::size_t(w)];
        for (const Placement &p : it.value()) {
            ResolvedPlacement rp{p.from, p.dualRunMonths, {}};
            for (const Allocation &a : p.allocations) {
                const int o = offeringIndex.value(a.offeringId, -1);
                if (o < 0 || offeringProvider[std::size_t(o)] < 0)
                    throw EngineError(QStringLiteral("placement of '%1' from %2 names unknown offering '%3'")
                                          .arg(it.key(), p.from.toString(), a.offeringId));
                rp.shares.emplace_back(o, a.sharePct.percentToFraction());
            }
            resolved.push_back(std::move(rp));
        }
        std::size_t k = 0;
        int current = -1;
        for (int t = 0; t < T; ++t) {
            while (k < resolved.size() && resolved[k].from <= months[std::size_t(t)])
                current = int(k++);
            inForce[std::size_t(w)][std::size_t(t)] = current;
        }
    }
}

const ResolvedPlacement *EngineInputs::placementAt(int w, int t) const
{
    const int k = inForce[std::size_t(w)][std::size_t(t)];
    return k < 0 ? nullptr : &timeline[std::size_t(w)][std::size_t(k)];
}

ProviderShares EngineInputs::providerShares(const ResolvedPlacement &p) const
{
    ProviderShares out(static_cast<std::size_t>(providerCount()));
    for (const auto &[o, share] : p.shares)
        out[std::size_t(offeringProvider[std::size_t(o)])] += share;
    return out;
}

} // namespace hp
