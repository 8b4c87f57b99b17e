#include "PlanEvaluator.h"

#include "analysis/MoneyPercentiles.h"
#include "analysis/PerturbedEvaluation.h"

namespace hp {

PlanEvaluator::PlanEvaluator(const OptimizerProblem &problem)
    : m_problem(problem)
    , m_work(problem.project())
{
    m_work.scenarios.push_back(problem.scenarioFor(problem.basePlan(), problem.candidateName()));
    m_candidate = m_work.scenarios.size() - 1;
}

void PlanEvaluator::setPlan(const SharePlan &plan)
{
    m_work.scenarios[m_candidate] = m_problem.scenarioFor(plan, m_problem.candidateName());
}

PlanOutcome PlanEvaluator::evaluate(const SharePlan &plan)
{
    setPlan(plan);
    return outcome(m_problem.candidateName(), m_work, false);
}

PlanOutcome PlanEvaluator::evaluateBase(TotalFigures *totals)
{
    return outcome(m_problem.base(), m_problem.project(), true, totals);
}

EngineResult PlanEvaluator::result(const SharePlan &plan)
{
    setPlan(plan);
    return ScenarioEngine(m_work, EngineOptions{true, true}).evaluate(m_problem.candidateName());
}

PlanOutcome PlanEvaluator::outcome(const QString &scenario, const Project &project, bool validate, TotalFigures *totals)
{
    const OptimizerConstraints &constraints = m_problem.constraints();
    const EngineResult r = ScenarioEngine(project, EngineOptions{validate, constraints.needsDetails()}).evaluate(scenario);
    if (totals)
        *totals = r.totals;
    PlanOutcome out;
    out.values = constraints.values(r);
    out.violated = constraints.violated(out.values);
    // docs/rules.md §12.1: when unserved units are allowed, revenue at risk joins
    // the NPV and total objectives, so that rationing never looks cheap.
    const Decimal atRisk = m_problem.request().limits.allowUnserved ? r.totals.revenueAtRisk : Decimal();
    switch (m_problem.objective()) {
    case OptimizerObjective::Npv:
        out.objective = r.totals.npv + atRisk;
        break;
    case OptimizerObjective::Total:
        out.objective = r.totals.total + atRisk;
        break;
    case OptimizerObjective::RiskAdjusted:
        out.objective = OptimizerProblem::riskAdjustedTotal(r.totals);
        break;
    case OptimizerObjective::P90: {
        // Without uncertainty ranges every trial is the engine's own figure.
        if (m_problem.draws().empty()) {
            out.objective = r.totals.npv;
            break;
        }
        PerturbedEvaluation trials(project, scenario, m_problem.ranges());
        std::vector<Decimal> npv;
        npv.reserve(m_problem.draws().size());
        for (const std::vector<double> &values : m_problem.draws())
            npv.push_back(trials.evaluate(values).npv);
        out.objective = MoneyPercentiles::percentile(npv, 9);
        break;
    }
    }
    return out;
}

} // namespace hp
