#pragma once

#include "engine/EngineInputs.h"
#include "engine/SpendLine.h"

#include <vector>

namespace hp {

/// docs/rules.md §4.3: list_cost_{w,o}(t) = units_w(t) × share_{w,o}(t) × price_o(t),
/// one product with the share in percentage points (÷ 100 exact) rounded once;
/// a workload with no placement in force costs nothing.
class PlacementRule {
public:
    static void addLines(const EngineInputs &in, std::vector<SpendLine> &lines);
};

} // namespace hp
