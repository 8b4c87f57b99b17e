#include "PlanEvaluations.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <set>
#include <thread>

namespace hp {

PlanEvaluations::PlanEvaluations(const OptimizerProblem &problem, int threads, std::optional<Clock::time_point> deadline,
                                 Progress progress)
    : m_problem(problem)
    , m_deadline(deadline)
    , m_progress(std::move(progress))
{
    const int n = threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency()));
    for (int k = 0; k < n; ++k)
        m_evaluators.push_back(std::make_unique<PlanEvaluator>(problem));
}

std::vector<const PlanOutcome *> PlanEvaluations::evaluate(const std::vector<SharePlan> &plans, bool ignoreDeadline)
{
    // The plans not evaluated yet, each once, in the order given.
    std::vector<const SharePlan *> todo;
    std::set<const SharePlan *, bool (*)(const SharePlan *, const SharePlan *)> queued(
        [](const SharePlan *a, const SharePlan *b) { return *a < *b; });
    for (const SharePlan &p : plans)
        if (!m_done.contains(p) && queued.insert(&p).second)
            todo.push_back(&p);

    std::vector<std::optional<PlanOutcome>> results(todo.size());
    std::atomic<std::size_t> next{0};
    std::mutex mutex;
    std::size_t failedAt = SIZE_MAX;
    std::exception_ptr failure;
    auto work = [&](PlanEvaluator &evaluator) {
        for (;;) {
            const std::size_t i = next++;
            if (i >= todo.size() || (!ignoreDeadline && stopped()))
                return;
            try {
                results[i] = evaluator.evaluate(*todo[i]);
            } catch (...) {
                std::lock_guard lock(mutex);
                if (i < failedAt) {
                    failedAt = i;
                    failure = std::current_exception();
                }
                return;
            }
        }
    };
    const std::size_t threads = std::min(m_evaluators.size(), std::max<std::size_t>(todo.size(), 1));
    std::vector<std::thread> pool;
    for (std::size_t k = 1; k < threads; ++k)
        pool.emplace_back(work, std::ref(*m_evaluators[k]));
    work(*m_evaluators.front());
    for (std::thread &t : pool)
        t.join();
    if (failure)
        std::rethrow_exception(failure);

    for (std::size_t i = 0; i < todo.size(); ++i) {
        if (!results[i]) {
            m_timedOut = true;
            continue;
        }
        PlanOutcome &o = *results[i];
        o.violation = m_problem.constraints().violation(o.values, m_scales);
        if (o.feasible() && (!m_bestFeasible || o.objective < *m_bestFeasible))
            m_bestFeasible = o.objective;
        m_done.emplace(*todo[i], std::move(o));
    }
    if (m_progress && !m_cancelled && !m_progress(count() + 1, m_bestFeasible))
        m_cancelled = true;
    std::vector<const PlanOutcome *> out;
    for (const SharePlan &p : plans) {
        const auto it = m_done.find(p);
        out.push_back(it == m_done.end() ? nullptr : &it->second);
    }
    return out;
}

bool PlanEvaluations::better(const PlanOutcome &a, const SharePlan &planA, const PlanOutcome &b, const SharePlan &planB)
{
    if (a.feasible() != b.feasible())
        return a.feasible();
    if (!a.feasible() && a.violation != b.violation)
        return a.violation < b.violation;
    if (a.objective != b.objective)
        return a.objective < b.objective;
    return planA < planB;
}

} // namespace hp
