#pragma once

#include <QString>

namespace hp {

struct Project;

/// Writes a whole Project atomically (docs/storage.md, "Atomic save"): into a
/// new temporary file next to the target in one transaction, switched to WAL
/// and closed (no side files left), fsynced, renamed over the target, and the
/// folder fsynced. At every instant the target holds the old or the new
/// content. The caller must hold the target's ProjectLock. Failures throw
/// StorageException naming the file; the target is then untouched.
class ProjectSaver {
public:
    static void save(const Project &project, const QString &path);

    /// Prefix of the temporary files a save of `path` creates (`.NAME.saving-…`).
    static QString temporaryPrefix(const QString &path);
};

} // namespace hp
