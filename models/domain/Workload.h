#pragma once

#include "domain/FieldDescriptor.h"
#include "domain/WorkloadClass.h"
#include "money/Decimal.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace hp {

struct Workload {
    QString id;
    QString name;
    WorkloadClass cls = WorkloadClass::Other;
    QString unit;                 ///< the offering unit its demand is counted in
    Decimal monthlyUnits;         ///< at the horizon start
    Decimal monthlyGrowthPct;     ///< percentage points per month
    Decimal monthlyRevenue;       ///< attributable revenue per month at the horizon start
    Decimal revenueGrowthPct;     ///< percentage points per month
    Decimal storedGb;
    Decimal reengineeringPersonMonths;
    Decimal costPerPersonMonth;
    std::optional<int> criticality; ///< 1..5
    /// docs/rules.md §11.1: jurisdictions its data may be processed in, as typed
    /// (compared case-insensitively; "EU" admits the member states); empty: anywhere.
    QStringList residency = {};
    /// Its fields for every format (docs/architecture.md "Descriptors").
    static const EntityDescriptor<Workload> &descriptor();
    friend bool operator==(const Workload &, const Workload &) = default;
};

} // namespace hp
