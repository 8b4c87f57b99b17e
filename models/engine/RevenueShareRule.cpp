#include "RevenueShareRule.h"

#include <map>

namespace hp {

void RevenueShareRule::apply(const EngineInputs &in, EngineResult &result)
{
    for (const Contract &c : in.project.contracts) {
        const int counterparty = in.providerIndex.value(c.providerId, -1);
        for (std::size_t k = 0; k < c.revenueShares.size(); ++k) {
            const RevenueShareClause &rs = c.revenueShares[k];
            RevenueShareResult r;
            r.contractId = c.id;
            r.clauseIndex = int(k);
            r.sunset = rs.sunset;
            r.due.assign(std::size_t(in.T), Decimal());
            r.paid.assign(std::size_t(in.T), Decimal());
            const Decimal rate = rs.ratePct.percentToFraction();
            std::optional<Decimal> remainingTotal;
            if (rs.capTotal) {
                r.capTotal = in.fx.toReporting(*rs.capTotal, c.currency);
                remainingTotal = r.capTotal;
            }
            std::optional<Decimal> yearCap;
            if (rs.capPerYear)
                yearCap = in.fx.toReporting(*rs.capPerYear, c.currency);
            std::map<int, Decimal> paidInYear;

            for (int t = 0; t < in.T; ++t) {
                const YearMonth m = in.months[std::size_t(t)];
                if (m < rs.start || m > rs.sunset)
                    continue;
                Decimal due;
                for (int w = 0; w < in.workloadCount(); ++w) {
                    if (!rs.baseClasses.contains(in.project.workloads[std::size_t(w)].cls))
                        continue;
                    const Decimal revenue = in.revenue[std::size_t(w)][std::size_t(t)];
                    if (rs.scope == PlacementScope::Any) {
                        due += rate * revenue;
                        continue;
                    }
                    const ResolvedPlacement *pl = in.placementAt(w, t);
                    if (!pl)
                        continue;
                    const Decimal share = in.providerShares(*pl)[std::size_t(counterparty)];
                    if (share.isPositive())
                        due += Decimal::product({rate, revenue, share});
                }
                Decimal paid = Decimal::max(Decimal(), due);
                if (remainingTotal)
                    paid = Decimal::min(paid, *remainingTotal);
                if (yearCap)
                    paid = Decimal::min(paid, Decimal::max(Decimal(), *yearCap - paidInYear[m.year()]));
                if (remainingTotal)
                    *remainingTotal -= paid;
                paidInYear[m.year()] += paid;
                r.due[std::size_t(t)] = due;
                r.paid[std::size_t(t)] = paid;
                r.totalDue += due;
                r.totalPaid += paid;
                result.monthly.revenueShareDue[std::size_t(t)] += due;
                result.monthly.revenueShare[std::size_t(t)] += paid;
            }
            result.revenueShares.push_back(std::move(r));
        }
    }
}

} // namespace hp
