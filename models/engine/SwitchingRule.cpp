#include "SwitchingRule.h"

#include "engine/EgressPricing.h"

#include <algorithm>
#include <map>

namespace hp {

namespace {
struct EgressContribution {
    int event = -1;
    Decimal gb;
};

std::map<int, Decimal> sharesByOffering(const ResolvedPlacement &p)
{
    std::map<int, Decimal> out;
    for (const auto &[o, share] : p.shares)
        out[o] += share;
    return out;
}
} // namespace

bool SwitchingRule::egressWaived(int p, YearMonth m) const
{
    const Provider &provider = m_in.project.providers[std::size_t(p)];
    if (provider.exitEgressWaived)
        return true;
    for (std::size_t k = 0; k < m_in.project.contracts.size(); ++k) {
        const Contract &c = m_in.project.contracts[k];
        if (m_in.contractProvider[k] != p)
            continue;
        for (const DatedClause &dc : c.datedClauses)
            if (dc.waivesExitEgress && dc.start.value_or(c.start) <= m && m <= dc.end.value_or(c.end))
                return true;
    }
    return false;
}

Decimal SwitchingRule::newSiliconShare(const std::vector<std::pair<int, Decimal>> &arriving,
                                       const ResolvedPlacement &old) const
{
    Decimal sum;
    for (const auto &[o, share] : arriving)
        if (isNewSilicon(o, old))
            sum += share;
    return sum;
}

bool SwitchingRule::isNewSilicon(int offering, const ResolvedPlacement &old) const
{
    return !std::binary_search(old.siliconIds.begin(), old.siliconIds.end(), m_in.offeringSilicon[std::size_t(offering)]);
}

Decimal SwitchingRule::reengineeringCost(int w, Decimal newSiliconSharePct) const
{
    if (newSiliconSharePct.isZero())
        return Decimal();
    const Workload &wl = m_in.project.workloads[std::size_t(w)];
    return Decimal::percentProduct({wl.reengineeringPersonMonths, wl.costPerPersonMonth, newSiliconSharePct});
}

void SwitchingRule::apply(std::vector<SpendLine> &lines, EngineResult &result) const
{
    const int P = m_in.providerCount();
    std::vector<std::vector<Decimal>> gbTotal(std::size_t(P), std::vector<Decimal>(std::size_t(m_in.T)));
    std::vector<std::vector<std::vector<EgressContribution>>> contributions(
        std::size_t(P), std::vector<std::vector<EgressContribution>>(std::size_t(m_in.T)));

    for (int w = 0; w < m_in.workloadCount(); ++w) {
        const auto &timeline = m_in.timeline[std::size_t(w)];
        const Workload &wl = m_in.project.workloads[std::size_t(w)];
        for (std::size_t k = 1; k < timeline.size(); ++k) {
            const ResolvedPlacement &oldP = timeline[k - 1];
            const ResolvedPlacement &newP = timeline[k];
            const int tc = m_in.monthIndex(newP.from);
            const ProviderShares &oldByProvider = m_in.providerShares(oldP);
            const ProviderShares &newByProvider = m_in.providerShares(newP);
            std::vector<Decimal> leaving(static_cast<std::size_t>(P));
            for (int a = 0; a < P; ++a)
                leaving[std::size_t(a)] = Decimal::max(Decimal(), oldByProvider[std::size_t(a)] - newByProvider[std::size_t(a)]);
            const auto oldByOffering = sharesByOffering(oldP);
            std::vector<std::pair<int, Decimal>> arriving;
            for (const auto &[o, share] : sharesByOffering(newP)) {
                auto it = oldByOffering.find(o);
                const Decimal a = share - (it == oldByOffering.end() ? Decimal() : it->second);
                if (a.isPositive())
                    arriving.emplace_back(o, a);
            }

            int event = -1;
            if (tc >= 0 && tc < m_in.T) {
                event = int(result.switches.size());
                SwitchEvent ev{wl.id, newP.from, tc, {}, {}, {}};
                for (int a = 0; a < P; ++a) {
                    if (!leaving[std::size_t(a)].isPositive() || wl.storedGb.isZero())
                        continue;
                    const Decimal gb = Decimal::percentProduct({wl.storedGb, leaving[std::size_t(a)]});
                    gbTotal[std::size_t(a)][std::size_t(tc)] += gb;
                    contributions[std::size_t(a)][std::size_t(tc)].push_back({event, gb});
                }
                ev.reengineering = reengineeringCost(w, newSiliconShare(arriving, oldP));
                result.monthly.reengineering[std::size_t(tc)] += ev.reengineering;
                result.switches.push_back(ev);
            }

            for (int t = std::max(tc, 0); t < std::min(tc + newP.dualRunMonths, m_in.T); ++t) {
                for (const auto &[o, share] : oldP.shares) {
                    const int a = m_in.offeringProvider[std::size_t(o)];
                    if (!leaving[std::size_t(a)].isPositive() || !share.isPositive())
                        continue;
                    // units × leaving_A × old_o ÷ Σ old_A × price, the pro-rata share
                    // not rounded on its own: one product, rounded once.
                    const Decimal list = Decimal::productOver({m_in.units[std::size_t(w)][std::size_t(t)], leaving[std::size_t(a)],
                                                               share, m_in.price[std::size_t(o)][std::size_t(t)]},
                                                              oldByProvider[std::size_t(a)], 1);
                    // The dual-run share in points, for rationing and residency only
                    // (rounded to 1e-9 points; the money above does not use it).
                    const Decimal dualShare = leaving[std::size_t(a)].mulDiv(share, oldByProvider[std::size_t(a)]);
                    lines.push_back({w, o, a, t, list, list, true, event, dualShare});
                }
            }
        }
    }

    for (int a = 0; a < P; ++a) {
        for (int t = 0; t < m_in.T; ++t) {
            const Decimal gb = gbTotal[std::size_t(a)][std::size_t(t)];
            if (!gb.isPositive() || egressWaived(a, m_in.months[std::size_t(t)]))
                continue;
            const Decimal cost = EgressPricing::cost(m_in.project.providers[std::size_t(a)].egressTiers, gb);
            result.monthly.egress[std::size_t(t)] += cost;
            for (const EgressContribution &c : contributions[std::size_t(a)][std::size_t(t)])
                result.switches[std::size_t(c.event)].egress += cost.mulDiv(c.gb, gb);
        }
    }
}

void SwitchingRule::attributeDualRun(const std::vector<SpendLine> &lines, EngineResult &result)
{
    for (const SpendLine &line : lines) {
        if (!line.dualRun)
            continue;
        result.monthly.dualRun[std::size_t(line.t)] += line.spend;
        if (line.switchEvent >= 0)
            result.switches[std::size_t(line.switchEvent)].dualRun += line.spend;
    }
}

} // namespace hp
