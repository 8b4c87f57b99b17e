#pragma once

#include "storage/StorageError.h"

#include <QString>

#include <memory>

namespace hp {

class ProjectLock;
struct Project;

/// The recovery copy of one editing session in a RecoveryStore folder. The
/// GUI calls write() every N minutes of editing; each write replaces the copy
/// atomically. While the session lives its lock keeps the copy out of
/// RecoveryStore::orphans(); destroying the session (a normal end of editing)
/// discards the copy, so only a crash leaves one behind.
class RecoverySession {
public:
    /// `originalPath` is the document's file (empty for a new document).
    RecoverySession(const QString &directory, const QString &originalPath);
    ~RecoverySession();
    RecoverySession(const RecoverySession &) = delete;
    RecoverySession &operator=(const RecoverySession &) = delete;

    bool write(const Project &project, StorageError *error = nullptr);
    /// After Save As, so a recovered copy names the new file.
    void setOriginalPath(const QString &path) { m_originalPath = path; }
    /// Removes the copy now (e.g. after a successful save); a later write() starts a new one.
    void discard();

    const QString &id() const { return m_id; }
    QString recoveryPath() const;

private:
    QString m_directory;
    QString m_originalPath;
    QString m_id;
    std::unique_ptr<ProjectLock> m_lock;
};

} // namespace hp
