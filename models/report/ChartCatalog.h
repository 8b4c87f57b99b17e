#pragma once

#include "domain/Project.h"
#include "report/ChartData.h"

#include <QDate>

#include <cstdint>
#include <optional>

namespace hp {

/// What to chart: the kind, the scenario, scenario B for a comparison (and,
/// for the switching waterfall, the baseline of the lost discount), the
/// Monte Carlo settings of the fan (and of commitment sizing), the contract
/// and commitment clause that `sizing` sizes, and the date printed in the footnote.
struct ChartRequest {
    ChartKind kind = ChartKind::CostByComponent;
    QString scenario;
    QString against;
    int trials = 1000;
    std::uint64_t seed = 1;
    QString contract; ///< sizing only
    int clause = 1;   ///< sizing only: 1-based, as commitments.csv's `clause`
    QDate date;
};

/// The chart kinds by their command-line names (docs/rules.md §10: `cost`,
/// `providers`, `commitments`, `revenue-share`, `switching`, `exposure`,
/// `redundancy`, `unit-cost`, `compare`, `tornado`, `fan`, `actuals`; §11:
/// `capacity`, `silicon-audit`; §12.2: `sizing`) and the
/// one place that evaluates a project into any of them.
///
/// `sizing` is a chart of one commitment clause, not of a scenario alone, and
/// runs a Monte Carlo per candidate size (41 and more): it is named, parsed and
/// built like the others (`export --chart sizing --contract C`), but kinds() —
/// the dashboard's chart picker and the charts a deck or workbook holds by
/// default — leaves it out; Analysis ▸ Size commitment… draws it.
class ChartCatalog {
public:
    static QString name(ChartKind kind);
    static std::optional<ChartKind> parse(QStringView name);
    /// Every chart's name, `sizing` included (the CLI's list).
    static QStringList names();
    /// The charts of a scenario alone, in the picker's order (without `sizing`).
    static std::vector<ChartKind> kinds();

    /// Runs the engine (or the analysis) the chart needs. Throws EngineError
    /// for an unknown scenario, `compare` without `against`, `actuals`
    /// for a project without actuals, or `sizing` of a clause that
    /// CommitmentSizing refuses (its reason: no contract, no tiers, 0 today).
    static ChartData build(const Project &project, const ChartRequest &request);
};

} // namespace hp
