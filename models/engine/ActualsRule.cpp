#include "ActualsRule.h"

#include "engine/CurrencyConverter.h"
#include "engine/ScenarioEngine.h"

#include <map>
#include <tuple>

namespace hp {

void ActualsRule::apply(const Project &project, EngineResult &result)
{
    const CurrencyConverter fx(project);
    std::map<std::pair<QString, YearMonth>, ActualResult> converted;
    std::map<std::tuple<QString, YearMonth, QString>, UnconvertedActual> unconverted;
    for (const Actual &a : project.actuals) {
        const QString currency = a.currency.isEmpty() ? fx.reportingCurrency() : a.currency.toUpper();
        Decimal billed, effective;
        try {
            billed = fx.toReporting(a.billedCost, currency);
            effective = fx.toReporting(a.effectiveCost, currency);
        } catch (const EngineError &) { // no rate for this currency
            UnconvertedActual &u = unconverted[{a.provider, a.month, currency}];
            u.provider = a.provider;
            u.month = a.month;
            u.currency = currency;
            u.billedCost += a.billedCost;
            u.effectiveCost += a.effectiveCost;
            continue;
        }
        ActualResult &r = converted[{a.provider, a.month}];
        r.provider = a.provider;
        r.month = a.month;
        r.billedCost += billed;
        r.effectiveCost += effective;
    }
    result.actuals.clear();
    for (auto &[key, value] : converted)
        result.actuals.push_back(value);
    result.actualsUnconverted.clear();
    for (auto &[key, value] : unconverted)
        result.actualsUnconverted.push_back(value);
}

QStringList ActualsRule::warnings(const EngineResult &result)
{
    std::map<QString, QStringList> byCurrency;
    for (const UnconvertedActual &u : result.actualsUnconverted)
        byCurrency[u.currency] << QStringLiteral("%1 %2").arg(u.provider, u.month.toString());
    QStringList out;
    for (const auto &[currency, which] : byCurrency)
        out << QStringLiteral("actuals in %1 have no exchange rate to %2 and are left out of actuals (see actuals_unconverted): %3; "
                              "add a rate for %1 to the project's exchange rates")
                   .arg(currency, result.currency, which.join(QStringLiteral(", ")));
    return out;
}

} // namespace hp
