#pragma once

#include "domain/Project.h"

namespace hp {

/// One bar of the tornado: an uncertain input at its low and high value with
/// every other input at base (docs/rules.md §5.4).
struct TornadoBar {
    UncertaintyRange range;
    double lowValue = 0;  ///< in the input's unit (TrialRandom::low), after clamping
    double highValue = 0;
    Decimal npvLow;
    Decimal npvHigh;
    Decimal swing; ///< |npvHigh − npvLow|
};

struct SensitivityResult {
    QString scenario;
    QString currency;
    Decimal baseNpv; ///< the deterministic engine's NPV (every input at base)
    std::vector<TornadoBar> bars; ///< sorted by swing, largest first; ties keep the scenario's order
};

class SensitivityAnalysis {
public:
    /// A bar for every range of the scenario (resolved through its parents)
    /// except `fixed` ones; "base" means the project's own value of every
    /// other input (ranges are not applied). Throws EngineError when the
    /// scenario cannot be evaluated or a range's target does not exist.
    static SensitivityResult run(const Project &project, const QString &scenario);
};

} // namespace hp
