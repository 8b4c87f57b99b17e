#include "RevenueShareRule.h"

#include <array>

namespace hp {

namespace {

using ByClass = std::array<Decimal, 6>;

/// Revenue per month and class: in total (scope `any`), and × the share placed
/// on each provider (scope `on_counterparty`), computed once for all clauses.
struct RevenueBases {
    std::vector<ByClass> total;                  ///< [t]
    std::vector<std::vector<ByClass>> onProvider; ///< [p][t], filled on first use

    explicit RevenueBases(const EngineInputs &in)
        : total(std::size_t(in.T))
    {
        for (int w = 0; w < in.workloadCount(); ++w) {
            const auto cls = std::size_t(in.project.workloads[std::size_t(w)].cls);
            for (int t = 0; t < in.T; ++t)
                total[std::size_t(t)][cls] += in.revenue[std::size_t(w)][std::size_t(t)];
        }
    }

    const std::vector<ByClass> &placedOn(const EngineInputs &in, int provider)
    {
        if (onProvider.empty()) {
            onProvider.assign(std::size_t(in.providerCount()), std::vector<ByClass>(std::size_t(in.T)));
            for (int w = 0; w < in.workloadCount(); ++w) {
                const auto cls = std::size_t(in.project.workloads[std::size_t(w)].cls);
                for (int t = 0; t < in.T; ++t) {
                    const ResolvedPlacement *pl = in.placementAt(w, t);
                    if (!pl)
                        continue;
                    const Decimal revenue = in.revenue[std::size_t(w)][std::size_t(t)];
                    const ProviderShares &shares = in.providerShares(*pl);
                    for (std::size_t p = 0; p < shares.size(); ++p)
                        if (shares[p].isPositive())
                            onProvider[p][std::size_t(t)][cls] += Decimal::percentProduct({revenue, shares[p]});
                }
            }
        }
        return onProvider[std::size_t(provider)];
    }
};

Decimal sumOver(const ByClass &byClass, const std::array<bool, 6> &classes)
{
    Decimal s;
    for (std::size_t c = 0; c < classes.size(); ++c)
        if (classes[c])
            s += byClass[c];
    return s;
}

} // namespace

void RevenueShareRule::apply(const EngineInputs &in, EngineResult &result)
{
    std::optional<RevenueBases> bases;
    for (const Contract &c : in.project.contracts) {
        const int counterparty = in.providerIndex.value(c.providerId, -1);
        for (std::size_t k = 0; k < c.revenueShares.size(); ++k) {
            const RevenueShareClause &rs = c.revenueShares[k];
            if (!bases)
                bases.emplace(in);
            std::array<bool, 6> classes{};
            for (WorkloadClass cls : rs.baseClasses)
                classes[std::size_t(cls)] = true;
            const std::vector<ByClass> *base = &bases->total;
            if (rs.scope == PlacementScope::OnCounterparty)
                base = counterparty >= 0 ? &bases->placedOn(in, counterparty) : nullptr;
            RevenueShareResult r;
            r.contractId = c.id;
            r.clauseIndex = int(k);
            r.sunset = rs.sunset;
            r.due.assign(std::size_t(in.T), Decimal());
            r.paid.assign(std::size_t(in.T), Decimal());
            std::optional<Decimal> remainingTotal;
            if (rs.capTotal) {
                r.capTotal = in.fx.toReporting(*rs.capTotal, c.currency);
                remainingTotal = r.capTotal;
            }
            std::optional<Decimal> yearCap;
            if (rs.capPerYear)
                yearCap = in.fx.toReporting(*rs.capPerYear, c.currency);
            int currentYear = 0;
            Decimal paidThisYear; // months run in order, so one running total suffices

            for (int t = 0; t < in.T; ++t) {
                const YearMonth m = in.months[std::size_t(t)];
                if (m < rs.start || m > rs.sunset)
                    continue;
                if (m.year() != currentYear) {
                    currentYear = m.year();
                    paidThisYear = Decimal();
                }
                const Decimal due = base ? Decimal::percentProduct({rs.ratePct, sumOver((*base)[std::size_t(t)], classes)}) : Decimal();
                Decimal paid = Decimal::max(Decimal(), due);
                if (remainingTotal)
                    paid = Decimal::min(paid, *remainingTotal);
                if (yearCap)
                    paid = Decimal::min(paid, Decimal::max(Decimal(), *yearCap - paidThisYear));
                if (remainingTotal)
                    *remainingTotal -= paid;
                paidThisYear += paid;
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
