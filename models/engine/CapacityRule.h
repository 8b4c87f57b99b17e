#pragma once

#include "engine/EngineInputs.h"
#include "engine/EngineResult.h"
#include "engine/SpendLine.h"

#include <optional>
#include <vector>

namespace hp {

/// docs/rules.md §11.2, capacity rationing. Placed units on offering o in month t
/// are Σ units_w(t) × share of every line on o (placements and dual run). When
/// they exceed the capacity c (capacity.csv's latest row from ≤ t, else the
/// offering's capacity_units; none: unlimited), every line on o is served the
/// fraction f = c ÷ placed: its list cost becomes units × share × price × c ÷
/// placed (one product, rounded once) and the rest is not bought. Revenue at
/// risk(t) = Σ over placement lines (not dual run) of revenue_w(t) × share ×
/// (placed − c) ÷ placed, reported, never added to total; each rationed
/// placement line's unserved units go to result.unserved (the optimizer's
/// `capacity` constraint, §12.1). Runs before the
/// commitment discounts, so spend and drawdown count served units only.
class CapacityRule {
public:
    /// The capacity of `offering` in month m, or nullopt when unlimited.
    static std::optional<Decimal> capacityAt(const Offering &offering, YearMonth m);
    static void apply(const EngineInputs &in, std::vector<SpendLine> &lines, EngineResult &result);

private:
    /// result.capacityProfiles: every month of each offering with a shortage (served 1 where not short).
    static void profiles(const EngineInputs &in, const std::vector<std::vector<std::optional<Decimal>>> &capacity,
                         const std::vector<std::vector<Decimal>> &placed, EngineResult &result);
};

} // namespace hp
