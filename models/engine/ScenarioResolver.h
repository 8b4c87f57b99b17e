#pragma once

#include "domain/Project.h"

#include <QHash>
#include <QString>

#include <vector>

namespace hp {

/// A scenario with its parent chain applied (docs/rules.md §5.1): start, length and
/// rate inherited when empty; each workload's timeline taken from the nearest
/// scenario of the chain that places it at all.
struct ResolvedScenario {
    QString name;
    YearMonth start;
    int months = 0;
    Decimal discountRatePct;
    bool settleDisputes = false; ///< docs/rules.md §11.4, inherited like the rate
    /// workload id → its placements sorted by from-month
    QHash<QString, std::vector<Placement>> timelines;
    std::vector<UncertaintyRange> uncertainties; ///< own ranges first, then inherited ones not overridden
};

class ScenarioResolver {
public:
    /// Throws EngineError for an unknown scenario, a parent cycle, or a chain
    /// without start month or length.
    static ResolvedScenario resolve(const Project &project, const QString &scenarioName);
    /// The scenario and its ancestors, the scenario first.
    static std::vector<const Scenario *> chain(const Project &project, const QString &scenarioName);
};

} // namespace hp
