#pragma once

#include "engine/GoalSeek.h"
#include "engine/MonteCarloSimulation.h"
#include "engine/ScenarioComparison.h"
#include "engine/SensitivityAnalysis.h"

#include <QJsonObject>

namespace hp {

/// JSON of the analysis commands (docs/cli.md): money as strings with two
/// decimals (half-even), probabilities, shares and input values as numbers.
class AnalysisJson {
public:
    /// `compare`: months, monthly {a, b, delta} (the series of `evaluate`),
    /// cumulative {a, b, delta}, totals {a, b, delta}, break_even or null.
    static QJsonObject comparison(const ScenarioComparison &c);
    /// `montecarlo`: npv, total, monthly_total (fan), against, litigation share.
    static QJsonObject monteCarlo(const MonteCarloResult &r);
    /// `sensitivity`: base_npv and the tornado bars, largest swing first.
    static QJsonObject sensitivity(const SensitivityResult &r);
    static QJsonObject goalSeek(const GoalSeekResult &r);
    /// The `totals` object of `evaluate`.
    static QJsonObject totals(const TotalFigures &t);
    static QJsonObject monthly(const MonthlyFigures &m, const std::vector<YearMonth> &months);
    static QJsonObject range(const UncertaintyRange &r);
};

} // namespace hp
