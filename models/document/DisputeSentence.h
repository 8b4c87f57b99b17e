#pragma once

#include "engine/EngineResult.h"

#include <QCoreApplication>
#include <QString>

namespace hp {

/// One sentence per contested (contract, class) of an evaluation, for the
/// dashboard (docs/gui.md): the engine's verdict (settle, litigate, or no
/// settlement offered), what settling costs against the expected exposure of
/// litigating, the break-even probability of breach and whether the scenario
/// settles it, and when. It formats the engine's DisputeResult only
/// (docs/rules.md §11.4); it computes no figure.
class DisputeSentence {
    Q_DECLARE_TR_FUNCTIONS(hp::DisputeSentence)

public:
    /// e.g. "Partnership, stateful runtime (contested): settle — 1,000.00 now
    /// against an expected exposure of 1,400.00 if litigated; settling is
    /// cheaper whenever the chance of losing exceeds 25.0 % (assumed: 35 %).
    /// Not settled in this scenario." `contract`: the contract's name (empty: its id).
    static QString of(const DisputeResult &dispute, const QString &contract = {});
    /// The sentence without whether the scenario settles it (of() = verdict + status).
    static QString verdict(const DisputeResult &dispute, const QString &contract = {});
    /// "settled in 2027-01", "not settled", or empty when there is no settlement to accept.
    static QString status(const DisputeResult &dispute);
    /// "stateful_runtime" → "stateful runtime".
    static QString classLabel(WorkloadClass cls);
    /// Percentage points with one decimal and the locale's digits: "18.5 %".
    static QString percent(Decimal points, int decimals = 1);
};

} // namespace hp
