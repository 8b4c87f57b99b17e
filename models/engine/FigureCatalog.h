#pragma once

#include "engine/EngineResult.h"

#include <vector>

namespace hp {

/// How a figure is shown: money (cents on output), a plain number (HHI), or
/// a share in percent.
enum class FigureUnit { Money, Number, Share };

/// One monthly series of MonthlyFigures: its JSON key, its title for people
/// (QT_TRANSLATE_NOOP("hp::Figure", …)) and unit, and whether `evaluate
/// --json` writes it (two series are only in the tables).
struct MonthlySeriesInfo {
    const char *key;
    const char *title;
    std::vector<Decimal> MonthlyFigures::*series;
    FigureUnit unit;
    bool inJson;
};

/// One total of TotalFigures (always money).
struct TotalInfo {
    const char *key;
    const char *title;
    Decimal TotalFigures::*value;
};

/// The engine's outputs described once (docs/architecture.md "Engine
/// outputs"): the engine sizes every series from this list, scenario
/// comparison subtracts every figure in it, the JSON report writes it and
/// the evaluation tables (screen, CSV and XLSX exports) show it. A new
/// figure is its member in EngineResult.h, one line here and its rule.
class FigureCatalog {
public:
    /// In the order the monthly table shows them.
    static const std::vector<MonthlySeriesInfo> &monthly();
    /// In the order the totals table shows them.
    static const std::vector<TotalInfo> &totals();
};

} // namespace hp
