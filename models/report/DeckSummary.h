#pragma once

#include "money/MoneyFormat.h"

#include "engine/EngineResult.h"
#include "engine/ScenarioComparison.h"
#include "report/ResultTable.h"

namespace hp {

/// The deck's summary slide (docs/rules.md §6.4): the headline figures of
/// the scenarios exported in compact money ("$185.8B", "−$47.5B"), for people
/// to read at a glance; the exact figures stay in the workbook and the CSV.
/// Every cell is text: the engine's totals and, for two scenarios, the
/// comparison's deltas B − A (ScenarioComparison, §5.2), formatted only.
class DeckSummary {
public:
    /// Figure | scenario.
    static ResultTable of(const EngineResult &result, MoneyStyle style = MoneyStyle::Compact);
    /// Figure | A | B | B − A, from the comparison of A and B.
    static ResultTable of(const ScenarioComparison &comparison, MoneyStyle style = MoneyStyle::Compact);
    /// "$185.8B" in `currency`'s symbol; a delta "+$1.2B" / "−$47.5B".
    static QString money(Decimal value, const QString &currency, bool signedDelta = false, MoneyStyle style = MoneyStyle::Compact);
};

} // namespace hp
