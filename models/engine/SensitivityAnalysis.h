#pragma once

#include "domain/Project.h"

namespace hp {

/// One bar of the tornado: an uncertain input at its low and high value with
/// every other input at base (DOMAIN.md §5.4).
struct TornadoBar {
    UncertaintyRange range;
    double lowValue = 0;
    double highValue = 0;
    Decimal npvLow;
    Decimal npvHigh;
    Decimal swing; ///< |npvHigh − npvLow|
};

struct SensitivityResult {
    QString scenario;
    Decimal baseNpv;
    std::vector<TornadoBar> bars; ///< sorted by swing, largest first
};

class SensitivityAnalysis {
public:
    /// Every range of the scenario except `fixed` ones; low/high per
    /// TrialRandom::low/high. Throws EngineError when the scenario cannot be evaluated.
    static SensitivityResult run(const Project &project, const QString &scenario);
};

} // namespace hp
