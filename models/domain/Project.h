#pragma once

#include "domain/Actual.h"
#include "domain/Contract.h"
#include "domain/Offering.h"
#include "domain/Provider.h"
#include "domain/Scenario.h"
#include "domain/Workload.h"
#include "money/Decimal.h"

#include <QString>

#include <map>
#include <vector>

namespace hp {

/// Everything a Hedgeplan project holds; plain data, no behaviour beyond look-ups.
struct Project {
    QString title;
    bool illustrative = false; ///< true for the built-in demo (charts say so)
    QString reportingCurrency = QStringLiteral("USD");
    /// Units of the reporting currency per one unit of the keyed ISO 4217 currency.
    std::map<QString, Decimal> exchangeRates;

    std::vector<Provider> providers;
    std::vector<Offering> offerings;
    std::vector<Workload> workloads;
    std::vector<Contract> contracts;
    std::vector<Scenario> scenarios;
    std::vector<Actual> actuals;

    const Provider *provider(const QString &id) const;
    const Offering *offering(const QString &id) const;
    const Workload *workload(const QString &id) const;
    const Contract *contract(const QString &id) const;
    const Scenario *scenario(const QString &name) const;
    Provider *provider(const QString &id);
    Offering *offering(const QString &id);
    Workload *workload(const QString &id);
    Contract *contract(const QString &id);
    Scenario *scenario(const QString &name);

    friend bool operator==(const Project &, const Project &) = default;
};

} // namespace hp
