#pragma once

#include "engine/EngineInputs.h"
#include "engine/EngineResult.h"

#include <map>

namespace hp {

/// docs/rules.md §4.7: violations of exclusivity clauses and their gross and
/// expected exposure. Exposure is reported, never added to spend or total.
class ExclusivityRule {
public:
    /// Class → probability in percentage points that it is covered (100 =
    /// certain), after the contract's classification rows override the
    /// clause's listed classes.
    static std::map<WorkloadClass, Decimal> coverage(const Contract &contract, const ExclusivityClause &clause);
    static void apply(const EngineInputs &in, EngineResult &result);
};

} // namespace hp
