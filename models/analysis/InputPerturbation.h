#pragma once

#include "domain/Project.h"
#include "engine/EngineResult.h"

#include <vector>

namespace hp {

/// Applies a concrete value of an uncertain input (docs/rules.md §5.6) to a
/// project, for a range's target (a workload, offering or contract id) or,
/// with an empty target, for every entity the input exists on:
/// growth → workload monthly_growth_pct; price_drift → offering
/// annual_drift_pct; revenue → workload monthly_revenue; p_breach →
/// p_breach_pct of the contract's contested classification rows;
/// egress_gb → workload stored_gb; reengineering_months → workload
/// person-months; capacity → a factor on the offering's capacity_units and
/// capacity.csv rows as the base project has them (§11.2). Values are in the CSV column's own unit (percentage points,
/// money per month, GB, person-months) and are clamped to the input's domain
/// (clampedValue) so that a wide distribution never makes a project invalid.
///
/// A `bernoulli` range on p_breach is a litigation outcome instead: 1 means
/// the court finds a breach and the target contract's gross exposure is
/// charged as a cost (litigationCharge), 0 means it is not.
class InputPerturbation {
public:
    /// Throws EngineError naming the scenario and range when a target does not
    /// exist (a workload for growth, revenue, egress_gb, reengineering_months;
    /// an offering for price_drift and capacity; a contract for p_breach).
    static void checkTargets(const Project &project, const QString &scenario, const std::vector<UncertaintyRange> &ranges);

    /// `base` is the project `project` was copied from (same structure): a
    /// factor input (capacity) scales the base's figures, so repeated calls
    /// never compound.
    static void apply(Project &project, const Project &base, const UncertaintyRange &range, double value);
    /// growth and price_drift ≥ −100 %; p_breach in 0…100 %; revenue, egress
    /// GB, person-months and the capacity factor ≥ 0.
    static double clampedValue(UncertainInput input, double value);

    static bool isLitigation(const UncertaintyRange &range)
    {
        return range.distribution.kind == DistributionKind::Bernoulli && range.input == UncertainInput::PBreach;
    }
    /// A drawn value counts as "litigation happened" from 0.5 on (draws are 0 or 1).
    static bool litigationDrawn(double value) { return value >= 0.5; }
    /// Gross exposure per horizon month of the violations of `contractId`
    /// (every contract when empty), to add to total(t) when litigation is drawn.
    static std::vector<Decimal> litigationCharge(const EngineResult &result, const QString &contractId);
};

} // namespace hp
