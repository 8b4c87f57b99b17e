#pragma once

#include "engine/EngineResult.h"
#include "optimizer/OptimizerRequest.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace hp {

/// The constraints of docs/rules.md §12.1, in the order their names are listed there.
enum class ConstraintKind { MaxExpectedExposure, MaxGrossExposure, NoShortfall, MaxHhi, MaxSingleHomedPct, MinProviders, MaxSwitching, Residency, Capacity };

struct ActiveConstraint {
    ConstraintKind kind;
    Decimal limit; ///< money, HHI, percentage points or a provider count; 0 for no_shortfall
};

/// Reads a plan's constraint values off the engine's result and judges them.
/// Values: total expected / gross exposure, shortfall charged + projected,
/// switching (whole horizon); the highest HHI and single-homed share (in
/// percentage points) of the months from `from`; the lowest provider count of
/// a chosen workload in those months; residency: the months × offerings of a
/// chosen workload's breaches from `from`; capacity: the units of the chosen
/// workloads' placements not served from `from` (docs/rules.md §11.2).
class OptimizerConstraints {
public:
    OptimizerConstraints() = default;
    /// `fromIndex`: horizon index of the plan's first month; `workloadIds`: the chosen workloads;
    /// `residencyRules`: whether one of them has a residency list (then `residency`
    /// is active unless the limits allow breaches); `capacityRules`: whether an
    /// offering of their units has a capacity (then `capacity` is active unless
    /// the limits allow unserved units).
    OptimizerConstraints(const OptimizerLimits &limits, int fromIndex, std::vector<QString> workloadIds,
                         bool residencyRules = false, bool capacityRules = false);

    const std::vector<ActiveConstraint> &active() const { return m_active; }
    int count() const { return int(m_active.size()); }
    /// HHI, single-homed share and provider counts need the engine's detail figures.
    bool needsDetails() const;

    /// One value per active constraint.
    std::vector<Decimal> values(const EngineResult &result) const;
    /// Bit k set when active constraint k is not met.
    std::uint32_t violated(const std::vector<Decimal> &values) const;
    /// How far `values` are from meeting every constraint, each excess divided
    /// by `scale` (a search heuristic only; 0 when all are met).
    double violation(const std::vector<Decimal> &values, const std::vector<double> &scales) const;
    /// Per constraint: max(|limit|, |base value|, 1), the scale of violation().
    std::vector<double> scales(const std::vector<Decimal> &baseValues) const;

    /// Within a cent (money) or 0.01 (HHI, percentage points) of the limit; a provider count equal to it.
    static bool binding(ConstraintKind kind, Decimal value, Decimal limit);
    static bool isMoney(ConstraintKind kind);
    static QString name(ConstraintKind kind);

private:
    bool chosen(const QString &workloadId) const;

    std::vector<ActiveConstraint> m_active;
    int m_fromIndex = 0;
    std::vector<QString> m_workloadIds;
};

} // namespace hp
