#pragma once

#include "postgres/PgSnapshot.h"

namespace hp {

class PgConnection;
class PgSavePipeline;

/// Writes what changed between the rows a project was read with (`base`) and
/// the rows of its new state, in the caller's transaction: inserts the new
/// rows, updates the changed ones and deletes the removed ones, each update
/// and delete only if the row still has the version it was read with. A row
/// someone else changed (or added) since is never overwritten: the save throws
/// StorageException (Conflict) naming the entity, the row, who changed it and
/// when (docs/rules.md §13, no lost update). Rows neither side changed are not touched.
class PgChangeSet {
public:
    struct Counts {
        qint64 inserted = 0, updated = 0, deleted = 0;
    };

    /// The new state's rows come from `pipeline`, table by table, each written and prepared on
    /// its thread while the tables before it are sent.
    /// *after (when given) becomes the snapshot of the saved state: the new rows with
    /// each row's new version, ready for the next save.
    static Counts apply(const PgConnection &c, const PgSnapshot &base, PgSavePipeline &pipeline,
                        PgSnapshot *after = nullptr);
};

} // namespace hp
