#pragma once

#include "domain/FieldDescriptor.h"
#include "domain/WorkloadClass.h"
#include "domain/YearMonth.h"
#include "money/Decimal.h"

#include <optional>

namespace hp {

enum class PlacementScope { Any, OnCounterparty };
QString toString(PlacementScope s);
std::optional<PlacementScope> parsePlacementScope(QStringView text);

/// Revenue share with sunset, total and calendar-year caps (docs/rules.md §4.6).
struct RevenueShareClause {
    Decimal ratePct;
    YearMonth start;
    YearMonth sunset;
    ClassSet baseClasses = allWorkloadClasses();
    PlacementScope scope = PlacementScope::Any;
    std::optional<Decimal> capTotal;   ///< contract currency
    std::optional<Decimal> capPerYear; ///< per calendar year, contract currency
    /// Its fields for every format (docs/architecture.md "Descriptors").
    static const EntityDescriptor<RevenueShareClause> &descriptor();
    friend bool operator==(const RevenueShareClause &, const RevenueShareClause &) = default;
};

} // namespace hp
