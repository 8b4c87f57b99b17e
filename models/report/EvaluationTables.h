#pragma once

#include "engine/EngineResult.h"
#include "analysis/MonteCarloSimulation.h"
#include "analysis/SensitivityAnalysis.h"
#include "report/ResultTable.h"

#include <vector>

namespace hp {

/// The figures of one evaluation (docs/rules.md §10) as typed tables for the CSV
/// and XLSX exports and the deck's summary slide. Money stays exact (Decimal)
/// until an exporter rounds it to cents.
class EvaluationTables {
public:
    /// Monthly, Provider spend, Totals, Providers, Commitments, Violations,
    /// Actuals — in this order, every table present even when empty.
    static std::vector<ResultTable> evaluation(const EngineResult &result);
    /// Monte Carlo: per-month percentiles of total cost, and NPV/total summary.
    static std::vector<ResultTable> monteCarlo(const MonteCarloResult &result);
    /// The tornado as a table (docs/rules.md §5.4): input, target, its low and
    /// high value, the NPV at each and the swing, largest swing first.
    static ResultTable sensitivity(const SensitivityResult &result);
    /// The headline figures of the summary slide (figure, value).
    static ResultTable headline(const EngineResult &result);

    static ResultTable monthly(const EngineResult &result);
    static ResultTable providerSpend(const EngineResult &result);
    static ResultTable totals(const EngineResult &result);
    static ResultTable providers(const EngineResult &result);
    static ResultTable commitments(const EngineResult &result);
    static ResultTable violations(const EngineResult &result);
    static ResultTable actuals(const EngineResult &result);
};

} // namespace hp
