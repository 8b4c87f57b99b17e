#include "SensitivityAnalysis.h"

#include "engine/PerturbedEvaluation.h"
#include "engine/ScenarioEngine.h"
#include "engine/ScenarioResolver.h"
#include "engine/TrialRandom.h"

#include <algorithm>

namespace hp {

SensitivityResult SensitivityAnalysis::run(const Project &project, const QString &scenario)
{
    SensitivityResult result;
    result.scenario = scenario;
    result.baseNpv = ScenarioEngine(project).evaluate(scenario).totals.npv; // validates once
    for (const UncertaintyRange &range : ScenarioResolver::resolve(project, scenario).uncertainties) {
        if (range.distribution.kind == DistributionKind::Fixed)
            continue;
        TornadoBar bar;
        bar.range = range;
        bar.lowValue = TrialRandom::low(range.distribution);
        bar.highValue = TrialRandom::high(range.distribution);
        bar.npvLow = PerturbedEvaluation::evaluate(project, scenario, {{range, bar.lowValue}}).npv;
        bar.npvHigh = PerturbedEvaluation::evaluate(project, scenario, {{range, bar.highValue}}).npv;
        bar.swing = (bar.npvHigh - bar.npvLow).abs();
        result.bars.push_back(bar);
    }
    std::stable_sort(result.bars.begin(), result.bars.end(),
                     [](const TornadoBar &a, const TornadoBar &b) { return a.swing > b.swing; });
    return result;
}

} // namespace hp
