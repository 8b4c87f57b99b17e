#pragma once

#include "domain/Project.h"
#include "storage/StorageError.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace hp {

/// One recovery copy found in a RecoveryStore folder.
struct RecoveryEntry {
    QString id;
    QString recoveryPath; ///< the copy, a .hedgeplan file
    QString originalPath; ///< the document's own file; empty for a never-saved document
    QString title;        ///< the project's title at the last autosave
    QDateTime savedAt;    ///< UTC time of the last autosave
};

/// The folder of autosave copies (like LibreOffice's document recovery). Each
/// editing session writes through a RecoverySession; after a crash the copies
/// of sessions whose process is gone are listed by orphans(), and the user
/// restores or discards them. No settings: the caller chooses the folder.
///
/// Files per entry: ID.hedgeplan (the copy, saved atomically), ID.json
/// (original path, title, time) and .ID.hedgeplan.lock (held by the live session).
class RecoveryStore {
public:
    explicit RecoveryStore(const QString &directory);

    const QString &directory() const { return m_directory; }

    /// Copies whose session ended without discarding them (crash, kill), newest
    /// first. Copies of sessions that are still running are not listed;
    /// incomplete leftovers (a crash during the very first autosave) are removed.
    std::vector<RecoveryEntry> orphans() const;
    /// Reads the copy (checked like any project file).
    bool restore(const RecoveryEntry &entry, Project *project, StorageError *error = nullptr) const;
    /// Removes the entry's files; false when its session is still running.
    bool discard(const RecoveryEntry &entry, StorageError *error = nullptr) const;

    QString copyPath(const QString &id) const;
    QString metadataPath(const QString &id) const;
    /// Removes the files of entry `id` (copy, metadata, side and temporary files);
    /// the caller holds the entry's lock, whose file goes when it unlocks.
    void removeFiles(const QString &id) const;

private:
    QString m_directory;
};

} // namespace hp
