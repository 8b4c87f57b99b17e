#pragma once

#include "engine/EngineResult.h"
#include "report/ChartFrame.h"

namespace hp {

/// Charts of scarcity (docs/charts.md, docs/rules.md §11.2 and §11.3): can we
/// get the capacity, and are we paying a silicon premium. Pure conversions of
/// an EngineResult (Decimal → double for the geometry); the engine decides
/// every figure.
class ScarcityChartBuilder {
public:
    explicit ScarcityChartBuilder(const ChartFrame &frame) : m_frame(frame) {}

    /// Per offering whose capacity binds in some month (EngineResult::capacityProfiles):
    /// placed units (solid) against available units (dashed, a gap where
    /// unlimited) per month, and the served fraction on a secondary percent axis.
    /// Empty series and an empty state when no offering is rationed.
    ChartData capacity(const EngineResult &r) const;
    /// Monthly silicon premium per workload as horizontal bars, largest on top
    /// (the audit's order), each labelled with its payback ("pays back in 7
    /// months", "no cheaper silicon"). Empty state when no premium is above zero.
    ChartData siliconAudit(const EngineResult &r) const;

    /// The bar label of one audit row: "pays back in 1 month", "pays back in
    /// 7 months", "pays back at once" (no move cost), "no cheaper silicon"
    /// (no alternative, or none cheaper: payback null).
    static QString paybackLabel(const SiliconAuditRow &row);

private:
    const ChartFrame &m_frame;
};

} // namespace hp
