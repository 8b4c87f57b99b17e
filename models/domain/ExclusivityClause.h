#pragma once

#include "domain/FieldDescriptor.h"
#include "domain/WorkloadClass.h"
#include "domain/YearMonth.h"
#include "money/Decimal.h"

#include <optional>

namespace hp {

enum class DamagesModel { PctOfRevenue, FixedPerMonth };
QString toString(DamagesModel m);
std::optional<DamagesModel> parseDamagesModel(QStringView text);

/// Exclusivity in favour of the contract's provider (docs/rules.md §4.7).
struct ExclusivityClause {
    ClassSet classes;
    std::optional<YearMonth> start; ///< default: the contract's start
    std::optional<YearMonth> end;   ///< default: the contract's end
    DamagesModel damagesModel = DamagesModel::PctOfRevenue;
    /// pct_of_revenue: percentage points (default 100); fixed_per_month: money
    /// in the contract's currency (required).
    std::optional<Decimal> damagesValue;
    /// Its fields for every format (docs/architecture.md "Descriptors").
    static const EntityDescriptor<ExclusivityClause> &descriptor();
    friend bool operator==(const ExclusivityClause &, const ExclusivityClause &) = default;
};

} // namespace hp
