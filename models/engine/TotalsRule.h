#pragma once

#include "engine/EngineInputs.h"
#include "engine/EngineResult.h"
#include "engine/SpendLine.h"

namespace hp {

/// docs/rules.md §4.4 and §4.9: spend per provider and month, total(t),
/// switching(t), the horizon totals (sums of unrounded months), NPV, and unit
/// cost per class and unit.
class TotalsRule {
public:
    static void addSpend(const EngineInputs &in, const std::vector<SpendLine> &lines, EngineResult &result);
    static void sumUp(const EngineInputs &in, EngineResult &result);
    static void unitCosts(const EngineInputs &in, const std::vector<SpendLine> &lines, EngineResult &result);
    /// 1 / (1 + r)^(t/12) in long double, as an exact fraction scaled by 1e18.
    static Int128 discountFactorE18(Decimal annualRatePct, int t);
};

} // namespace hp
