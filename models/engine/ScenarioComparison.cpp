#include "ScenarioComparison.h"

#include "engine/ScenarioEngine.h"

#include "engine/FigureCatalog.h"

#include <algorithm>

namespace hp {

namespace {
/// `r`'s monthly series placed on `months` (zero where r has no month).
MonthlyFigures aligned(const EngineResult &r, const std::vector<YearMonth> &months)
{
    MonthlyFigures out;
    const int offset = r.months.empty() || months.empty() ? 0 : r.months.front().monthsSince(months.front());
    for (const MonthlySeriesInfo &f : FigureCatalog::monthly()) {
        const auto series = f.series;
        std::vector<Decimal> &dst = out.*series;
        dst.assign(months.size(), Decimal());
        const std::vector<Decimal> &src = r.monthly.*series;
        for (std::size_t t = 0; t < src.size() && t < r.months.size(); ++t)
            dst[std::size_t(offset) + t] = src[t];
    }
    return out;
}
} // namespace

TotalFigures ScenarioComparison::difference(const TotalFigures &a, const TotalFigures &b)
{
    TotalFigures d;
    for (const TotalInfo &f : FigureCatalog::totals())
        d.*f.value = b.*f.value - a.*f.value;
    return d;
}

MonthlyFigures ScenarioComparison::difference(const MonthlyFigures &a, const MonthlyFigures &b)
{
    MonthlyFigures d;
    for (const MonthlySeriesInfo &f : FigureCatalog::monthly()) {
        const auto series = f.series;
        const std::vector<Decimal> &sa = a.*series, &sb = b.*series;
        std::vector<Decimal> &sd = d.*series;
        sd.resize(std::max(sa.size(), sb.size()));
        for (std::size_t t = 0; t < sd.size(); ++t)
            sd[t] = (t < sb.size() ? sb[t] : Decimal()) - (t < sa.size() ? sa[t] : Decimal());
    }
    return d;
}

ScenarioComparison ScenarioComparison::compare(const EngineResult &a, const EngineResult &b)
{
    if (a.currency != b.currency)
        throw EngineError(QStringLiteral("scenarios '%1' and '%2' are in different currencies (%3, %4)")
                              .arg(a.scenario, b.scenario, a.currency, b.currency));
    ScenarioComparison c;
    c.scenarioA = a.scenario;
    c.scenarioB = b.scenario;
    c.currency = a.currency;
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
    if (first)
        for (YearMonth m = *first; m <= *last; m = m.plusMonths(1))
            c.months.push_back(m);
    c.a = aligned(a, c.months);
    c.b = aligned(b, c.months);
    c.delta = difference(c.a, c.b);
    Decimal cumA, cumB;
    for (std::size_t t = 0; t < c.months.size(); ++t) {
        cumA += c.a.total[t];
        cumB += c.b.total[t];
        c.cumulativeA.push_back(cumA);
        c.cumulativeB.push_back(cumB);
        c.cumulativeDelta.push_back(cumB - cumA);
    }
    // From the horizon end backwards: the run of months in which the scenario
    // that is cheaper at the end stays strictly cheaper.
    if (!c.months.empty() && c.cumulativeA.back() != c.cumulativeB.back()) {
        const bool bCheaper = c.cumulativeB.back() < c.cumulativeA.back();
        const auto &lower = bCheaper ? c.cumulativeB : c.cumulativeA;
        const auto &higher = bCheaper ? c.cumulativeA : c.cumulativeB;
        std::size_t runStart = c.months.size() - 1;
        while (runStart > 0 && lower[runStart - 1] < higher[runStart - 1])
            --runStart;
        c.paysBack = bCheaper ? Payback::B : Payback::A;
        c.paysBackMonth = c.months[runStart];
    }
    return c;
}

QString ScenarioComparison::paybackScenario() const
{
    switch (paysBack) {
    case Payback::A: return scenarioA;
    case Payback::B: return scenarioB;
    case Payback::Neither: break;
    }
    return {};
}

QString ScenarioComparison::paybackSentence() const
{
    if (paysBack == Payback::Neither || !paysBackMonth)
        return QStringLiteral("Neither %1 nor %2 pays back against the other within the horizon").arg(scenarioA, scenarioB);
    const QString &other = paysBack == Payback::A ? scenarioB : scenarioA;
    if (*paysBackMonth == months.front())
        return QStringLiteral("%1 costs less than %2 in every month from the horizon start (%3)")
            .arg(paybackScenario(), other, paysBackMonth->toString());
    // "Pays back" only when it cost more first: cumulatively above the other in some
    // month before. Never above, it simply costs less from that month on.
    const auto &mine = paysBack == Payback::A ? cumulativeA : cumulativeB;
    const auto &theirs = paysBack == Payback::A ? cumulativeB : cumulativeA;
    bool costMoreFirst = false;
    for (std::size_t t = 0; t < months.size() && months[t] < *paysBackMonth; ++t)
        costMoreFirst = costMoreFirst || mine[t] > theirs[t];
    if (!costMoreFirst)
        return QStringLiteral("%1 never costs more than %2 and costs less from %3 on")
            .arg(paybackScenario(), other, paysBackMonth->toString());
    return QStringLiteral("%1 pays back against %2 in %3").arg(paybackScenario(), other, paysBackMonth->toString());
}

} // namespace hp
