#include "EngineInputs.h"

#include "engine/DemandRule.h"
#include "engine/PriceRule.h"
#include "engine/ScenarioEngine.h"
#include "engine/TotalsRule.h"

#include "domain/Jurisdiction.h"

#include <algorithm>

namespace hp {

EngineInputs::EngineInputs(const Project &project_, ResolvedScenario scenario_)
    : project(project_)
    , scenario(std::move(scenario_))
    , fx(project_)
    , T(scenario.months)
    , start(scenario.start)
{
    months.reserve(std::size_t(T));
    discountE18.reserve(std::size_t(T));
    for (int t = 0; t < T; ++t) {
        months.push_back(start.plusMonths(t));
        discountE18.push_back(Decimal::fromRaw(TotalsRule::discountFactorE18(scenario.discountRatePct, t)));
    }

    for (int i = 0; i < providerCount(); ++i) {
        providerIndex.insert(project.providers[std::size_t(i)].id, i);
        marketplaceProvider.push_back(project.providers[std::size_t(i)].kind == ProviderKind::Marketplace);
    }
    for (const Contract &c : project.contracts)
        contractProvider.push_back(providerIndex.value(c.providerId, -1));
    // Silicon names and units compare trimmed and case-folded: one id per distinct key.
    const auto key = [](const QString &name) { return name.trimmed().toCaseFolded(); };
    const auto idOf = [](QHash<QString, int> &ids, const QString &k) {
        auto it = ids.find(k);
        if (it == ids.end())
            it = ids.insert(k, int(ids.size()));
        return it.value();
    };
    QHash<QString, int> siliconIds;
    QHash<QString, int> unitIds;
    for (int i = 0; i < offeringCount(); ++i) {
        const Offering &o = project.offerings[std::size_t(i)];
        offeringIndex.insert(o.id, i);
        offeringSilicon.push_back(idOf(siliconIds, key(o.silicon)));
        offeringUnit.push_back(idOf(unitIds, key(o.unit)));
        offeringProvider.push_back(providerIndex.value(o.providerId, -1));
    }
    for (const Workload &wl : project.workloads)
        workloadUnit.push_back(unitIds.value(key(wl.unit), -1));
    unitCount = int(unitIds.size());
    price.resize(project.offerings.size());
    m_derivedOfferings.resize(project.offerings.size());
    for (std::size_t o = 0; o < project.offerings.size(); ++o)
        deriveOffering(o);
    units.resize(project.workloads.size());
    revenue.resize(project.workloads.size());
    m_derivedWorkloads.resize(project.workloads.size());
    for (int w = 0; w < workloadCount(); ++w) {
        workloadIndex.insert(project.workloads[std::size_t(w)].id, w);
        deriveWorkload(std::size_t(w));
    }
    residencyAdmits.resize(project.workloads.size());
    for (std::size_t w = 0; w < project.workloads.size(); ++w)
        deriveResidency(w);

    timeline.resize(std::size_t(workloadCount()));
    inForce.assign(std::size_t(workloadCount()), std::vector<int>(std::size_t(T), -1));
    for (auto it = scenario.timelines.cbegin(); it != scenario.timelines.cend(); ++it) {
        const int w = workloadIndex.value(it.key(), -1);
        if (w < 0)
            throw EngineError(QStringLiteral("scenario '%1' places unknown workload '%2'").arg(scenario.name, it.key()));
        auto &resolved = timeline[std::size_t(w)];
        for (const Placement &p : it.value()) {
            ResolvedPlacement rp{p.from, p.dualRunMonths, {}, {}, {}};
            for (const Allocation &a : p.allocations) {
                const int o = offeringIndex.value(a.offeringId, -1);
                if (o < 0 || offeringProvider[std::size_t(o)] < 0)
                    throw EngineError(QStringLiteral("placement of '%1' from %2 names unknown offering '%3'")
                                          .arg(it.key(), p.from.toString(), a.offeringId));
                rp.shares.emplace_back(o, a.sharePct);
            }
            rp.byProvider.assign(std::size_t(providerCount()), Decimal());
            for (const auto &[o, share] : rp.shares) {
                rp.byProvider[std::size_t(offeringProvider[std::size_t(o)])] += share;
                if (share.isPositive())
                    rp.siliconIds.push_back(offeringSilicon[std::size_t(o)]);
            }
            std::sort(rp.siliconIds.begin(), rp.siliconIds.end());
            rp.siliconIds.erase(std::unique(rp.siliconIds.begin(), rp.siliconIds.end()), rp.siliconIds.end());
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

void EngineInputs::deriveWorkload(std::size_t w)
{
    const Workload &wl = project.workloads[w];
    units[w] = DemandRule::series(wl.monthlyUnits, wl.monthlyGrowthPct, T);
    revenue[w] = DemandRule::series(wl.monthlyRevenue, wl.revenueGrowthPct, T);
    m_derivedWorkloads[w] = wl;
}

void EngineInputs::deriveOffering(std::size_t o)
{
    price[o] = PriceRule::series(project.offerings[o], start, T);
    m_derivedOfferings[o] = project.offerings[o];
}

void EngineInputs::deriveResidency(std::size_t w)
{
    const QStringList &residency = project.workloads[w].residency;
    auto &row = residencyAdmits[w];
    row.assign(project.offerings.size(), true);
    if (!residency.isEmpty())
        for (std::size_t o = 0; o < project.offerings.size(); ++o)
            row[o] = Jurisdiction::admits(residency, project.offerings[o].jurisdiction);
}

void EngineInputs::refresh()
{
    Q_ASSERT(project.workloads.size() == m_derivedWorkloads.size() && project.offerings.size() == m_derivedOfferings.size());
    bool jurisdictionChanged = false;
    for (std::size_t o = 0; o < m_derivedOfferings.size(); ++o)
        if (!(project.offerings[o] == m_derivedOfferings[o])) {
            jurisdictionChanged = jurisdictionChanged || project.offerings[o].jurisdiction != m_derivedOfferings[o].jurisdiction;
            deriveOffering(o);
        }
    for (std::size_t w = 0; w < m_derivedWorkloads.size(); ++w)
        if (!(project.workloads[w] == m_derivedWorkloads[w])) {
            const bool residencyChanged = project.workloads[w].residency != m_derivedWorkloads[w].residency;
            deriveWorkload(w);
            if (residencyChanged && !jurisdictionChanged)
                deriveResidency(w);
        }
    if (jurisdictionChanged)
        for (std::size_t w = 0; w < m_derivedWorkloads.size(); ++w)
            deriveResidency(w);
}

} // namespace hp
