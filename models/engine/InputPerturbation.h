#pragma once

#include "domain/Project.h"
#include "engine/EngineResult.h"

namespace hp {

/// Applies a concrete value of an uncertain input (DOMAIN.md §5.6) to a
/// project, for a range's target (a workload, offering or contract id) or,
/// with an empty target, for every entity the input exists on:
/// growth → workload monthly_growth_pct; price_drift → offering
/// annual_drift_pct; revenue → workload monthly_revenue; p_breach →
/// p_breach_pct of the contract's contested classification rows;
/// egress_gb → workload stored_gb; reengineering_months → workload
/// person-months. Percentages are in points, like the CSV columns.
///
/// A `bernoulli` range on p_breach is a litigation outcome instead: 1 means
/// the court finds a breach and the target contract's gross exposure is
/// charged as a cost (litigationCharge), 0 means it is not.
class InputPerturbation {
public:
    static void apply(Project &project, const UncertaintyRange &range, double value);
    static bool isLitigation(const UncertaintyRange &range)
    {
        return range.distribution.kind == DistributionKind::Bernoulli && range.input == UncertainInput::PBreach;
    }
    /// Gross exposure per month of the violations of `contractId` (all
    /// contracts when empty), to add to total(t) when litigation is drawn.
    static std::vector<Decimal> litigationCharge(const EngineResult &result, const QString &contractId);
};

} // namespace hp
