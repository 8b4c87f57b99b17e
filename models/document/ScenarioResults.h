#pragma once

#include "engine/EngineResult.h"

#include <QString>

#include <optional>
#include <vector>

namespace hp {

/// One scenario's evaluation: the result, or why it could not be evaluated.
struct ScenarioEvaluation {
    QString scenario;
    std::optional<EngineResult> result;
    QString error;
};

/// What the dashboard shows: the chosen scenario and, optionally, a second
/// one to compare with; `generation` says which document state they belong to.
/// When the overview asked for them (ResultsCalculator::setOverviewWanted),
/// `all` holds every scenario of the project, in the project's order.
struct ScenarioResults {
    quint64 generation = 0;
    QString currency; ///< the evaluated project's reporting currency
    ScenarioEvaluation primary;
    std::optional<ScenarioEvaluation> compare;
    std::optional<std::vector<ScenarioEvaluation>> all;
};

} // namespace hp
