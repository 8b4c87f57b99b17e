#include "RevenueShareRule.h"

#include <array>

namespace hp {

namespace {

/// Σ revenue per month and class, for clauses of scope `any`.
std::vector<std::array<Decimal, 6>> revenueByClass(const EngineInputs &in)
{
    std::vector<std::array<Decimal, 6>> out(std::size_t(in.T));
    for (int w = 0; w < in.workloadCount(); ++w) {
        const auto cls = std::size_t(in.project.workloads[std::size_t(w)].cls);
        for (int t = 0; t < in.T; ++t)
            out[std::size_t(t)][cls] += in.revenue[std::size_t(w)][std::size_t(t)];
    }
    return out;
}

/// Base revenue of one clause in month t (DOMAIN.md §4.6).
Decimal baseRevenue(const EngineInputs &in, const RevenueShareClause &rs, int counterparty, int t,
                    const std::array<Decimal, 6> &byClass)
{
    Decimal base;
    if (rs.scope == PlacementScope::Any) {
        for (WorkloadClass c : rs.baseClasses)
            base += byClass[std::size_t(c)];
        return base;
    }
    if (counterparty < 0)
        return base;
    for (int w = 0; w < in.workloadCount(); ++w) {
        if (!rs.baseClasses.contains(in.project.workloads[std::size_t(w)].cls))
            continue;
        const ResolvedPlacement *pl = in.placementAt(w, t);
        if (!pl)
            continue;
        const Decimal share = in.providerShares(*pl)[std::size_t(counterparty)];
        if (share.isPositive())
            base += in.revenue[std::size_t(w)][std::size_t(t)] * share;
    }
    return base;
}

} // namespace

void RevenueShareRule::apply(const EngineInputs &in, EngineResult &result)
{
    std::vector<std::array<Decimal, 6>> byClass;
    for (const Contract &c : in.project.contracts) {
        const int counterparty = in.providerIndex.value(c.providerId, -1);
        for (std::size_t k = 0; k < c.revenueShares.size(); ++k) {
            const RevenueShareClause &rs = c.revenueShares[k];
            if (byClass.empty())
                byClass = revenueByClass(in);
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
                const Decimal due = rate * baseRevenue(in, rs, counterparty, t, byClass[std::size_t(t)]);
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
