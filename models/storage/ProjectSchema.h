#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "storage/SchemaChange.h"

#include <vector>

namespace hp {

class SqliteConnection;

/// The tables of a .hedgeplan file and the migrations between schema versions
/// (docs/storage.md). A file is always created by running the migration chain
/// from an empty database, so a new file and a migrated one hold the same schema.
class ProjectSchema {
public:
    /// Version stored in `PRAGMA user_version` by this build: the last of
    /// the declared changes (storage/SchemaChange.h) after the scripts.
    static constexpr int kCurrentVersion = SchemaChanges::lastVersion();
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

    /// BLAKE2b-256 (hex) of objects in their order: type, name, table and sql of
    /// each, every field ended by a NUL. Equal digests of two sorted lists
    /// mean equal lists.
    static QByteArray digest(const std::vector<SchemaObject> &objects);
    /// digest(expectedObjects(version)) of the built-in chain, written down
    /// when the chain was written (test ProjectSchema.KnownDigestsAreThoseOfTheChain
    /// recomputes them), so that opening a file need not build the chain in a
    /// database every time (docs/storage.md, docs/performance.md). Empty for
    /// a version the table does not hold, and when the SQLite library loaded
    /// is not the one this build was compiled and tested with: SQLite writes
    /// the text of sqlite_master, so then only the chain itself is trusted.
    static QByteArray knownDigest(int version);
    static QString normalizedSql(const QString &sql);
};

} // namespace hp
