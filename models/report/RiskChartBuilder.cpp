#include "report/RiskChartBuilder.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace hp {

ChartData RiskChartBuilder::exposure(const EngineResult &r) const
{
    ChartData c = m_frame.monthly(ChartKind::Exposure, QStringLiteral("Exclusivity exposure"), r.scenario, r.months, r.currency);
    c.valueTitle = QStringLiteral("Exposure per month (%1)").arg(r.currency);
    const std::size_t n = r.months.size();
    std::map<QString, std::pair<std::vector<Decimal>, std::vector<Decimal>>> byContract;
    for (const Violation &v : r.violations) {
        auto &[gross, expected] = byContract[v.contractId];
        gross.resize(n);
        expected.resize(n);
        if (v.monthIndex >= 0 && static_cast<std::size_t>(v.monthIndex) < n) {
            gross[static_cast<std::size_t>(v.monthIndex)] += v.grossExposure;
            expected[static_cast<std::size_t>(v.monthIndex)] += v.expectedExposure;
        }
    }
    for (const Contract &contract : m_frame.project().contracts) {
        const auto it = byContract.find(contract.id);
        if (it == byContract.end())
            continue;
        const QString name = m_frame.contractName(contract.id);
        const QString key = ChartFrame::providerKey(contract.providerId);
        c.series.push_back(ChartFrame::series(name + QStringLiteral(" gross"), key, SeriesStyle::DashedLine, ChartFrame::toDoubles(it->second.first)));
        c.series.push_back(ChartFrame::series(name + QStringLiteral(" expected"), key, SeriesStyle::Line, ChartFrame::toDoubles(it->second.second)));
    }
    if (c.series.empty())
        c.series.push_back(ChartFrame::series(QStringLiteral("Expected exposure (none)"), ChartFrame::componentKey("exposure"), SeriesStyle::Line,
                                ChartFrame::toDoubles(r.monthly.expectedExposure)));
    return c;
}

ChartData RiskChartBuilder::redundancy(const EngineResult &r) const
{
    ChartData c = m_frame.monthly(ChartKind::Redundancy, QStringLiteral("Provider concentration"), r.scenario, r.months, r.currency);
    c.unit = ValueUnit::Count;
    c.valueTitle = QStringLiteral("HHI (0–10,000)");
    c.secondaryUnit = ValueUnit::Percent;
    c.secondaryTitle = QStringLiteral("Single-homed share of spend");
    c.series.push_back(ChartFrame::series(QStringLiteral("HHI"), QStringLiteral("metric:hhi"), SeriesStyle::Line, ChartFrame::toDoubles(r.monthly.hhi)));
    ChartSeries single = ChartFrame::series(QStringLiteral("Single-homed share"), QStringLiteral("metric:single-homed"), SeriesStyle::DashedLine,
                              ChartFrame::toDoubles(r.monthly.singleHomedShare));
    single.secondaryAxis = true;
    c.series.push_back(single);
    return c;
}

ChartData RiskChartBuilder::unitCost(const EngineResult &r) const
{
    ChartData c = m_frame.monthly(ChartKind::UnitCost, QStringLiteral("Unit cost of inference"), r.scenario, r.months, r.currency);
    c.valueTitle = QStringLiteral("Cost per unit (%1)").arg(r.currency);
    for (const UnitCostSeries &u : r.unitCosts) {
        const std::vector<double> values = ChartFrame::toDoubles(u.unitCost);
        if (std::none_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); }))
            continue;
        c.series.push_back(ChartFrame::series(QStringLiteral("%1 (per %2)").arg(toString(u.cls), u.unit),
                                QStringLiteral("class:") + toString(u.cls), SeriesStyle::Line, values));
    }
    return c;
}

ChartData RiskChartBuilder::actualsVsPlan(const EngineResult &r) const
{
    ChartData c = m_frame.monthly(ChartKind::ActualsVsPlan, QStringLiteral("Actuals vs plan"), r.scenario, r.months, r.currency);
    c.valueTitle = QStringLiteral("Spend per month (%1)").arg(r.currency);
    const std::size_t n = r.months.size();
    std::vector<std::optional<Decimal>> actual(n);
    for (const ActualResult &a : r.actuals) {
        const int t = n ? a.month.monthsSince(r.months.front()) : -1;
        if (t < 0 || static_cast<std::size_t>(t) >= n)
            continue;
        actual[static_cast<std::size_t>(t)] = actual[static_cast<std::size_t>(t)].value_or(Decimal()) + a.effectiveCost;
    }
    c.series.push_back(ChartFrame::series(QStringLiteral("Plan"), QStringLiteral("scenario:plan"), SeriesStyle::DashedLine,
                            ChartFrame::toDoubles(r.monthly.spend)));
    c.series.push_back(ChartFrame::series(QStringLiteral("Actual (effective cost)"), QStringLiteral("scenario:actual"), SeriesStyle::Line,
                            ChartFrame::toDoubles(actual)));
    return c;
}

} // namespace hp
