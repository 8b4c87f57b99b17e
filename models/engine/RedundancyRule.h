#pragma once

#include "engine/EngineInputs.h"
#include "engine/EngineResult.h"
#include "engine/SpendLine.h"

namespace hp {

/// docs/rules.md §4.10 per month: each workload's provider count (providers with
/// ≥ 10 % of its placement shares), the single-homed share of spend, and the
/// HHI of spend across providers (dual run counts as spend).
class RedundancyRule {
public:
    static void apply(const EngineInputs &in, const std::vector<SpendLine> &lines, EngineResult &result);
};

} // namespace hp
