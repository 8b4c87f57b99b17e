#pragma once

#include "domain/FieldDescriptor.h"
#include "domain/YearMonth.h"
#include "money/Decimal.h"

#include <QString>

namespace hp {

/// Billed cost of one provider in one month, summed from a FOCUS export
/// (docs/rules.md §6.2). `provider` is a provider id once mapped, else the
/// ProviderName as written.
struct Actual {
    QString provider;
    YearMonth month;
    Decimal billedCost;
    Decimal effectiveCost;
    QString currency = QStringLiteral("USD");
    /// Its fields for every format (docs/architecture.md "Descriptors").
    static const EntityDescriptor<Actual> &descriptor();
    friend bool operator==(const Actual &, const Actual &) = default;
};

} // namespace hp
