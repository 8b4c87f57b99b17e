#pragma once

#include "optimizer/PlacementOptimizer.h"

#include <QJsonObject>

namespace hp {

/// JSON of `hedgeplan-cli optimize` (docs/rules.md §12.1, docs/cli.md): status,
/// objective {name, value}, base {objective, constraints, meets_constraints},
/// plan (placements.csv rows, null when infeasible), totals (as in evaluate),
/// constraints (name, limit, value, binding), conflicting, evaluations,
/// seconds, and the search's facts. Money as strings with two decimals.
class OptimizerJson {
public:
    /// `planScenario`: the value of the plan rows' `scenario` column.
    static QJsonObject result(const OptimizerResult &r, const QString &planScenario);
    static QString statusName(OptimizerStatus status);
};

} // namespace hp
