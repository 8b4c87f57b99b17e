#include "ScenarioComparison.h"

#include <algorithm>

namespace hp {

namespace {
constexpr Decimal TotalFigures::*kTotalFields[] = {
    &TotalFigures::listSpend, &TotalFigures::spend, &TotalFigures::discount, &TotalFigures::shortfall,
    &TotalFigures::projectedShortfall, &TotalFigures::revenueShareDue, &TotalFigures::revenueSharePaid,
    &TotalFigures::capSaving, &TotalFigures::egress, &TotalFigures::reengineering, &TotalFigures::dualRun,
    &TotalFigures::termination, &TotalFigures::switching, &TotalFigures::total, &TotalFigures::npv,
    &TotalFigures::grossExposure, &TotalFigures::expectedExposure};

Decimal totalAt(const EngineResult &r, YearMonth m)
{
    if (r.months.empty())
        return Decimal();
    const int t = m.monthsSince(r.months.front());
    return (t >= 0 && t < int(r.months.size())) ? r.monthly.total[std::size_t(t)] : Decimal();
}
} // namespace

TotalFigures ScenarioComparison::difference(const TotalFigures &a, const TotalFigures &b)
{
    TotalFigures d;
    for (auto field : kTotalFields)
        d.*field = b.*field - a.*field;
    return d;
}

ScenarioComparison ScenarioComparison::compare(const EngineResult &a, const EngineResult &b)
{
    ScenarioComparison c;
    c.scenarioA = a.scenario;
    c.scenarioB = b.scenario;
    c.totalsA = a.totals;
    c.totalsB = b.totals;
    c.totalsDelta = difference(a.totals, b.totals);
    std::optional<YearMonth> first, last;
    for (const EngineResult *r : {&a, &b}) {
        if (r->months.empty())
            continue;
        first = first ? std::min(*first, r->months.front()) : r->months.front();
        last = last ? std::max(*last, r->months.back()) : r->months.back();
    }
    if (!first)
        return c;
    Decimal cumA, cumB;
    for (YearMonth m = *first; m <= *last; m = m.plusMonths(1)) {
        const Decimal ta = totalAt(a, m), tb = totalAt(b, m);
        cumA += ta;
        cumB += tb;
        c.months.push_back(m);
        c.totalA.push_back(ta);
        c.totalB.push_back(tb);
        c.delta.push_back(tb - ta);
        c.cumulativeA.push_back(cumA);
        c.cumulativeB.push_back(cumB);
        if (!c.breakEven && cumB < cumA)
            c.breakEven = m;
    }
    return c;
}

} // namespace hp
