#pragma once

#include "engine/EngineResult.h"
#include "json/JsonWriter.h"

namespace hp {

/// JSON of docs/rules.md §10–§11 (rev 2) for `evaluate` and `audit-silicon`:
/// capacity shortages, residency breaches, disputes and the silicon audit.
/// Each row object writes its keys in ascending order; money as two-decimal
/// strings, fractions and percentage points as numbers, `null` where §11 says.
class ScarcityJson {
public:
    static void writeCapacity(JsonWriter &w, const std::vector<CapacityShortage> &rows);
    static void writeResidencyBreaches(JsonWriter &w, const std::vector<ResidencyBreach> &rows);
    static void writeDisputes(JsonWriter &w, const std::vector<DisputeResult> &rows);
    static void writeSiliconAuditRows(JsonWriter &w, const std::vector<SiliconAuditRow> &rows);
    /// `{"scenario", "month", "silicon_audit", "silicon_premium_per_month"}` of `audit-silicon --json`.
    static void writeSiliconAudit(JsonWriter &w, const QString &scenario, const SiliconAudit &audit);
};

} // namespace hp
