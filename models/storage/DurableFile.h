#pragma once

#include <QString>

namespace hp {

/// The file-system steps of an atomic save (docs/storage.md, "Atomic save"):
/// flush a file to stable storage, rename it over its target in one step, and
/// flush the directory so the rename itself survives a power cut. POSIX only
/// (Hedgeplan ships for Debian). Failures throw StorageException (Io).
class DurableFile {
public:
    static void fsyncFile(const QString &path);
    static void fsyncDirectory(const QString &directory);
    /// rename(2) `from` over `to` (atomic: `to` is always the old or the new
    /// file), then fsync their directory.
    static void replace(const QString &from, const QString &to);
};

} // namespace hp
