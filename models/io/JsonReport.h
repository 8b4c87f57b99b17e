#pragma once

#include "engine/EngineResult.h"
#include "io/EntityTable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hp {

/// JSON of the headless interface (DOMAIN.md §10): money as strings with
/// exactly two decimals (half-even), shares and HHI as numbers.
class JsonReport {
public:
    /// The `evaluate` object: scenario, currency, months, monthly, totals,
    /// providers, violations, actuals (in the reporting currency), actuals_unconverted.
    static QJsonObject evaluation(const EngineResult &result);
    /// `actuals_unconverted`: actuals whose currency has no rate, in that currency (DOMAIN.md §6.2).
    static QJsonArray unconvertedActuals(const EngineResult &result);
    /// An entity table as an array of objects keyed by column; empty optional
    /// cells are null; money two-decimal strings; percentages and numbers JSON numbers.
    static QJsonArray table(const EntityTable &table);

    static QJsonValue money(Decimal value) { return value.toCents(); }
    static QJsonValue number(Decimal value);
    static QJsonArray moneySeries(const std::vector<Decimal> &values);
    static QJsonArray numberSeries(const std::vector<Decimal> &values);
};

} // namespace hp
