#pragma once

#include "postgres/PgSnapshot.h"

#include <QSet>
#include <QString>

#include <vector>

namespace hp {

/// Brings others' saved changes into a project being edited (docs/storage.md,
/// "Live updates"), row by row, over the rows of the file's tables: `base` is
/// what the editor read (or last saved), `theirs` what the database holds
/// now, `mine` the editor's current rows. A row only they changed takes their
/// version, a row only I changed keeps mine, a row both changed differently
/// is a conflict: theirs when its id is in `takeTheirs`, else mine.
class PgMerge {
public:
    struct Row {
        QString id; ///< table + U+001E + ProjectTables::Table::keyOf (stable across the three sides)
        QString description; ///< "the row id 'cloud-a' of table providers"
        QString difference;  ///< conflicts: "name: yours 'A', theirs 'B'" per differing column ("deleted" when a side removed it)
    };
    struct Result {
        std::vector<ProjectTables::Table> tables; ///< the merged rows (mine when nothing is taken)
        std::vector<Row> changedByThem; ///< rows they inserted, updated or deleted since `base`
        std::vector<Row> conflicts; ///< rows both changed, to different values
    };

    static Result merge(const PgSnapshot &base, const PgSnapshot &theirs, const std::vector<ProjectTables::Table> &mine,
                        const QSet<QString> &takeTheirs = {});
};

} // namespace hp
