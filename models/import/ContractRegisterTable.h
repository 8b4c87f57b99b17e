#pragma once

#include "canonical/EntityTable.h"

namespace hp {

/// The contract register view (docs/rules.md §6.1): one row per contract with the
/// columns procurement's register files use.
class ContractRegisterTable {
public:
    static EntityTable build(const Project &project);
};

} // namespace hp
