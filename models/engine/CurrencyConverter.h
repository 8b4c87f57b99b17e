#pragma once

#include "domain/Project.h"

namespace hp {

/// Converts contract amounts to the project's reporting currency at the
/// project's rates (docs/rules.md §1). A needed rate that is missing throws
/// EngineError naming the currency; a zero amount needs no rate.
class CurrencyConverter {
public:
    explicit CurrencyConverter(const Project &project);
    Decimal toReporting(Decimal amount, const QString &currency) const;
    const QString &reportingCurrency() const { return m_reporting; }

private:
    QString m_reporting;
    const std::map<QString, Decimal> &m_rates;
};

} // namespace hp
