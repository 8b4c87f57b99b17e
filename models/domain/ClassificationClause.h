#pragma once

#include "domain/FieldDescriptor.h"
#include "domain/WorkloadClass.h"
#include "money/Decimal.h"

#include <optional>

namespace hp {

enum class Coverage { Yes, No, Contested };
QString toString(Coverage c);
std::optional<Coverage> parseCoverage(QStringView text);

/// How a contract classifies a workload class for its exclusivity (docs/rules.md §2).
struct ClassificationClause {
    WorkloadClass cls = WorkloadClass::Other;
    Coverage covered = Coverage::Yes;
    Decimal pBreachPct; ///< contested only, percentage points
    /// docs/rules.md §11.4: what the counterparty would accept to drop a contested
    /// claim, in the contract's currency; empty: no offer.
    std::optional<Decimal> settlementAmount = {};
    /// Its fields for every format (docs/architecture.md "Descriptors").
    static const EntityDescriptor<ClassificationClause> &descriptor();
    friend bool operator==(const ClassificationClause &, const ClassificationClause &) = default;
};

} // namespace hp
