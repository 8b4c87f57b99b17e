#pragma once

#include "storage/SchemaChange.h"

#include <QString>

#include <vector>

namespace hp {

class PgConnection;

/// Hedgeplan's schema in a PostgreSQL database (docs/storage.md, "Team
/// server"): one schema `hedgeplan` that several projects share (every table
/// keyed by project_id), its version in `hedgeplan.schema_version`, migrations
/// run in one transaction under an advisory lock. The app needs no superuser
/// and writes nothing outside this schema.
class PgSchema {
public:
    /// The last version of the frozen scripts (PgSchemaMigrations.cpp, PgSchemaVersion3.cpp, PgSchemaVersion4.cpp).
    static constexpr int kScriptedVersion = 4;
    /// Then one version per project file version of the declared changes
    /// (storage/SchemaChange.h, PgSchemaChanges.cpp).
    static constexpr int kCurrentVersion = kScriptedVersion + SchemaChanges::declaredVersions();
    static const QString kName; ///< "hedgeplan"

    struct Migration {
        int toVersion = 0;
        QString script;
    };
    static const std::vector<Migration> &migrations();
    /// `steps` and a step for each project file version of `changes` after
    /// its first line's (the declared list, or a longer one in tests).
    static std::vector<Migration> withChanges(std::vector<Migration> steps, const SchemaChange *begin,
                                              const SchemaChange *end);
    /// The step for one project file version of `changes`.
    static QString changeScript(int fileVersion, const SchemaChange *begin, const SchemaChange *end);

    /// The database's schema version: 0 when it has no schema `hedgeplan`.
    /// Throws NotAProject when `hedgeplan` exists but is not Hedgeplan's.
    static int version(const PgConnection &connection);
    /// Creates or upgrades the schema (one transaction, advisory lock) so that
    /// the database can be written; refuses a newer schema (NewerVersion) and a
    /// database that is not UTF8. `steps` may be longer in tests.
    static void prepareForWrite(const PgConnection &connection, const std::vector<Migration> &steps = migrations());
    /// Throws unless the database holds the current schema: NotFound (no
    /// Hedgeplan schema), NewerVersion, or an older version that a role that
    /// may write must upgrade first.
    static void checkReadable(const PgConnection &connection);

    /// The message for a schema newer than this build.
    static QString newerVersionMessage(int version);

private:
    /// Version 3's script (PgSchemaVersion3.cpp): the change log per statement.
    static QString version3();
    /// Version 4's script (PgSchemaVersion4.cpp): bulk log entries, foreign keys checked per statement.
    static QString version4();
};

} // namespace hp
