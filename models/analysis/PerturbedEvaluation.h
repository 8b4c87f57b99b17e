#pragma once

#include "domain/Project.h"
#include "engine/EngineInputs.h"
#include "engine/EngineResult.h"

#include <vector>

namespace hp {

/// The figures of one scenario evaluated with concrete values for its
/// uncertain inputs, litigation charged (docs/rules.md §5.6). Exact money.
struct PerturbedOutcome {
    std::vector<Decimal> monthlyTotal;
    Decimal total;
    Decimal npv;
    bool litigation = false;
    /// A shortfall was charged or projected (docs/rules.md §4.5) — of the
    /// watched commitment clause (watchShortfallOf), or of any clause.
    bool shortfall = false;
};

/// Evaluates one scenario again and again with concrete values for a fixed
/// list of uncertain inputs, on the exact engine (no rule is re-implemented):
/// the values are applied to a working copy of the project
/// (InputPerturbation), the engine runs without validation and without the
/// detail figures (redundancy, unit and exit cost), and a drawn litigation
/// outcome adds the gross exposure to total(t) and to the NPV.
///
/// One instance per thread: it owns its working copy. Every call applies a
/// value to every range, in list order, so the copy's state — and the outcome —
/// depends only on the values given, never on earlier calls (the prepared
/// inputs are refreshed from the copy before each evaluation).
class PerturbedEvaluation {
public:
    /// `project` must be valid (checked by the caller with ScenarioEngine or
    /// ProjectValidator) and outlive nothing: it is copied.
    PerturbedEvaluation(const Project &project, const QString &scenario, std::vector<UncertaintyRange> ranges);
    PerturbedEvaluation(const PerturbedEvaluation &) = delete; // m_inputs refers to m_work
    PerturbedEvaluation &operator=(const PerturbedEvaluation &) = delete;

    /// `values[k]` for `ranges[k]`. Throws EngineError when a figure leaves the
    /// exact-money range.
    PerturbedOutcome evaluate(const std::vector<double> &values);

    const std::vector<UncertaintyRange> &ranges() const { return m_ranges; }

    /// Makes PerturbedOutcome::shortfall count only the commitment clause
    /// `clauseIndex` (0-based) of contract `contractId` (commitment sizing,
    /// docs/rules.md §12.2). Without a call it counts every clause.
    void watchShortfallOf(const QString &contractId, int clauseIndex);

private:
    Project m_base; ///< the project as given: factor inputs scale its figures
    Project m_work;
    QString m_scenario;
    std::vector<UncertaintyRange> m_ranges;
    QString m_watchedContract; ///< empty: every clause
    int m_watchedClause = 0;
    /// Prepared once from m_work; each evaluation recomputes only the series
    /// of the workloads and offerings whose figures the values changed.
    EngineInputs m_inputs;
};

} // namespace hp
