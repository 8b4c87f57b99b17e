#pragma once

#include "engine/EngineInputs.h"
#include "engine/EngineResult.h"

namespace hp {

/// docs/rules.md §4.6: due(t) = rate × base revenue(t) for start ≤ t ≤ sunset (the
/// base is summed first and the product rounded once);
/// paid(t) = min(due, remaining total cap, remaining cap of t's calendar year);
/// cap saving = due − paid. Caps count payments inside the horizon only.
/// Base revenue: `any` = the base-class workloads' whole revenue (placed or
/// not); `on_counterparty` = revenue × the share placed on the counterparty's
/// offerings (dual run earns none).
class RevenueShareRule {
public:
    static void apply(const EngineInputs &in, EngineResult &result);
};

} // namespace hp
