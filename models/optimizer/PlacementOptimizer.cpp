#include "PlacementOptimizer.h"

#include "optimizer/OptimizerProblem.h"
#include "optimizer/PlanEvaluations.h"

#include <algorithm>
#include <bit>
#include <set>

namespace hp {

namespace {

using Clock = PlanEvaluations::Clock;

/// Plans per progress report while enumerating.
constexpr std::size_t kProgressBatch = 64;

/// Plans one move away from `plan` in workload w's shares: all of it on one
/// offering, and from each offering i holding shares to each other offering j
/// 1, 2, 4, 8 … steps, half and all of i's shares.
std::vector<SharePlan> neighbours(const OptimizerGrid &grid, const SharePlan &plan, int w)
{
    std::vector<SharePlan> out;
    const int base = grid.offset(w), n = grid.width(w);
    for (int k = 0; k < n; ++k) {
        SharePlan p = plan;
        std::fill(p.begin() + base, p.begin() + base + n, 0);
        p[std::size_t(base + k)] = grid.steps();
        out.push_back(std::move(p));
    }
    for (int i = 0; i < n; ++i) {
        const int held = plan[std::size_t(base + i)];
        if (held == 0)
            continue;
        std::set<int> amounts{held, std::max(1, held / 2)};
        for (int a = 1; a < held; a *= 2)
            amounts.insert(a);
        for (int j = 0; j < n; ++j) {
            if (j == i)
                continue;
            for (int a : amounts) {
                SharePlan p = plan;
                p[std::size_t(base + i)] -= a;
                p[std::size_t(base + j)] += a;
                out.push_back(std::move(p));
            }
        }
    }
    return out;
}

/// Coordinate descent: workload by workload, the best neighbour replaces the
/// plan when it is better; stops when a full round improves nothing (or at the deadline).
void descend(PlanEvaluations &evals, const OptimizerGrid &grid, SharePlan plan)
{
    const PlanOutcome *current = evals.evaluate({plan}).front();
    if (!current)
        return;
    for (bool improved = true; improved;) {
        improved = false;
        for (int w = 0; w < grid.workloadCount(); ++w) {
            if (evals.stopped())
                return;
            const std::vector<SharePlan> candidates = neighbours(grid, plan, w);
            const std::vector<const PlanOutcome *> outcomes = evals.evaluate(candidates);
            for (std::size_t k = 0; k < candidates.size(); ++k) {
                if (outcomes[k] && PlanEvaluations::better(*outcomes[k], candidates[k], *current, plan)) {
                    plan = candidates[k];
                    current = outcomes[k];
                    improved = true;
                }
            }
        }
    }
}

std::vector<ConstraintReport> reports(const OptimizerConstraints &constraints, const PlanOutcome &o)
{
    std::vector<ConstraintReport> out;
    for (int k = 0; k < constraints.count(); ++k) {
        const ActiveConstraint &c = constraints.active()[std::size_t(k)];
        const Decimal value = o.values[std::size_t(k)];
        out.push_back({c.kind, c.limit, value, (o.violated & (1u << k)) == 0,
                       OptimizerConstraints::binding(c.kind, value, c.limit)});
    }
    return out;
}

} // namespace

std::uint32_t PlacementOptimizer::smallestConflict(const std::vector<std::uint32_t> &violatedMasks, int count)
{
    if (violatedMasks.empty())
        return 0; // nothing was evaluated: nothing is known to conflict
    const std::uint32_t all = count >= 32 ? ~0u : (1u << count) - 1;
    for (int size = 1; size <= count; ++size) {
        for (std::uint32_t set = 1; set <= all && set != 0; ++set) {
            if (std::popcount(set) != size)
                continue;
            if (std::all_of(violatedMasks.begin(), violatedMasks.end(), [set](std::uint32_t m) { return (m & set) != 0; }))
                return set;
        }
    }
    return all;
}

OptimizerResult PlacementOptimizer::run(const Project &project, const OptimizerRequest &request)
{
    const auto started = Clock::now();
    const OptimizerProblem problem(project, request);
    std::optional<Clock::time_point> deadline;
    if (request.timeLimitSeconds)
        deadline = started + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(*request.timeLimitSeconds));
    PlanEvaluations evals(problem, request.threads, deadline, request.progress);
    const OptimizerGrid &grid = problem.grid();
    const OptimizerConstraints &constraints = problem.constraints();

    OptimizerResult result;
    result.scenario = request.scenario;
    result.from = problem.from();
    result.freshStart = problem.freshStart();
    result.stepPct = request.stepPct;
    result.objective = request.objective;
    for (int w = 0; w < grid.workloadCount(); ++w)
        result.workloads << grid.workload(w).workloadId;
    result.gridSize = grid.size();

    const PlanOutcome base = evals.mainEvaluator().evaluateBase(&result.baseTotals);
    result.baseObjective = base.objective;
    result.baseConstraints = reports(constraints, base);
    result.baseFeasible = base.feasible();
    evals.setScales(constraints.scales(base.values));
    // The base's own plan is always evaluated, so that even a time limit that
    // has passed leaves a plan to report.
    evals.evaluate({problem.basePlan()}, true);

    if (result.gridSize <= kEnumerationLimit) {
        // In batches, so that a progress callback hears of the enumeration as it goes.
        const std::vector<SharePlan> all = grid.enumerate(kEnumerationLimit);
        const std::size_t batch = request.progress ? kProgressBatch : all.size();
        std::size_t k = 0;
        for (; k < all.size() && !evals.stopped(); k += batch)
            evals.evaluate({all.begin() + std::ptrdiff_t(k), all.begin() + std::ptrdiff_t(std::min(all.size(), k + batch))});
        result.exhaustive = k >= all.size() && !evals.timedOut() && !evals.cancelled();
    } else {
        std::vector<SharePlan> starts{problem.basePlan()};
        for (SharePlan &p : problem.providerStarts())
            starts.push_back(std::move(p));
        for (const SharePlan &start : starts) {
            if (evals.stopped())
                break;
            descend(evals, grid, start);
        }
    }
    result.cancelled = evals.cancelled();
    result.timeLimitReached = evals.deadlinePassed() || (evals.timedOut() && !result.cancelled);
    result.evaluations = evals.count() + 1;

    const SharePlan *bestPlan = nullptr;
    const PlanOutcome *best = nullptr;
    std::set<std::uint32_t> masks;
    for (const auto &[plan, outcome] : evals.all()) {
        masks.insert(outcome.violated);
        if (!best || PlanEvaluations::better(outcome, plan, *best, *bestPlan)) {
            bestPlan = &plan;
            best = &outcome;
        }
    }
    if (best && best->feasible()) {
        result.status = result.exhaustive ? OptimizerStatus::Optimal : OptimizerStatus::Feasible;
        result.value = best->objective;
        result.plan = problem.planPlacements(*bestPlan);
        result.planScenario = problem.scenarioFor(*bestPlan, QString());
        result.constraints = reports(constraints, *best);
        result.totals = evals.mainEvaluator().result(*bestPlan).totals;
    } else {
        result.status = OptimizerStatus::Infeasible;
        const std::uint32_t conflict = smallestConflict({masks.begin(), masks.end()}, constraints.count());
        for (int k = 0; k < constraints.count(); ++k) {
            const ActiveConstraint &c = constraints.active()[std::size_t(k)];
            if (conflict & (1u << k))
                result.conflicting << OptimizerConstraints::name(c.kind);
            result.constraints.push_back({c.kind, c.limit, Decimal(), false, false});
        }
    }
    result.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return result;
}

} // namespace hp
