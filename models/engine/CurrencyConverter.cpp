#include "CurrencyConverter.h"

#include "engine/ScenarioEngine.h"

namespace hp {

CurrencyConverter::CurrencyConverter(const Project &project)
    : m_reporting(project.reportingCurrency.isEmpty() ? QStringLiteral("USD") : project.reportingCurrency.toUpper())
    , m_rates(project.exchangeRates)
{
}

Decimal CurrencyConverter::toReporting(Decimal amount, const QString &currency) const
{
    const QString code = currency.isEmpty() ? m_reporting : currency.toUpper();
    if (code == m_reporting || amount.isZero())
        return amount;
    auto it = m_rates.find(code);
    if (it == m_rates.end()) {
        // Rates may be keyed in any case.
        for (auto jt = m_rates.begin(); jt != m_rates.end(); ++jt)
            if (jt->first.toUpper() == code)
                return amount * jt->second;
        throw EngineError(QStringLiteral("no exchange rate from %1 to %2: add it to the project's exchange rates")
                              .arg(code, m_reporting));
    }
    return amount * it->second;
}

} // namespace hp
