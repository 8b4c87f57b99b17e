#pragma once

#include "money/MoneyFormat.h"

#include "domain/Project.h"
#include "engine/EngineResult.h"
#include "report/ChartData.h"
#include "report/ResultTable.h"

#include <QDate>
#include <QString>

#include <vector>

namespace hp {

/// What a presenter's slide deck shows: a title slide, a summary slide with
/// the headline figures, then one slide per chart with its footnote.
struct DeckContent {
    QString title;
    QString subtitle; ///< scenario and horizon
    QDate date;       ///< the export date shown in footnotes
    bool illustrative = false;
    QString footnote; ///< for slides whose chart has none
    ResultTable headline; ///< exact figures (Decimal)
    /// The summary slide's table in compact money (DeckSummary); empty: the
    /// slide shows `headline`.
    ResultTable summary;
    /// Under the summary table: the break-even sentence of two scenarios
    /// (ScenarioComparison::paybackSentence, docs/rules.md §5.3).
    QString summaryNote;
    std::vector<ChartData> charts;

    /// The demo deck of one evaluation with the basic charts (BasicCharts), capacity
    /// and silicon audit included when they have something to show;
    /// with `against`, the summary compares the two scenarios.
    static DeckContent fromEvaluation(const Project &project, const EngineResult &result, QDate date,
                                      const EngineResult *against = nullptr, MoneyStyle money = MoneyStyle::Compact);
    /// "Scenario S · 2026-01 to 2030-12 · 2026-11-30 · Illustrative data".
    static QString footnoteFor(const EngineResult &result, QDate date, bool illustrative);
};

} // namespace hp
