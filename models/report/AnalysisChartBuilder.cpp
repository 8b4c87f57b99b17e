#include "report/AnalysisChartBuilder.h"

#include "money/MoneyFormat.h"
#include "report/AxisLabelFormat.h"

namespace hp {

ChartData AnalysisChartBuilder::comparison(const ScenarioComparison &cmp, const QString &currency) const
{
    ChartData c = m_frame.monthly(ChartKind::ScenarioComparison,
                                  QStringLiteral("Cumulative cost: %1 vs %2").arg(cmp.scenarioA, cmp.scenarioB),
                                  cmp.scenarioA + QStringLiteral(" vs ") + cmp.scenarioB, cmp.months, currency);
    c.valueTitle = QStringLiteral("Cumulative total cost (%1)").arg(currency);
    c.secondaryUnit = ValueUnit::Money;
    c.secondaryTitle = QStringLiteral("Delta B − A (%1)").arg(currency);
    c.series.push_back(ChartFrame::series(cmp.scenarioA, QStringLiteral("scenario:A"), SeriesStyle::Line, ChartFrame::toDoubles(cmp.cumulativeA)));
    c.series.push_back(ChartFrame::series(cmp.scenarioB, QStringLiteral("scenario:B"), SeriesStyle::Line, ChartFrame::toDoubles(cmp.cumulativeB)));
    ChartSeries d = ChartFrame::series(QStringLiteral("Delta %1 − %2").arg(cmp.scenarioB, cmp.scenarioA), QStringLiteral("scenario:delta"),
                                       SeriesStyle::DashedLine, ChartFrame::toDoubles(cmp.cumulativeDelta));
    d.secondaryAxis = true;
    c.series.push_back(d);
    if (cmp.paysBackMonth && !cmp.months.empty())
        c.markers.push_back({cmp.paysBackMonth->monthsSince(cmp.months.front()),
                             QStringLiteral("%1 pays back %2").arg(cmp.paybackScenario(), cmp.paysBackMonth->toString())});
    c.subtitle += QStringLiteral(" · ") + cmp.paybackSentence();
    return c;
}

ChartData AnalysisChartBuilder::tornado(const SensitivityResult &s, const QString &currency) const
{
    ChartData c = m_frame.named(ChartKind::Tornado, QStringLiteral("Sensitivity of NPV"), s.scenario, {}, currency);
    c.subtitle = QStringLiteral("%1 · base NPV %2").arg(s.scenario, MoneyFormat::display(s.baseNpv, MoneyStyle::Compact, currency)); // read on slides: compact
    c.categoryTitle = QStringLiteral("Uncertain input");
    c.horizontalBars = true; // the widest swing on top
    c.valueTitle = QStringLiteral("NPV change from base (%1)").arg(currency);
    std::vector<double> low, high;
    for (const TornadoBar &b : s.bars) {
        const QString target = b.range.target.isEmpty() ? QStringLiteral("all") : b.range.target;
        c.categories << QStringLiteral("%1 (%2)").arg(toString(b.range.input), target);
        low.push_back((b.npvLow - s.baseNpv).toDouble());
        high.push_back((b.npvHigh - s.baseNpv).toDouble());
    }
    if (s.bars.empty()) // nothing varies: say why and how to change that, not an empty $0–$1 chart
        c.emptyState = QStringLiteral("Scenario “%1” has no uncertainty ranges, so there is nothing to vary. Add ranges on the "
                                      "Scenarios page (Uncertainty ranges: input, target, low and high) and the tornado shows how "
                                      "far each one moves the NPV.")
                           .arg(s.scenario);
    c.series.push_back(ChartFrame::series(QStringLiteral("Input at low value"), QStringLiteral("range:low"), SeriesStyle::Bar, low));
    c.series.push_back(ChartFrame::series(QStringLiteral("Input at high value"), QStringLiteral("range:high"), SeriesStyle::Bar, high));
    return c;
}

ChartData AnalysisChartBuilder::fan(const MonteCarloResult &mc, const QString &currency) const
{
    ChartData c = m_frame.monthly(ChartKind::MonteCarloFan, QStringLiteral("Total cost per month: Monte Carlo"),
                                  mc.request.scenario, mc.months, currency);
    c.subtitle += QStringLiteral(" · %1 trials, seed %2").arg(mc.request.trials).arg(mc.request.seed);
    c.valueTitle = QStringLiteral("Total cost per month (%1)").arg(currency);
    ChartSeries band = ChartFrame::series(QStringLiteral("P10–P90"), QStringLiteral("fan:band"), SeriesStyle::Band, {});
    std::vector<double> p50, mean;
    for (const auto &p : mc.monthlyTotal) {
        band.values.push_back(p.p10.toDouble());
        band.upper.push_back(p.p90.toDouble());
        p50.push_back(p.p50.toDouble());
        mean.push_back(p.mean.toDouble());
    }
    c.series.push_back(band);
    c.series.push_back(ChartFrame::series(QStringLiteral("P50"), QStringLiteral("fan:p50"), SeriesStyle::Line, p50));
    c.series.push_back(ChartFrame::series(QStringLiteral("Mean"), QStringLiteral("fan:mean"), SeriesStyle::DashedLine, mean));
    return c;
}

} // namespace hp
