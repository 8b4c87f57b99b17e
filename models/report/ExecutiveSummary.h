#pragma once

#include "engine/EngineResult.h"
#include "report/ChartData.h"

#include <QString>

#include <vector>

namespace hp {

/// One scenario's card on the executive overview (docs/gui.md "Overview"):
/// the figures a CXO asks for first, all taken from the engine's result.
struct ScenarioCard {
    QString scenario;
    QString error;          ///< not empty: the scenario cannot be evaluated (no figures)
    int rank = 0;           ///< 1 = lowest total cost; 0 when it cannot be evaluated
    bool cheapest = false;  ///< rank 1 (every scenario tied at the lowest total is cheapest)
    Decimal total, npv, switching, expectedExposure, revenueAtRisk, riskAdjustedTotal;
    Decimal hhi;               ///< horizon average of the monthly HHI (0–10,000)
    Decimal singleHomedShare;  ///< horizon average, fraction 0..1
    Decimal worstShortfall;    ///< the largest shortfall, charged or projected, of any commitment year; 0 when none
    QString worstShortfallContract; ///< its contract (empty when none)
    Decimal aboveCheapest;     ///< total − the cheapest total (0 for the cheapest)
    QString payback;           ///< §5.3 rev 2 sentence against the baseline; empty for the baseline
};

/// A scenario as the overview receives it: its result, or why there is none.
struct EvaluatedScenario {
    QString scenario;
    const EngineResult *result = nullptr;
    QString error;
};

/// The executive overview: every scenario ranked by total cost (ties keep
/// project order; scenarios that cannot be evaluated last), the cheapest
/// marked, a one-line headline, and the chart of total cost and risk per
/// scenario. The baseline of the payback sentences is the project's first
/// scenario (the status quo in practice).
struct ExecutiveSummary {
    QString currency;
    QString baseline;
    std::vector<ScenarioCard> cards;
    /// "Full exit is the cheapest plan: $123.84B, $60.92B below Status quo."
    QString headline;
    /// Stacked bars per scenario, ranked: total cost, expected exposure and
    /// revenue at risk, so each bar's height is the risk-adjusted total (§11.5).
    ChartData chart;

    static ExecutiveSummary build(const std::vector<EvaluatedScenario> &scenarios, const QString &currency);
    /// Horizon average of a monthly series (0 for an empty one), exact to 1e-9.
    static Decimal average(const std::vector<Decimal> &monthly);
};

} // namespace hp
