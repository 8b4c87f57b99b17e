#include "ExecutiveSummary.h"

#include "engine/ScenarioComparison.h"
#include "money/MoneyFormat.h"
#include "report/AxisLabelFormat.h"
#include "report/ChartFrame.h"

#include <QCoreApplication>

#include <algorithm>

namespace hp {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hp::ExecutiveSummary", text);
}

ScenarioCard cardOf(const EngineResult &r)
{
    ScenarioCard c;
    c.scenario = r.scenario;
    c.total = r.totals.total;
    c.npv = r.totals.npv;
    c.switching = r.totals.switching;
    c.expectedExposure = r.totals.expectedExposure;
    c.riskAdjustedTotal = r.totals.riskAdjustedTotal;
    c.revenueAtRisk = r.totals.revenueAtRisk;
    c.hhi = ExecutiveSummary::average(r.monthly.hhi);
    c.singleHomedShare = ExecutiveSummary::average(r.monthly.singleHomedShare);
    for (const ProviderResult &p : r.providers)
        for (const CommitmentYearResult &y : p.commitments)
            for (const Decimal s : {y.shortfall, y.projectedShortfall})
                if (s > c.worstShortfall) {
                    c.worstShortfall = s;
                    c.worstShortfallContract = y.contractId;
                }
    return c;
}

double toDouble(Decimal v) // chart geometry only
{
    return v.toDouble();
}

} // namespace

Decimal ExecutiveSummary::average(const std::vector<Decimal> &monthly)
{
    Decimal sum;
    for (const Decimal v : monthly)
        sum += v;
    return monthly.empty() ? Decimal() : sum / Decimal::fromInt(qint64(monthly.size()));
}

ExecutiveSummary ExecutiveSummary::build(const std::vector<EvaluatedScenario> &scenarios, const QString &currency)
{
    ExecutiveSummary s;
    s.currency = currency;
    if (scenarios.empty())
        return s;
    s.baseline = scenarios.front().scenario;
    const EngineResult *baseline = scenarios.front().result;
    std::vector<ScenarioCard> failed;
    for (const EvaluatedScenario &e : scenarios) {
        if (!e.result) {
            ScenarioCard c;
            c.scenario = e.scenario;
            c.error = e.error;
            failed.push_back(c);
            continue;
        }
        ScenarioCard c = cardOf(*e.result);
        if (baseline && e.result != baseline && e.result->currency == baseline->currency)
            c.payback = ScenarioComparison::compare(*baseline, *e.result).paybackSentence();
        s.cards.push_back(c);
    }
    std::stable_sort(s.cards.begin(), s.cards.end(), [](const ScenarioCard &a, const ScenarioCard &b) { return a.total < b.total; });
    for (std::size_t i = 0; i < s.cards.size(); ++i) {
        ScenarioCard &c = s.cards[i];
        // Equal totals share a rank.
        c.rank = i > 0 && c.total == s.cards[i - 1].total ? s.cards[i - 1].rank : int(i) + 1;
        c.cheapest = c.rank == 1;
        c.aboveCheapest = c.total - s.cards.front().total;
    }

    const QString symbol = AxisLabelFormat::currencySymbol(currency);
    if (!s.cards.empty()) {
        const ScenarioCard &best = s.cards.front();
        const auto base = std::find_if(s.cards.begin(), s.cards.end(), [&s](const ScenarioCard &c) { return c.scenario == s.baseline; });
        if (s.cards.size() == 1)
            s.headline = tr("%1: %2 total cost.").arg(best.scenario, MoneyFormat::compact(best.total, symbol));
        else if (base == s.cards.end() || base->scenario == best.scenario)
            s.headline = tr("%1 is the cheapest plan: %2, %3 below the next (%4).")
                             .arg(best.scenario, MoneyFormat::compact(best.total, symbol),
                                  MoneyFormat::compact(s.cards[1].total - best.total, symbol), s.cards[1].scenario);
        else
            s.headline = tr("%1 is the cheapest plan: %2, %3 below %4.")
                             .arg(best.scenario, MoneyFormat::compact(best.total, symbol),
                                  MoneyFormat::compact(base->total - best.total, symbol), base->scenario);
    }
    if (s.cards.size() > 1) {
        // §11.5: settling and rationing compare fairly only on the risk-adjusted total.
        const auto safest = std::min_element(s.cards.begin(), s.cards.end(), [](const ScenarioCard &a, const ScenarioCard &b) {
            return a.riskAdjustedTotal < b.riskAdjustedTotal;
        });
        if (safest->riskAdjustedTotal < s.cards.front().riskAdjustedTotal)
            s.headline += u' ' + tr("With exposure and revenue at risk, %1 is lowest: %2 risk-adjusted.")
                                     .arg(safest->scenario, MoneyFormat::compact(safest->riskAdjustedTotal, symbol));
    }
    s.cards.insert(s.cards.end(), failed.begin(), failed.end());

    ChartData &chart = s.chart;
    chart.kind = ChartKind::ScenarioComparison;
    chart.title = tr("Total cost and risk by scenario");
    chart.subtitle = tr("Bar height: the risk-adjusted total (total + expected exposure + revenue at risk)");
    chart.categoriesAreMonths = false;
    chart.categoryTitle = tr("Scenario, cheapest first");
    chart.currency = currency;
    chart.unit = ValueUnit::Money;
    chart.valueTitle = tr("Over the horizon (%1)").arg(currency);
    ChartSeries total = ChartFrame::series(tr("Total cost"), QStringLiteral("scenario:A"), SeriesStyle::StackedBar, {});
    ChartSeries exposure = ChartFrame::series(tr("Expected exposure"), QStringLiteral("component:exposure"), SeriesStyle::StackedBar, {});
    ChartSeries atRisk = ChartFrame::series(tr("Revenue at risk"), QStringLiteral("component:revenue-at-risk"), SeriesStyle::StackedBar, {});
    for (const ScenarioCard &c : s.cards) {
        if (!c.error.isEmpty())
            continue;
        chart.categories << c.scenario;
        total.values.push_back(toDouble(c.total));
        exposure.values.push_back(toDouble(c.expectedExposure));
        atRisk.values.push_back(toDouble(c.revenueAtRisk));
    }
    chart.series = {total, exposure, atRisk};
    if (chart.categories.isEmpty())
        chart.emptyState = tr("No scenario can be evaluated yet.");
    return s;
}

} // namespace hp
