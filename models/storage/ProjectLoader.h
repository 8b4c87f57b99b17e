#pragma once

#include "domain/Project.h"
#include "storage/ProjectSchema.h"

#include <QString>

namespace hp {

class SqliteConnection;

/// Opens a .hedgeplan file read-only, checks it and reads the Project
/// (docs/storage.md, "Opening a file"): SQLite header, application_id, schema
/// version (a newer one is refused naming both versions), the exact set of
/// schema objects (no triggers, views or foreign objects), integrity_check
/// (quick_check above a size) and foreign_key_check. An older file is
/// migrated in a private temporary copy; the file itself is never written.
/// Failures throw StorageException with a message that names the file.
class ProjectLoader {
public:
    struct Options {
        /// Files larger than this get PRAGMA quick_check instead of integrity_check.
        qint64 fullIntegrityCheckMaxBytes = 64 * 1024 * 1024;
        /// The migration chain; null: ProjectSchema::migrations(). Tests pass a
        /// longer chain to exercise migrating on open.
        const std::vector<ProjectSchema::Migration> *migrations = nullptr;

        const std::vector<ProjectSchema::Migration> &steps() const
        {
            return migrations ? *migrations : ProjectSchema::migrations();
        }
    };

    static Project load(const QString &path, const Options &options, int *fileVersion = nullptr);

    /// The checks alone, on an open connection; returns the file's schema version.
    static int verify(const SqliteConnection &connection, qint64 fileSize, const Options &options);
    /// The checks before integrity_check (application_id, schema version,
    /// schema objects); returns the file's schema version.
    static int verifySchema(const SqliteConnection &connection, const Options &options);

private:
    static Project loadMigrated(const SqliteConnection &source, int version, const Options &options);
};

} // namespace hp
