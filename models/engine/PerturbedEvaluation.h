#pragma once

#include "domain/Project.h"
#include "engine/EngineResult.h"

#include <vector>

namespace hp {

/// A scenario evaluated with concrete values for some uncertain inputs: the
/// project is copied, the values applied (InputPerturbation), the exact
/// engine run, and a drawn litigation outcome charged into the totals.
struct PerturbedOutcome {
    std::vector<Decimal> monthlyTotal;
    Decimal total;
    Decimal npv;
    bool litigation = false;
};

class PerturbedEvaluation {
public:
    /// `project` must already be valid (validation is not repeated per call).
    static PerturbedOutcome evaluate(const Project &project, const QString &scenario,
                                     const std::vector<std::pair<UncertaintyRange, double>> &values);
    /// The same on a scratch copy the caller keeps between calls: every value
    /// overwrites its fields, so a scratch reused for the same set of ranges
    /// needs no restoring (Monte Carlo keeps one per thread).
    static PerturbedOutcome evaluateInPlace(Project &scratch, const QString &scenario,
                                            const std::vector<std::pair<UncertaintyRange, double>> &values);
    /// Litigation charged on a finished result: adds the gross exposure of
    /// the range's target contract to every month's total and to the NPV.
    static void chargeLitigation(PerturbedOutcome &outcome, const EngineResult &result, const QString &contractId,
                                 Decimal annualRatePct);
};

} // namespace hp
