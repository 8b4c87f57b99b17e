#include "AnalysisJson.h"

#include "io/JsonReport.h"

#include <QJsonArray>

namespace hp {

namespace {
QJsonValue money(Decimal v) { return JsonReport::money(v); }
QJsonValue orNull(const std::optional<QJsonValue> &v) { return v ? *v : QJsonValue(QJsonValue::Null); }

QJsonObject percentiles(const MoneyPercentiles &p)
{
    return {{QStringLiteral("p10"), money(p.p10)}, {QStringLiteral("p50"), money(p.p50)},
            {QStringLiteral("p90"), money(p.p90)}, {QStringLiteral("mean"), money(p.mean)}};
}

QJsonArray monthStrings(const std::vector<YearMonth> &months)
{
    QJsonArray a;
    for (YearMonth m : months)
        a.append(m.toString());
    return a;
}

/// An EngineResult holding only months, monthly series and totals, for JsonReport.
EngineResult shell(const std::vector<YearMonth> &months, const MonthlyFigures &m, const TotalFigures &t)
{
    EngineResult r;
    r.months = months;
    r.monthly = m;
    r.totals = t;
    return r;
}
} // namespace

QJsonObject AnalysisJson::totals(const TotalFigures &t)
{
    return JsonReport::evaluation(shell({}, MonthlyFigures(), t))[QStringLiteral("totals")].toObject();
}

QJsonObject AnalysisJson::monthly(const MonthlyFigures &m, const std::vector<YearMonth> &months)
{
    return JsonReport::evaluation(shell(months, m, TotalFigures()))[QStringLiteral("monthly")].toObject();
}

QJsonObject AnalysisJson::range(const UncertaintyRange &r)
{
    const Distribution &d = r.distribution;
    return {{QStringLiteral("input"), toString(r.input)},
            {QStringLiteral("target"), r.target.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.target)},
            {QStringLiteral("distribution"), toString(d.kind)},
            {QStringLiteral("p1"), d.a}, {QStringLiteral("p2"), d.b}, {QStringLiteral("p3"), d.c}};
}

QJsonObject AnalysisJson::comparison(const ScenarioComparison &c)
{
    QJsonObject o;
    o[QStringLiteral("a")] = c.scenarioA;
    o[QStringLiteral("b")] = c.scenarioB;
    o[QStringLiteral("currency")] = c.currency;
    o[QStringLiteral("months")] = monthStrings(c.months);
    o[QStringLiteral("monthly")] = QJsonObject{{QStringLiteral("a"), monthly(c.a, c.months)},
                                               {QStringLiteral("b"), monthly(c.b, c.months)},
                                               {QStringLiteral("delta"), monthly(c.delta, c.months)}};
    o[QStringLiteral("cumulative")] = QJsonObject{{QStringLiteral("a"), JsonReport::moneySeries(c.cumulativeA)},
                                                  {QStringLiteral("b"), JsonReport::moneySeries(c.cumulativeB)},
                                                  {QStringLiteral("delta"), JsonReport::moneySeries(c.cumulativeDelta)}};
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
    o[QStringLiteral("seed")] = QString::number(r.request.seed); // a JSON number cannot hold every 64-bit seed
    o[QStringLiteral("currency")] = r.currency;
    o[QStringLiteral("months")] = monthStrings(r.months);
    QJsonArray ranges;
    for (const UncertaintyRange &u : r.ranges)
        ranges.append(range(u));
    o[QStringLiteral("ranges")] = ranges;
    o[QStringLiteral("npv")] = percentiles(r.npv);
    o[QStringLiteral("total")] = percentiles(r.total);
    QJsonObject fan;
    const std::pair<const char *, Decimal MoneyPercentiles::*> keys[] = {
        {"p10", &MoneyPercentiles::p10}, {"p50", &MoneyPercentiles::p50}, {"p90", &MoneyPercentiles::p90}, {"mean", &MoneyPercentiles::mean}};
    for (const auto &[key, field] : keys) {
        QJsonArray series;
        for (const MoneyPercentiles &p : r.monthlyTotal)
            series.append(money(p.*field));
        fan[QString::fromLatin1(key)] = series;
    }
    o[QStringLiteral("monthly_total")] = fan;
    o[QStringLiteral("npv_against")] = orNull(r.npvAgainst ? std::optional<QJsonValue>(percentiles(*r.npvAgainst)) : std::nullopt);
    o[QStringLiteral("total_against")] = orNull(r.totalAgainst ? std::optional<QJsonValue>(percentiles(*r.totalAgainst)) : std::nullopt);
    o[QStringLiteral("probability_against_beats")] =
        orNull(r.probabilityAgainstBeats ? std::optional<QJsonValue>(*r.probabilityAgainstBeats) : std::nullopt);
    o[QStringLiteral("litigation_share")] = r.litigationShare;
    return o;
}

QJsonObject AnalysisJson::sensitivity(const SensitivityResult &r)
{
    QJsonArray bars;
    for (const TornadoBar &b : r.bars) {
        QJsonObject bar = range(b.range);
        bar[QStringLiteral("low_value")] = b.lowValue;
        bar[QStringLiteral("high_value")] = b.highValue;
        bar[QStringLiteral("npv_low")] = money(b.npvLow);
        bar[QStringLiteral("npv_high")] = money(b.npvHigh);
        bar[QStringLiteral("swing")] = money(b.swing);
        bars.append(bar);
    }
    return {{QStringLiteral("scenario"), r.scenario}, {QStringLiteral("currency"), r.currency},
            {QStringLiteral("base_npv"), money(r.baseNpv)}, {QStringLiteral("bars"), bars}};
}

QJsonObject AnalysisJson::goalSeek(const GoalSeekResult &r)
{
    return {{QStringLiteral("reachable"), r.reachable},
            {QStringLiteral("share_pct"), r.reachable ? QJsonValue(r.sharePct.toDouble()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("figure"), money(r.figure)},
            {QStringLiteral("evaluations"), r.evaluations},
            {QStringLiteral("message"), r.message.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.message)}};
}

} // namespace hp
