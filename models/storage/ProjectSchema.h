#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace hp {

class SqliteConnection;

/// The tables of a .hedgeplan file and the migrations between schema versions
/// (docs/storage.md). A file is always created by running the migration chain
/// from an empty database, so a new file and a migrated one hold the same schema.
class ProjectSchema {
public:
    /// Version stored in `PRAGMA user_version` by this build.
    static constexpr int kCurrentVersion = 3;
    /// `PRAGMA application_id`: "HdgP" — tells a Hedgeplan project from any other SQLite file.
    static constexpr int kApplicationId = 0x48646750;

    /// One step: the script that turns a file of version toVersion−1 into toVersion.
    struct Migration {
        int toVersion = 0;
        QString script;
    };

    /// One object of sqlite_master (tables and their indexes).
    struct SchemaObject {
        QString type;
        QString name;
        QString table;
        QString sql; ///< whitespace-normalised CREATE statement; empty for automatic indexes
        friend bool operator==(const SchemaObject &, const SchemaObject &) = default;
    };

    /// The chain of steps from an empty database (toVersion 1 creates every table).
    static const std::vector<Migration> &migrations();

    /// Creates the current schema in an empty database: one transaction that also
    /// sets application_id and user_version.
    static void create(const SqliteConnection &connection);
    /// Upgrades a file of `fromVersion` (0 = empty) to the newest step of `steps`
    /// in one transaction: either every step is applied or none.
    static void migrate(const SqliteConnection &connection, int fromVersion,
                        const std::vector<Migration> &steps = migrations());

    /// sqlite_master of a file of `version`, sorted by type and name, found by
    /// running the chain in an in-memory database.
    static std::vector<SchemaObject> expectedObjects(int version,
                                                     const std::vector<Migration> &steps = migrations());
    /// sqlite_master of an open file, in the same form.
    static std::vector<SchemaObject> actualObjects(const SqliteConnection &connection);
    static QString normalizedSql(const QString &sql);
};

} // namespace hp
