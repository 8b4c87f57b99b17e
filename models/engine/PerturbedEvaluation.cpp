#include "PerturbedEvaluation.h"

#include "engine/InputPerturbation.h"
#include "engine/ScenarioEngine.h"
#include "engine/ScenarioResolver.h"
#include "engine/TotalsRule.h"

namespace hp {

PerturbedOutcome PerturbedEvaluation::evaluate(const Project &project, const QString &scenario,
                                               const std::vector<std::pair<UncertaintyRange, double>> &values)
{
    Project copy = project;
    return evaluateInPlace(copy, scenario, values);
}

PerturbedOutcome PerturbedEvaluation::evaluateInPlace(Project &scratch, const QString &scenario,
                                                      const std::vector<std::pair<UncertaintyRange, double>> &values)
{
    for (const auto &[range, value] : values)
        InputPerturbation::apply(scratch, range, value);
    const Project *input = &scratch;
    const EngineResult r = ScenarioEngine(*input, EngineOptions{false, false}).evaluate(scenario);
    PerturbedOutcome out{r.monthly.total, r.totals.total, r.totals.npv, false};
    for (const auto &[range, value] : values) {
        if (InputPerturbation::isLitigation(range) && value >= 0.5) {
            const Decimal rate = ScenarioResolver::resolve(*input, scenario).discountRatePct;
            chargeLitigation(out, r, range.target, rate);
        }
    }
    return out;
}

void PerturbedEvaluation::chargeLitigation(PerturbedOutcome &outcome, const EngineResult &result,
                                           const QString &contractId, Decimal annualRatePct)
{
    outcome.litigation = true;
    const Decimal e18 = Decimal::fromRaw(Int128(1'000'000'000'000'000'000LL));
    const auto charge = InputPerturbation::litigationCharge(result, contractId);
    for (std::size_t t = 0; t < charge.size(); ++t) {
        if (charge[t].isZero())
            continue;
        outcome.monthlyTotal[t] += charge[t];
        outcome.total += charge[t];
        outcome.npv += charge[t].mulDiv(Decimal::fromRaw(TotalsRule::discountFactorE18(annualRatePct, int(t))), e18);
    }
}

} // namespace hp
