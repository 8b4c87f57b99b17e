#pragma once

#include "domain/FieldDescriptor.h"
#include "domain/Placement.h"
#include "domain/UncertaintyRange.h"
#include "domain/YearMonth.h"
#include "money/Decimal.h"

#include <QString>

#include <optional>
#include <vector>

namespace hp {

/// A scenario stores only what it sets; a child inherits what it leaves empty
/// from its parent, and a child that places a workload at all replaces that
/// workload's whole timeline (docs/rules.md §5.1).
struct Scenario {
    QString name;
    QString parent; ///< empty: a root scenario
    std::optional<YearMonth> start;
    std::optional<int> months; ///< 1..240
    std::optional<Decimal> discountRatePct;
    /// docs/rules.md §11.4: settle every dispute that has a settlement; empty: inherited (root: false).
    std::optional<bool> settleDisputes = {};
    std::vector<Placement> placements;
    std::vector<UncertaintyRange> uncertainties;
    /// Its own fields (not placements and ranges) for every format (docs/architecture.md "Descriptors").
    static const EntityDescriptor<Scenario> &descriptor();
    friend bool operator==(const Scenario &, const Scenario &) = default;
};

} // namespace hp
