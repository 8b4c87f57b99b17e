#pragma once

#include "engine/EngineInputs.h"
#include "engine/EngineResult.h"
#include "engine/SpendLine.h"

#include <vector>

namespace hp {

/// docs/rules.md §4.8 switching costs of placement changes: egress on the
/// providers left (graduated tiers, exit waiver), re-engineering when the
/// silicon changes, and dual running on the old offerings. Early termination
/// is TerminationRule.
class SwitchingRule {
public:
    explicit SwitchingRule(const EngineInputs &in) : m_in(in) {}

    /// Adds dual-run lines (list cost; discounts apply later), monthly egress
    /// and re-engineering, and one SwitchEvent per change inside the horizon.
    void apply(std::vector<SpendLine> &lines, EngineResult &result) const;
    /// After discounts: monthly dual-run spend and each event's dual-run total.
    static void attributeDualRun(const std::vector<SpendLine> &lines, EngineResult &result);

    /// Whether exit egress from provider p is waived in month m (the provider's
    /// flag, or an `egress_terms` clause of one of its contracts in force).
    bool egressWaived(int p, YearMonth m) const;
    /// Σ arriving share (percentage points) over offerings whose silicon
    /// (trimmed, case-folded) is not among the silicons of the old placement.
    Decimal newSiliconShare(const std::vector<std::pair<int, Decimal>> &arriving, const ResolvedPlacement &old) const;
    bool isNewSilicon(int offering, const ResolvedPlacement &old) const;
    /// person-months × cost per person-month × share (points ÷ 100), rounded once.
    Decimal reengineeringCost(int w, Decimal newSiliconSharePct) const;

private:
    const EngineInputs &m_in;
};

} // namespace hp
