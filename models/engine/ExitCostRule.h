#pragma once

#include "engine/EngineInputs.h"
#include "engine/EngineResult.h"

namespace hp {

class SwitchingRule;

/// docs/rules.md §4.10 exit cost of provider p at month t: the switching cost of
/// moving all of p's placements at t to the cheapest offering (price at t) of
/// another provider with the workload's unit: egress of the stored data on
/// p's tiers, re-engineering where the silicon changes, and the termination
/// fees of p's contracts in force. No dual run is assumed. A workload whose
/// unit no other provider offers adds only its egress (docs/domain-choices.md).
class ExitCostRule {
public:
    static void apply(const EngineInputs &in, const SwitchingRule &switching, EngineResult &result);
};

} // namespace hp
