#pragma once

#include "engine/EngineResult.h"
#include "canonical/EntityTable.h"
#include "json/JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hp {

/// JSON of the headless interface (docs/rules.md §10): money as strings with
/// exactly two decimals (half-even), shares and HHI as numbers.
///
/// The `evaluate` report is streamed through a JsonWriter (no document in
/// memory); the bytes equal those of the QJsonDocument the report used to be
/// built as (docs/performance.md). One function writes one section; a new key
/// is one more Member in writeEvaluation() (any order: JsonWriter::object
/// sorts) or, inside a per-row object, one more key in ascending key order.
class JsonReport {
public:
    /// The `evaluate` object: scenario, currency, months, monthly, totals,
    /// providers, violations, actuals (in the reporting currency), actuals_unconverted.
    static void writeEvaluation(JsonWriter &w, const EngineResult &result);
    /// The same object read back, for callers that want a QJsonObject.
    static QJsonObject evaluation(const EngineResult &result);
    /// An entity table as an array of objects keyed by column; empty optional
    /// cells are null; money two-decimal strings; percentages and numbers JSON numbers.
    static QJsonArray table(const EntityTable &table);

    static QJsonValue money(Decimal value) { return value.toCents(); }
    static QJsonValue number(Decimal value);

    // Streamed pieces, shared with AnalysisJson.
    /// Money: `value.toCents()` as a JSON string.
    static void writeMoney(JsonWriter &w, Decimal value);
    /// A share or HHI: an integer when whole, else the double of its exact text (as number()).
    static void writeNumber(JsonWriter &w, Decimal value);
    static void writeMonth(JsonWriter &w, YearMonth month);
    static void writeMonths(JsonWriter &w, const std::vector<YearMonth> &months);
    static void writeMoneySeries(JsonWriter &w, const std::vector<Decimal> &values);
    static void writeNumberSeries(JsonWriter &w, const std::vector<Decimal> &values);
    /// The `monthly` object of `evaluate` (also compare's monthly.a, .b, .delta).
    static void writeMonthly(JsonWriter &w, const MonthlyFigures &m);
    /// The `totals` object of `evaluate` (also compare's totals.a, .b, .delta).
    static void writeTotals(JsonWriter &w, const TotalFigures &t);

private:
    static void writeProviders(JsonWriter &w, const std::vector<ProviderResult> &providers);
    class ViolationTail;
    static void writeViolations(JsonWriter &w, const std::vector<Violation> &violations, ViolationTail *tail);
    static void writeActuals(JsonWriter &w, const std::vector<ActualResult> &actuals);
    static void writeUnconvertedActuals(JsonWriter &w, const std::vector<UnconvertedActual> &actuals);
};

} // namespace hp
