#include "AnalysisJson.h"

#include "json/JsonReport.h"

#include <QJsonArray>

namespace hp {

namespace {
QJsonValue money(Decimal v) { return JsonReport::money(v); }

/// `{a, b, delta}` of one figure of compare.
template <typename Value, typename Write>
void writeAbDelta(JsonWriter &w, const Value &a, const Value &b, const Value &delta, Write write)
{
    w.beginObject(); // keys in ascending order
    w.key("a");
    write(w, a);
    w.key("b");
    write(w, b);
    w.key("delta");
    write(w, delta);
    w.endObject();
}

/// A string, or null when it is empty.
void writeStringOrNull(JsonWriter &w, const QString &text)
{
    if (text.isEmpty())
        w.null();
    else
        w.string(text);
}
} // namespace

void AnalysisJson::writeRange(JsonWriter &w, const UncertaintyRange &r)
{
    const Distribution &d = r.distribution;
    w.object({
        {"input", [&] { w.string(toString(r.input)); }},
        {"target", [&] { writeStringOrNull(w, r.target); }},
        {"distribution", [&] { w.string(toString(d.kind)); }},
        {"p1", [&] { w.number(d.a); }},
        {"p2", [&] { w.number(d.b); }},
        {"p3", [&] { w.number(d.c); }},
    });
}

QJsonObject AnalysisJson::range(const UncertaintyRange &r)
{
    return JsonWriter::toObject([&](JsonWriter &w) { writeRange(w, r); });
}

void AnalysisJson::writeComparison(JsonWriter &w, const ScenarioComparison &c)
{
    auto monthOrNull = [&](const std::optional<YearMonth> &m) {
        if (m)
            JsonReport::writeMonth(w, *m);
        else
            w.null();
    };
    w.object({
        {"a", [&] { w.string(c.scenarioA); }},
        {"b", [&] { w.string(c.scenarioB); }},
        {"currency", [&] { w.string(c.currency); }},
        {"months", [&] { JsonReport::writeMonths(w, c.months); }},
        {"monthly", [&] { writeAbDelta(w, c.a, c.b, c.delta, JsonReport::writeMonthly); }},
        {"cumulative", [&] { writeAbDelta(w, c.cumulativeA, c.cumulativeB, c.cumulativeDelta, JsonReport::writeMoneySeries); }},
        {"totals", [&] { writeAbDelta(w, c.totalsA, c.totalsB, c.totalsDelta, JsonReport::writeTotals); }},
        {"break_even", [&] { monthOrNull(c.breakEven()); }},
        {"pays_back", [&] {
             if (c.paysBack == ScenarioComparison::Payback::A)
                 w.string(QStringLiteral("a"));
             else if (c.paysBack == ScenarioComparison::Payback::B)
                 w.string(QStringLiteral("b"));
             else
                 w.null();
         }},
        {"pays_back_month", [&] { monthOrNull(c.paysBackMonth); }},
    });
}

void AnalysisJson::writePercentiles(JsonWriter &w, const MoneyPercentiles &p)
{
    w.beginObject(); // keys in ascending order
    w.key("mean");
    JsonReport::writeMoney(w, p.mean);
    w.key("p10");
    JsonReport::writeMoney(w, p.p10);
    w.key("p50");
    JsonReport::writeMoney(w, p.p50);
    w.key("p90");
    JsonReport::writeMoney(w, p.p90);
    w.endObject();
}

void AnalysisJson::writeFan(JsonWriter &w, const std::vector<MoneyPercentiles> &monthly)
{
    const std::pair<std::string_view, Decimal MoneyPercentiles::*> keys[] = { // ascending
        {"mean", &MoneyPercentiles::mean}, {"p10", &MoneyPercentiles::p10}, {"p50", &MoneyPercentiles::p50}, {"p90", &MoneyPercentiles::p90}};
    w.beginObject();
    for (const auto &[key, field] : keys) {
        w.key(key);
        w.beginArray();
        for (const MoneyPercentiles &p : monthly)
            JsonReport::writeMoney(w, p.*field);
        w.endArray();
    }
    w.endObject();
}

void AnalysisJson::writeMonteCarlo(JsonWriter &w, const MonteCarloResult &r)
{
    auto percentilesOrNull = [&](const std::optional<MoneyPercentiles> &p) {
        if (p)
            writePercentiles(w, *p);
        else
            w.null();
    };
    w.object({
        {"scenario", [&] { w.string(r.request.scenario); }},
        {"against", [&] { writeStringOrNull(w, r.request.against); }},
        {"trials", [&] { w.integer(r.request.trials); }},
        // A JSON number cannot hold every 64-bit seed.
        {"seed", [&] { w.string(QString::number(r.request.seed)); }},
        {"currency", [&] { w.string(r.currency); }},
        {"months", [&] { JsonReport::writeMonths(w, r.months); }},
        {"ranges", [&] {
             w.beginArray();
             for (const UncertaintyRange &u : r.ranges)
                 writeRange(w, u);
             w.endArray();
         }},
        {"npv", [&] { writePercentiles(w, r.npv); }},
        {"total", [&] { writePercentiles(w, r.total); }},
        {"monthly_total", [&] { writeFan(w, r.monthlyTotal); }},
        {"npv_against", [&] { percentilesOrNull(r.npvAgainst); }},
        {"total_against", [&] { percentilesOrNull(r.totalAgainst); }},
        {"probability_against_beats", [&] {
             if (r.probabilityAgainstBeats)
                 w.number(*r.probabilityAgainstBeats);
             else
                 w.null();
         }},
        {"litigation_share", [&] { w.number(r.litigationShare); }},
    });
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
