#pragma once

#include "optimizer/PlanEvaluator.h"

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace hp {

/// The optimizer's evaluations: batches of plans evaluated on several threads
/// (one PlanEvaluator each, plans handed out in order), every outcome kept
/// so that no plan is evaluated twice. An outcome depends only on its plan, so
/// the answers are the same for any number of threads; only a deadline (the
/// time limit) may leave plans of a batch unevaluated.
class PlanEvaluations {
public:
    using Clock = std::chrono::steady_clock;

    using Progress = std::function<bool(int evaluations, std::optional<Decimal> bestSoFar)>;

    /// `progress` (may be empty) is called after each batch, on the calling
    /// thread, with count() + 1 (the base's own evaluation) and the best
    /// feasible objective so far; false cancels (stopped() from then on).
    PlanEvaluations(const OptimizerProblem &problem, int threads, std::optional<Clock::time_point> deadline,
                    Progress progress = {});

    /// One outcome per plan, in order; nullptr for a plan the deadline (or a
    /// cancel) skipped (unless `ignoreDeadline`). Throws the engine's error of the lowest failing plan.
    std::vector<const PlanOutcome *> evaluate(const std::vector<SharePlan> &plans, bool ignoreDeadline = false);
    /// The scales of the violation heuristic (OptimizerConstraints::scales of the base).
    void setScales(std::vector<double> scales) { m_scales = std::move(scales); }

    bool deadlinePassed() const { return m_deadline && Clock::now() >= *m_deadline; }
    /// The search must stop: the deadline passed or the progress callback cancelled.
    bool stopped() const { return m_cancelled || deadlinePassed(); }
    bool cancelled() const { return m_cancelled; }
    bool timedOut() const { return m_timedOut; }
    int count() const { return int(m_done.size()); }
    const std::map<SharePlan, PlanOutcome> &all() const { return m_done; }
    PlanEvaluator &mainEvaluator() { return *m_evaluators.front(); }

    /// The search order: feasible first, then less violation, lower
    /// objective, and the lexicographically smaller plan.
    static bool better(const PlanOutcome &a, const SharePlan &planA, const PlanOutcome &b, const SharePlan &planB);

private:
    const OptimizerProblem &m_problem;
    std::vector<std::unique_ptr<PlanEvaluator>> m_evaluators;
    std::optional<Clock::time_point> m_deadline;
    std::vector<double> m_scales;
    std::map<SharePlan, PlanOutcome> m_done;
    bool m_timedOut = false;
    Progress m_progress;
    bool m_cancelled = false;
    std::optional<Decimal> m_bestFeasible; ///< lowest objective of a feasible plan so far
};

} // namespace hp
