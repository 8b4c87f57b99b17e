#pragma once

#include "domain/YearMonth.h"
#include "money/Decimal.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>

namespace hp {

/// What the placement optimizer minimises (docs/rules.md §12.1).
enum class OptimizerObjective { Npv, Total, RiskAdjusted, P90 };

/// The optional constraints of §12.1; an unset one is not checked.
/// Exposure, shortfall and switching apply to the whole horizon; HHI,
/// single-homed share and provider count to every month from `from` on.
struct OptimizerLimits {
    std::optional<Decimal> maxExpectedExposure; ///< money, total over the horizon
    std::optional<Decimal> maxGrossExposure;    ///< money, total over the horizon
    bool noShortfall = false;                   ///< no shortfall charged or projected
    std::optional<Decimal> maxHhi;              ///< 0–10 000, every month from `from`
    std::optional<Decimal> maxSingleHomedPct;   ///< percentage points, every month from `from`
    std::optional<int> minProviders;            ///< per chosen workload, every month from `from`
    std::optional<Decimal> maxSwitching;        ///< money, total over the horizon
    /// §12.1: without it, no chosen workload may be placed (not dual run) outside
    /// its residency list from `from` on (constraint `residency`, active when a
    /// chosen workload has a residency list).
    bool allowResidencyBreach = false;
    /// §12.1, §11.2: without it, no chosen workload's placement may go unserved
    /// for want of capacity from `from` on (constraint `capacity`, active when an
    /// offering of a chosen workload's unit has a capacity). With it, revenue at
    /// risk joins the NPV and total objectives, so that rationing never looks cheap.
    bool allowUnserved = false;
};

/// One run of the optimizer (`hedgeplan-cli optimize`).
struct OptimizerRequest {
    QString scenario;              ///< the base scenario
    QStringList workloads;         ///< empty: every workload with a placement in force at `from`
    std::optional<YearMonth> from; ///< empty: the horizon's second month
    Decimal stepPct = Decimal::fromInt(5);
    OptimizerObjective objective = OptimizerObjective::Npv;
    int trials = 200;              ///< P90 only
    std::uint64_t seed = 0;        ///< P90 only
    OptimizerLimits limits;
    int dualRunMonths = 0;         ///< of the plan's placements
    std::optional<double> timeLimitSeconds;
    int threads = 0;               ///< 0: the machine's ideal thread count
    /// Optional progress report, called on the thread that runs the search
    /// after each batch of evaluations with the evaluations so far (the base
    /// included) and the best objective of a plan meeting the constraints (none
    /// yet: empty). Returning false cancels: the search stops as at a time
    /// limit, and the best plan so far is reported (`cancelled`, never `optimal`).
    /// It does not change which plans are evaluated otherwise.
    std::function<bool(int evaluations, std::optional<Decimal> bestSoFar)> progress;
};

} // namespace hp
