#pragma once

#include "domain/YearMonth.h"
#include "money/Decimal.h"

#include <QString>

#include <optional>

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
    friend bool operator==(const Offering &, const Offering &) = default;
};

} // namespace hp
