#pragma once

#include "engine/MonteCarloSimulation.h"
#include "engine/ScenarioComparison.h"
#include "engine/SensitivityAnalysis.h"

#include <QJsonObject>

namespace hp {

/// JSON of the analysis commands (docs/cli.md): money as two-decimal strings,
/// probabilities and shares as numbers.
class AnalysisJson {
public:
    static QJsonObject comparison(const ScenarioComparison &c);
    static QJsonObject monteCarlo(const MonteCarloResult &r);
    static QJsonObject sensitivity(const SensitivityResult &r);
    static QJsonObject totals(const TotalFigures &t);
};

} // namespace hp
