#pragma once

#include "analysis/GoalSeek.h"
#include "analysis/MonteCarloSimulation.h"
#include "engine/ScenarioComparison.h"
#include "analysis/SensitivityAnalysis.h"
#include "json/JsonWriter.h"

#include <QJsonObject>

namespace hp {

/// JSON of the analysis commands (docs/cli.md): money as strings with two
/// decimals (half-even), probabilities, shares and input values as numbers.
///
/// `compare` and `montecarlo` are streamed through a JsonWriter (the bytes of
/// the QJsonDocument they used to be built as, docs/performance.md); a new
/// top-level key is one more Member in writeComparison() / writeMonteCarlo().
class AnalysisJson {
public:
    /// `compare`: months, monthly {a, b, delta} (the series of `evaluate`),
    /// cumulative {a, b, delta}, totals {a, b, delta}, break_even (B's payback
    /// month) or null, pays_back ("a", "b" or null) and pays_back_month.
    static void writeComparison(JsonWriter &w, const ScenarioComparison &c);
    /// `montecarlo`: npv, total, monthly_total (fan), against, litigation share.
    static void writeMonteCarlo(JsonWriter &w, const MonteCarloResult &r);
    /// `sensitivity`: base_npv and the tornado bars, largest swing first.
    static QJsonObject sensitivity(const SensitivityResult &r);
    static QJsonObject goalSeek(const GoalSeekResult &r);
    /// An uncertainty range: input, target or null, distribution, p1…p3.
    static void writeRange(JsonWriter &w, const UncertaintyRange &r);
    static QJsonObject range(const UncertaintyRange &r);

private:
    static void writePercentiles(JsonWriter &w, const MoneyPercentiles &p);
    static void writeFan(JsonWriter &w, const std::vector<MoneyPercentiles> &monthly);
};

} // namespace hp
