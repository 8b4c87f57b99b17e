#pragma once

#include "domain/Project.h"

namespace hp {

/// What to move: from `from` on, `share` percentage points of a workload's
/// placement go to `targetOffering` (the other offerings keep their
/// proportions), in every placement of its timeline from that month.
struct ShareMove {
    QString scenario;
    QString workloadId;
    YearMonth from;
    QString targetOffering;
};

struct GoalSeekResult {
    bool reachable = false;
    Decimal sharePct;   ///< the answer, to the tolerance
    QString message;    ///< "not reachable: …" when it is not
};

/// Goal seek (DOMAIN.md §5.5) by bisection on the exact engine, to a
/// tolerance of 0.1 percentage point. Assumes the measured figure moves
/// monotonically with the share moved (true for drawdown and exposure).
class GoalSeek {
public:
    /// The project with `sharePct` of the move applied to the scenario (the
    /// workload's resolved timeline is copied into the scenario and rescaled).
    static Project withShareMoved(const Project &project, const ShareMove &move, Decimal sharePct);

    /// Smallest share that leaves every commitment year of `contractId` free
    /// of shortfall, charged or projected.
    static GoalSeekResult smallestShareWithoutShortfall(const Project &project, const ShareMove &move,
                                                        const QString &contractId);
    /// Largest share whose scenario keeps total expected exposure ≤ limit.
    static GoalSeekResult largestShareUnderExposure(const Project &project, const ShareMove &move, Decimal limit);

    static constexpr double kTolerancePp = 0.1;
};

} // namespace hp
