#pragma once

#include "engine/EngineInputs.h"
#include "engine/EngineResult.h"
#include "engine/SpendLine.h"

#include <vector>

namespace hp {

/// docs/rules.md §11.1: a share > 0 of workload w on an offering whose
/// jurisdiction its residency list does not admit (an offering without one
/// satisfies no list) is a residency breach, per workload, month and offering,
/// with its share; dual-run usage there is reported too, flagged `dualRun`.
/// Never a cost: the lines are read, not changed.
class ResidencyRule {
public:
    static void apply(const EngineInputs &in, const std::vector<SpendLine> &lines, EngineResult &result);
};

} // namespace hp
