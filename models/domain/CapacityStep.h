#pragma once

#include "domain/FieldDescriptor.h"
#include "domain/YearMonth.h"
#include "money/Decimal.h"

namespace hp {

/// One row of capacity.csv (docs/rules.md §11.2): from `from` on, the offering
/// serves at most `units` per month (the latest row with from ≤ t wins over
/// the offering's own capacity_units).
struct CapacityStep {
    YearMonth from;
    Decimal units;
    /// Its fields for every format (docs/architecture.md "Descriptors").
    static const EntityDescriptor<CapacityStep> &descriptor();
    friend bool operator==(const CapacityStep &, const CapacityStep &) = default;
};

} // namespace hp
