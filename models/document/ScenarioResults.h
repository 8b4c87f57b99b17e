#pragma once

#include "engine/EngineResult.h"

#include <QString>

#include <optional>

namespace hp {

/// One scenario's evaluation: the result, or why it could not be evaluated.
struct ScenarioEvaluation {
    QString scenario;
    std::optional<EngineResult> result;
    QString error;
};

/// What the dashboard shows: the chosen scenario and, optionally, a second
/// one to compare with; `generation` says which document state they belong to.
struct ScenarioResults {
    quint64 generation = 0;
    ScenarioEvaluation primary;
    std::optional<ScenarioEvaluation> compare;
};

} // namespace hp
