#include "SensitivityAnalysis.h"

#include "analysis/InputPerturbation.h"
#include "analysis/PerturbedEvaluation.h"
#include "engine/ScenarioEngine.h"
#include "engine/ScenarioResolver.h"
#include "analysis/TrialRandom.h"

#include <algorithm>

namespace hp {

SensitivityResult SensitivityAnalysis::run(const Project &project, const QString &scenario)
{
    SensitivityResult result;
    result.scenario = scenario;
    const EngineResult base = ScenarioEngine(project, EngineOptions{true, false}).evaluate(scenario); // validates once
    result.currency = base.currency;
    result.baseNpv = base.totals.npv;
    const std::vector<UncertaintyRange> ranges = ScenarioResolver::resolve(project, scenario).uncertainties;
    InputPerturbation::checkTargets(project, scenario, ranges);
    for (const UncertaintyRange &range : ranges) {
        if (range.distribution.kind == DistributionKind::Fixed)
            continue;
        TornadoBar bar;
        bar.range = range;
        bar.lowValue = InputPerturbation::clampedValue(range.input, TrialRandom::low(range.distribution));
        bar.highValue = InputPerturbation::clampedValue(range.input, TrialRandom::high(range.distribution));
        PerturbedEvaluation evaluation(project, scenario, {range});
        bar.npvLow = evaluation.evaluate({bar.lowValue}).npv;
        bar.npvHigh = evaluation.evaluate({bar.highValue}).npv;
        bar.swing = (bar.npvHigh - bar.npvLow).abs();
        result.bars.push_back(bar);
    }
    std::stable_sort(result.bars.begin(), result.bars.end(),
                     [](const TornadoBar &a, const TornadoBar &b) { return a.swing > b.swing; });
    return result;
}

} // namespace hp
