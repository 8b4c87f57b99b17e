#pragma once

#include "storage/ProjectTables.h"

#include <QString>

#include <vector>

namespace hp {

/// A project as read from PostgreSQL: its rows and each row's version. A save
/// compares the new project with this to write only what changed, and refuses
/// to overwrite a row whose version moved on since (docs/rules.md §13).
struct PgSnapshot {
    qint64 projectId = 0;
    bool writable = false; ///< the role may insert, update and delete in Hedgeplan's tables
    std::vector<ProjectTables::Table> tables; ///< in ProjectTables::shapes() order
    std::vector<std::vector<qint64>> versions; ///< versions[t][r]: version of tables[t].rows[r]
};

} // namespace hp
