#pragma once

#include "document/EntityKind.h"

namespace hp {

/// Renames an entity's id together with every reference to it, so an edit
/// of an id column keeps the project consistent: a provider's offerings,
/// contracts and actuals; an offering's allocations and price-drift ranges;
/// a workload's placements and ranges; a contract's p(breach) ranges.
class IdRenamer {
public:
    static Project renamed(const Project &project, EntityKind kind, const QString &from, const QString &to);
};

} // namespace hp
