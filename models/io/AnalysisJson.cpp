#include "AnalysisJson.h"

#include "io/JsonReport.h"

#include <QJsonArray>

namespace hp {

namespace {
QJsonValue cents(double v) { return Decimal::fromDouble(v).toCents(); }

QJsonObject percentiles(const Percentiles &p)
{
    return {{QStringLiteral("p10"), cents(p.p10)}, {QStringLiteral("p50"), cents(p.p50)},
            {QStringLiteral("p90"), cents(p.p90)}, {QStringLiteral("mean"), cents(p.mean)}};
}

QJsonArray monthStrings(const std::vector<YearMonth> &months)
{
    QJsonArray a;
    for (YearMonth m : months)
        a.append(m.toString());
    return a;
}
} // namespace

QJsonObject AnalysisJson::totals(const TotalFigures &t)
{
    // The totals object of `evaluate`, reused.
    EngineResult shell;
    shell.totals = t;
    return JsonReport::evaluation(shell)[QStringLiteral("totals")].toObject();
}

QJsonObject AnalysisJson::comparison(const ScenarioComparison &c)
{
    QJsonObject o;
    o[QStringLiteral("a")] = c.scenarioA;
    o[QStringLiteral("b")] = c.scenarioB;
    o[QStringLiteral("months")] = monthStrings(c.months);
    o[QStringLiteral("monthly")] = QJsonObject{
        {QStringLiteral("total_a"), JsonReport::moneySeries(c.totalA)},
        {QStringLiteral("total_b"), JsonReport::moneySeries(c.totalB)},
        {QStringLiteral("delta"), JsonReport::moneySeries(c.delta)},
        {QStringLiteral("cumulative_a"), JsonReport::moneySeries(c.cumulativeA)},
        {QStringLiteral("cumulative_b"), JsonReport::moneySeries(c.cumulativeB)},
    };
    o[QStringLiteral("totals")] = QJsonObject{{QStringLiteral("a"), totals(c.totalsA)},
                                              {QStringLiteral("b"), totals(c.totalsB)},
                                              {QStringLiteral("delta"), totals(c.totalsDelta)}};
    o[QStringLiteral("break_even")] = c.breakEven ? QJsonValue(c.breakEven->toString()) : QJsonValue(QJsonValue::Null);
    return o;
}

QJsonObject AnalysisJson::monteCarlo(const MonteCarloResult &r)
{
    QJsonObject o;
    o[QStringLiteral("scenario")] = r.request.scenario;
    o[QStringLiteral("against")] = r.request.against.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.request.against);
    o[QStringLiteral("trials")] = r.request.trials;
    o[QStringLiteral("seed")] = QString::number(r.request.seed);
    o[QStringLiteral("months")] = monthStrings(r.months);
    o[QStringLiteral("npv")] = percentiles(r.npv);
    o[QStringLiteral("total")] = percentiles(r.total);
    QJsonObject fan;
    for (const char *key : {"p10", "p50", "p90", "mean"}) {
        QJsonArray series;
        for (const Percentiles &p : r.monthlyTotal)
            series.append(percentiles(p)[QString::fromLatin1(key)]);
        fan[QString::fromLatin1(key)] = series;
    }
    o[QStringLiteral("monthly_total")] = fan;
    o[QStringLiteral("npv_against")] = r.npvAgainst ? QJsonValue(percentiles(*r.npvAgainst)) : QJsonValue(QJsonValue::Null);
    o[QStringLiteral("probability_against_beats")] =
        r.probabilityAgainstBeats ? QJsonValue(*r.probabilityAgainstBeats) : QJsonValue(QJsonValue::Null);
    o[QStringLiteral("litigation_share")] = r.litigationShare;
    return o;
}

QJsonObject AnalysisJson::sensitivity(const SensitivityResult &r)
{
    QJsonArray bars;
    for (const TornadoBar &b : r.bars) {
        bars.append(QJsonObject{{QStringLiteral("input"), toString(b.range.input)},
                                {QStringLiteral("target"), b.range.target},
                                {QStringLiteral("distribution"), toString(b.range.distribution.kind)},
                                {QStringLiteral("low_value"), b.lowValue},
                                {QStringLiteral("high_value"), b.highValue},
                                {QStringLiteral("npv_low"), JsonReport::money(b.npvLow)},
                                {QStringLiteral("npv_high"), JsonReport::money(b.npvHigh)},
                                {QStringLiteral("swing"), JsonReport::money(b.swing)}});
    }
    return {{QStringLiteral("scenario"), r.scenario}, {QStringLiteral("base_npv"), JsonReport::money(r.baseNpv)},
            {QStringLiteral("bars"), bars}};
}

} // namespace hp
