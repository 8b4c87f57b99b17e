#include "TotalsRule.h"

#include <cmath>
#include <map>

namespace hp {

namespace {
Decimal sum(const std::vector<Decimal> &values)
{
    Decimal s;
    for (Decimal v : values)
        s += v;
    return s;
}
} // namespace

void TotalsRule::addSpend(const EngineInputs &, const std::vector<SpendLine> &lines, EngineResult &result)
{
    for (const SpendLine &l : lines) {
        result.monthly.listSpend[std::size_t(l.t)] += l.list;
        result.monthly.spend[std::size_t(l.t)] += l.spend;
        ProviderResult &pr = result.providers[std::size_t(l.p)];
        pr.listSpend += l.list;
        pr.spend += l.spend;
        pr.monthlySpend[std::size_t(l.t)] += l.spend;
    }
}

Int128 TotalsRule::discountFactorE18(Decimal annualRatePct, int t)
{
    // Double precision, as docs/rules.md §9 allows: the factor's error (~1e-16
    // relative) moves no NPV by a cent. Scaled to 1e-18 and used exactly.
    const double factor = std::pow(1.0 + annualRatePct.toDouble() / 100.0, -double(t) / 12.0);
    return static_cast<Int128>(static_cast<long double>(factor) * 1e18L + 0.5L);
}

void TotalsRule::sumUp(const EngineInputs &in, EngineResult &result)
{
    MonthlyFigures &m = result.monthly;
    TotalFigures &tot = result.totals;
    const Decimal e18 = Decimal::fromRaw(Int128(1'000'000'000'000'000'000LL));
    for (std::size_t t = 0; t < std::size_t(in.T); ++t) {
        m.switching[t] = m.egress[t] + m.reengineering[t] + m.dualRun[t] + m.termination[t];
        m.total[t] = m.spend[t] + m.shortfall[t] + m.revenueShare[t] + m.egress[t] + m.reengineering[t] + m.termination[t]
            + m.settlement[t];
        m.riskAdjustedTotal[t] = m.total[t] + m.expectedExposure[t] + m.revenueAtRisk[t];
        if (!m.total[t].isZero())
            tot.npv += m.total[t].mulDiv(in.discountE18[t], e18);
    }
    tot.listSpend = sum(m.listSpend);
    tot.spend = sum(m.spend);
    tot.discount = tot.listSpend - tot.spend;
    tot.shortfall = sum(m.shortfall);
    tot.revenueShareDue = sum(m.revenueShareDue);
    tot.revenueSharePaid = sum(m.revenueShare);
    tot.capSaving = tot.revenueShareDue - tot.revenueSharePaid;
    tot.egress = sum(m.egress);
    tot.reengineering = sum(m.reengineering);
    tot.dualRun = sum(m.dualRun);
    tot.termination = sum(m.termination);
    tot.switching = sum(m.switching);
    tot.total = sum(m.total);
    tot.grossExposure = sum(m.grossExposure);
    tot.expectedExposure = sum(m.expectedExposure);
    tot.settlement = sum(m.settlement);
    tot.revenueAtRisk = sum(m.revenueAtRisk);
    tot.riskAdjustedTotal = sum(m.riskAdjustedTotal);
}

void TotalsRule::unitCosts(const EngineInputs &in, const std::vector<SpendLine> &lines, EngineResult &result)
{
    // One series per class and unit as written on the workload, in key order.
    std::map<std::pair<int, QString>, int> keys;
    for (const Workload &wl : in.project.workloads)
        keys.emplace(std::pair<int, QString>{int(wl.cls), wl.unit}, 0);
    int next = 0;
    for (auto &[key, index] : keys)
        index = next++;
    std::vector<int> slotOf;
    for (const Workload &wl : in.project.workloads)
        slotOf.push_back(keys.at({int(wl.cls), wl.unit}));

    const auto T = std::size_t(in.T);
    std::vector<std::vector<Decimal>> spend(keys.size(), std::vector<Decimal>(T));
    std::vector<std::vector<Decimal>> units(keys.size(), std::vector<Decimal>(T));
    for (const SpendLine &l : lines)
        spend[std::size_t(slotOf[std::size_t(l.w)])][std::size_t(l.t)] += l.spend;
    for (int w = 0; w < in.workloadCount(); ++w)
        for (int t = 0; t < in.T; ++t)
            if (in.placementAt(w, t))
                units[std::size_t(slotOf[std::size_t(w)])][std::size_t(t)] += in.units[std::size_t(w)][std::size_t(t)];
    for (const SpendLine &l : lines) // served units only (§11.2)
        if (!l.dualRun && !l.unservedUnits.isZero())
            units[std::size_t(slotOf[std::size_t(l.w)])][std::size_t(l.t)] -= l.unservedUnits;
    for (const auto &[key, index] : keys) {
        const auto i = std::size_t(index);
        bool ran = false;
        UnitCostSeries s{WorkloadClass(key.first), key.second, {}};
        for (std::size_t t = 0; t < T; ++t) {
            ran = ran || units[i][t].isPositive();
            if (units[i][t].isPositive())
                s.unitCost.push_back(spend[i][t] / units[i][t]);
            else
                s.unitCost.push_back(std::nullopt);
        }
        if (ran)
            result.unitCosts.push_back(std::move(s));
    }
}

} // namespace hp
