#pragma once

#include <QLockFile>
#include <QString>

#include <optional>

namespace hp {

/// Stops two Hedgeplan instances from writing one project: a QLockFile
/// `.NAME.lock` next to the project, held from open to close. A lock left by a
/// process that no longer runs (crash, kill) is taken over; a live owner is
/// reported so the caller can offer a read-only open. Age never makes a lock
/// stale (an instance may edit for days).
class ProjectLock {
public:
    struct Owner {
        qint64 pid = 0;
        QString hostname;
        QString application;
    };

    explicit ProjectLock(const QString &projectPath);
    ~ProjectLock();
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    /// Takes the lock without waiting; false when another live process holds it
    /// (owner() tells who) or the lock file cannot be created (errorString()).
    bool tryLock();
    void unlock();
    bool isLocked() const { return m_lock.isLocked(); }

    /// The holder recorded in the lock file, if any.
    std::optional<Owner> owner() const;
    /// After a failed tryLock(): true when a live process holds the lock (false:
    /// the lock file could not be created, e.g. a read-only folder).
    bool heldByOther() const { return m_lock.error() == QLockFile::LockFailedError; }
    /// Why tryLock() failed, fit for the user.
    QString errorString() const;

    const QString &lockFilePath() const { return m_lockPath; }
    static QString lockFilePathFor(const QString &projectPath);

private:
    /// Age after which a lock file without owner, or a `.rmlock`, is a leftover.
    static constexpr qint64 kLeftoverAgeMs = 500;
    static bool isLeftover(const QString &path);
    void removeLeftoverRemovalLock() const;

    QString m_projectPath;
    QString m_lockPath;
    QLockFile m_lock;
};

} // namespace hp
