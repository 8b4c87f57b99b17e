#pragma once

#include "domain/Project.h"
#include "engine/EngineResult.h"

#include <QStringList>

namespace hp {

/// Actuals in the reporting currency (docs/rules.md §6.2 rev 2): each stored
/// actual (provider, month, BillingCurrency) is converted at the project's
/// rate first (one half-even rounding per product), then summed per provider
/// and month into EngineResult::actuals, so USD 100 + EUR 50 at 1.10 is 155.
/// An actual whose currency has no rate never blocks the evaluation and is
/// never summed with other currencies: it goes to actualsUnconverted, as
/// imported. Computed once here; JSON, tables and charts read the result.
class ActualsRule {
public:
    static void apply(const Project &project, EngineResult &result);
    /// One warning per currency left unconverted, naming the actuals.
    static QStringList warnings(const EngineResult &result);
};

} // namespace hp
