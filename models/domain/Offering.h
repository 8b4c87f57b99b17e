#pragma once

#include "domain/FieldDescriptor.h"
#include "domain/CapacityStep.h"
#include "domain/YearMonth.h"
#include "money/Decimal.h"

#include <QString>

#include <optional>
#include <vector>

namespace hp {

struct Offering {
    QString id;
    QString providerId;
    QString name;
    QString unit;      ///< e.g. "1M tokens", "GPU-hour"
    Decimal unitPrice; ///< reporting currency per unit
    QString silicon;   ///< free text, e.g. "H200", "Trainium2"; empty is a value
    std::optional<YearMonth> effectiveMonth; ///< default: the horizon start
    Decimal annualDriftPct;                  ///< percentage points per year
    // docs/rules.md §11.1–§11.2 (rev 2); defaults keep older aggregate initialisers valid.
    QString region = {};       ///< free text, e.g. "us-east-1"
    QString jurisdiction = {}; ///< ISO 3166-1 alpha-2 or "EU" (Jurisdiction); empty: none
    std::optional<Decimal> capacityUnits = {}; ///< most units per month; empty: unlimited
    std::vector<CapacityStep> capacitySchedule = {}; ///< capacity.csv rows, in file order
    /// Its fields for every format (docs/architecture.md "Descriptors").
    static const EntityDescriptor<Offering> &descriptor();
    friend bool operator==(const Offering &, const Offering &) = default;
};

} // namespace hp
