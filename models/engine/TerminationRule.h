#pragma once

#include "engine/EngineInputs.h"
#include "engine/EngineResult.h"

namespace hp {

/// docs/rules.md §4.8 early termination: a contract's fee is charged once, in the
/// first month inside the contract's term in which its provider holds no
/// placement share of any workload after having held some the month before
/// (at the horizon start: the month before the horizon). Leaving before the
/// term starts does not use the fee up: placements 02 → B, 05 → A, 06 → B
/// under a contract with A running 04–12 charge it in 06. Dual run does not
/// delay it. A provider that never held share in the scenario is not "left",
/// so nothing is charged (docs/domain-choices.md).
class TerminationRule {
public:
    static void apply(const EngineInputs &in, EngineResult &result);
    /// [p][t+1] whether provider p holds share at month t; index 0 is the month
    /// before the horizon.
    static std::vector<std::vector<bool>> holdings(const EngineInputs &in);
};

} // namespace hp
