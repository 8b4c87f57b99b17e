#pragma once

#include "engine/EngineInputs.h"
#include "engine/EngineResult.h"

namespace hp {

/// docs/rules.md §11.4, settle or litigate. Every contested (contract, class) of a
/// classification row is a dispute: its violations' gross and expected
/// exposure over the horizon, the settlement offered (converted to the
/// reporting currency), the break-even p_breach and which is cheaper. With the
/// scenario's `settle_disputes`, a dispute that has a settlement and at least
/// one violation is settled: the amount is charged in the month of its first
/// violation (monthly.settlement, part of total) and its violations are gone
/// (the class no longer counts as covered by that contract). Runs after
/// ExclusivityRule, before TotalsRule::sumUp.
class DisputeRule {
public:
    static void apply(const EngineInputs &in, EngineResult &result);
    /// Whether `result` settled the dispute over `cls` of `contractId`.
    static bool settled(const EngineResult &result, const QString &contractId, WorkloadClass cls);
};

} // namespace hp
