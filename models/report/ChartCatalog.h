#pragma once

#include "domain/Project.h"
#include "report/ChartData.h"

#include <QDate>

#include <cstdint>
#include <optional>

namespace hp {

/// What to chart: the kind, the scenario, scenario B for a comparison (and,
/// for the switching waterfall, the baseline of the lost discount), the
/// Monte Carlo settings of the fan, and the date printed in the footnote.
struct ChartRequest {
    ChartKind kind = ChartKind::CostByComponent;
    QString scenario;
    QString against;
    int trials = 1000;
    std::uint64_t seed = 1;
    QDate date;
};

/// The chart kinds by their command-line names (docs/rules.md §10: `cost`,
/// `providers`, `commitments`, `revenue-share`, `switching`, `exposure`,
/// `redundancy`, `unit-cost`, `compare`, `tornado`, `fan`, `actuals`; §11:
/// `capacity`, `silicon-audit`) and the
/// one place that evaluates a project into any of them.
class ChartCatalog {
public:
    static QString name(ChartKind kind);
    static std::optional<ChartKind> parse(QStringView name);
    static QStringList names();
    static std::vector<ChartKind> kinds();

    /// Runs the engine (or the analysis) the chart needs. Throws EngineError
    /// for an unknown scenario, `compare` without `against`, or `actuals`
    /// for a project without actuals.
    static ChartData build(const Project &project, const ChartRequest &request);
};

} // namespace hp
