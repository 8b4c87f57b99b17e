#pragma once

#include "domain/Project.h"

namespace hp {

/// What to move: from month `from` on, `share` percentage points of a
/// workload's placement go to `targetOffering`, the other offerings keeping
/// their proportions, in every placement of its timeline from that month.
struct ShareMove {
    QString scenario;
    QString workloadId;
    YearMonth from;
    QString targetOffering;
};

struct GoalSeekResult {
    bool reachable = false;
    Decimal sharePct;   ///< the answer in percentage points, to kTolerancePp
    /// At the answer: the shortfall (charged + projected) left, or the
    /// expected exposure. When not reachable: the figure at the best end (100 % or 0 %).
    Decimal figure;
    int evaluations = 0;
    QString message;    ///< "not reachable: …" when it is not
};

/// Goal seek (docs/rules.md §5.5) by bisection on the exact engine, to a
/// tolerance of 0.1 percentage point (the answer errs on the safe side: at
/// most 0.1 point above the smallest passing share, below the largest).
/// Assumes the tested condition flips once as the share grows (see
/// docs/analysis.md): true for drawdown on the target's provider and for
/// exposure from a share placed outside an exclusivity's beneficiary.
class GoalSeek {
public:
    /// The project with `sharePct` of the move applied to the scenario (the
    /// workload's resolved timeline is copied into the scenario and rescaled;
    /// shares stay exactly 100 %). Throws EngineError for an unknown scenario,
    /// workload or offering, a share outside 0–100, or a workload the scenario
    /// does not place.
    static Project withShareMoved(const Project &project, const ShareMove &move, Decimal sharePct);

    /// (a) Smallest share that leaves every commitment year of `contractId`
    /// overlapping the horizon free of shortfall, charged or projected.
    static GoalSeekResult smallestShareWithoutShortfall(const Project &project, const ShareMove &move,
                                                        const QString &contractId);
    /// (b) Largest share whose scenario keeps the expected exposure (of
    /// `contractId`'s violations, or of all when empty) at or under `limit`.
    static GoalSeekResult largestShareUnderExposure(const Project &project, const ShareMove &move, Decimal limit,
                                                    const QString &contractId = {});

    static constexpr double kTolerancePp = 0.1;
};

} // namespace hp
