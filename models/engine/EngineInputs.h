#pragma once

#include "domain/Project.h"
#include "engine/CurrencyConverter.h"
#include "engine/ScenarioResolver.h"

#include <QHash>

#include <vector>

namespace hp {

/// A placement with offering ids resolved to indices. Shares stay in
/// percentage points as given (0..100): every product with a share divides by
/// 100 exactly (Decimal::percentProduct), never rounding the fraction first.
struct ResolvedPlacement {
    YearMonth from;
    int dualRunMonths = 0;
    std::vector<std::pair<int, Decimal>> shares; ///< offering index → percentage points
    std::vector<Decimal> byProvider;            ///< provider index → points, summed over offerings
    std::vector<int> siliconIds;                ///< sorted ids of the silicons holding share
};

/// A workload's shares per provider index (percentage points), summed over offerings.
using ProviderShares = std::vector<Decimal>;

/// Indexed, precomputed inputs shared by every rule of one evaluation.
struct EngineInputs {
    EngineInputs(const Project &project, ResolvedScenario scenario);

    const Project &project;
    ResolvedScenario scenario;
    CurrencyConverter fx;
    int T = 0;
    YearMonth start;
    std::vector<YearMonth> months;

    QHash<QString, int> providerIndex;
    QHash<QString, int> offeringIndex;
    QHash<QString, int> workloadIndex;
    std::vector<int> offeringProvider;           ///< provider index per offering
    std::vector<int> offeringSilicon;            ///< silicon id per offering (trimmed, case-folded name)
    /// Unit id per offering and per workload (trimmed, case-folded unit: equal
    /// ids, the same unit); a workload's is −1 when no offering has its unit.
    std::vector<int> offeringUnit;
    std::vector<int> workloadUnit;
    int unitCount = 0; ///< distinct units among the offerings (ids 0 to unitCount − 1)
    std::vector<bool> marketplaceProvider;       ///< per provider
    std::vector<int> contractProvider;           ///< provider index per contract (−1: unknown)
    std::vector<std::vector<Decimal>> units;     ///< [w][t] (§4.1)
    std::vector<std::vector<Decimal>> revenue;   ///< [w][t]
    std::vector<std::vector<Decimal>> price;     ///< [o][t] (§4.2)
    std::vector<std::vector<ResolvedPlacement>> timeline; ///< [w], sorted by from
    std::vector<std::vector<int>> inForce;       ///< [w][t] index into timeline[w], −1 for none (§4.3)
    /// NPV discount factor per month, raw = factor × 1e18 (TotalsRule::discountFactorE18).
    std::vector<Decimal> discountE18;
    /// [w][o]: Jurisdiction::admits(residency of w, jurisdiction of o) (docs/rules.md
    /// §4 residency), decided once per preparation instead of once per spend line.
    std::vector<std::vector<bool>> residencyAdmits;

    int providerCount() const { return int(project.providers.size()); }
    int offeringCount() const { return int(project.offerings.size()); }
    int workloadCount() const { return int(project.workloads.size()); }
    int monthIndex(YearMonth m) const { return m.monthsSince(start); }
    bool inHorizon(YearMonth m) const { return m >= start && monthIndex(m) < T; }
    YearMonth end() const { return start.plusMonths(T - 1); }

    /// The placement of w in force at t, or nullptr.
    const ResolvedPlacement *placementAt(int w, int t) const
    {
        const int k = inForce[std::size_t(w)][std::size_t(t)];
        return k < 0 ? nullptr : &timeline[std::size_t(w)][std::size_t(k)];
    }
    const ProviderShares &providerShares(const ResolvedPlacement &p) const { return p.byProvider; }

    /// Recomputes what is derived from each workload and offering (units,
    /// revenue, price series) whose figures changed in `project` since it was
    /// derived, and only that. For evaluating one scenario again and again
    /// while figures change (Monte Carlo, PerturbedEvaluation); the project's
    /// structure (entities, ids, order, scenarios) must stay as it was.
    void refresh();

private:
    void deriveWorkload(std::size_t w);
    void deriveOffering(std::size_t o);
    void deriveResidency(std::size_t w);
    std::vector<Workload> m_derivedWorkloads; ///< the figures units[w] and revenue[w] come from
    std::vector<Offering> m_derivedOfferings; ///< the figures price[o] comes from
};

} // namespace hp
