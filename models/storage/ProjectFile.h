#pragma once

#include "domain/Project.h"
#include "storage/ProjectLoader.h"
#include "storage/StorageError.h"

#include <QString>

#include <memory>

namespace hp {

class ProjectLock;

/// A .hedgeplan project on disk as a document: open (read-write under a lock,
/// or read-only), save, save as, revert, close. The file is only read at open
/// and only replaced atomically at save (docs/storage.md); nothing stays open
/// in between except the lock. Every call reports failure in *error (when
/// given) with a message fit for the user, and never throws.
class ProjectFile {
public:
    enum class Access { ReadWrite, ReadOnly };

    ProjectFile();
    ~ProjectFile();
    ProjectFile(const ProjectFile &) = delete;
    ProjectFile &operator=(const ProjectFile &) = delete;

    /// Opens and reads `path`. ReadWrite first takes the lock: when another
    /// instance holds it the call fails with Code::Locked (message names the
    /// holder) and the caller may retry ReadOnly. An older schema is migrated
    /// in memory; the file itself is upgraded on the next save.
    bool open(const QString &path, Access access, Project *project, StorageError *error = nullptr);
    /// Replaces the open file's content with `project` (Code::ReadOnly when opened read-only).
    bool save(const Project &project, StorageError *error = nullptr);
    /// Writes `project` to `path` (taking its lock), which becomes this
    /// document's file, opened read-write; the previous file's lock is released.
    bool saveAs(const Project &project, const QString &path, StorageError *error = nullptr);
    /// Reads the open file again (discarding the caller's unsaved edits).
    bool revert(Project *project, StorageError *error = nullptr);
    void close();

    bool isOpen() const { return !m_path.isEmpty(); }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    const QString &path() const { return m_path; }
    /// Schema version of the file when it was opened (below the current one: saving upgrades it).
    int openedSchemaVersion() const { return m_openedVersion; }

    /// Reads a project without locking it (CLI, previews, recovery copies).
    static bool load(const QString &path, Project *project, StorageError *error = nullptr,
                     const ProjectLoader::Options &options = {});
    /// Writes a project atomically under the file's lock, for the duration of the write.
    static bool write(const Project &project, const QString &path, StorageError *error = nullptr);

    /// The path the project lives at: symbolic links resolved, so that a link
    /// and its target share one lock and a save replaces the target, not the link.
    static QString resolvedPath(const QString &path);

private:
    QString m_path;
    Access m_access = Access::ReadOnly;
    int m_openedVersion = 0;
    std::unique_ptr<ProjectLock> m_lock;
};

} // namespace hp
