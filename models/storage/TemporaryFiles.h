#pragma once

#include <QString>
#include <QStringList>

namespace hp {

/// Scratch SQLite files named `<prefix>-<random>`, removed together with
/// their -journal/-wal/-shm side files when this object goes away, unless
/// released (after being renamed into place).
class TemporaryFiles {
public:
    explicit TemporaryFiles(const QString &prefix);
    ~TemporaryFiles();
    TemporaryFiles(const TemporaryFiles &) = delete;
    TemporaryFiles &operator=(const TemporaryFiles &) = delete;

    /// Creates a new empty file (never an existing one); throws StorageException (Io).
    QString create();
    void release(const QString &path);

    /// Removes files left by an earlier process that died while using `prefix`
    /// (call only while holding the lock that makes such files orphans).
    static void removeLeftovers(const QString &prefix);
    static void removeWithSideFiles(const QString &path);

private:
    QString m_prefix;
    QStringList m_paths;
};

} // namespace hp
