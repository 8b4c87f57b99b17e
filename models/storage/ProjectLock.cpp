#include "storage/ProjectLock.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace hp {

ProjectLock::ProjectLock(const QString &projectPath)
    : m_projectPath(projectPath), m_lockPath(lockFilePathFor(projectPath)), m_lock(m_lockPath)
{
    m_lock.setStaleLockTime(0); // only a dead owner makes a lock stale
}

ProjectLock::~ProjectLock() { unlock(); }

QString ProjectLock::lockFilePathFor(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".lock"));
}

bool ProjectLock::tryLock()
{
    if (m_lock.isLocked())
        return true;
    // QLockFile removes a lock whose process is gone (same host) before it gives up.
    if (m_lock.tryLock(0)) {
        removeLeftoverRemovalLock();
        return true;
    }
    if (m_lock.error() != QLockFile::LockFailedError)
        return false;
    // Two leftovers QLockFile does not clear by itself (a process killed inside
    // QLockFile): the `.rmlock` it holds while removing a stale lock, and a
    // lock file created but not yet filled with its owner's pid. Both are held
    // for microseconds by a live process, which also holds the file's flock
    // from creation on; removeStaleLockFile() takes that flock first, so a live
    // holder's file is never removed.
    bool removed = false;
    const QString removalLock = m_lockPath + QStringLiteral(".rmlock");
    if (isLeftover(removalLock))
        removed |= QLockFile(removalLock).removeStaleLockFile();
    if (!owner() && isLeftover(m_lockPath))
        removed |= m_lock.removeStaleLockFile();
    if (removed && m_lock.tryLock(0)) {
        removeLeftoverRemovalLock();
        return true;
    }
    return false;
}

void ProjectLock::removeLeftoverRemovalLock() const
{
    // A process killed after removing the stale lock but before dropping its
    // `.rmlock` leaves that file behind even though the lock itself is free.
    const QString path = m_lockPath + QStringLiteral(".rmlock");
    if (!QFileInfo::exists(path))
        return;
    QLockFile removalLock(path);
    if (removalLock.tryLock(0)) // its owner is gone: taking and dropping it deletes it
        removalLock.unlock();
    else if (isLeftover(path))
        removalLock.removeStaleLockFile();
}

bool ProjectLock::isLeftover(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && info.lastModified().msecsTo(QDateTime::currentDateTime()) > kLeftoverAgeMs;
}

void ProjectLock::unlock()
{
    if (m_lock.isLocked())
        m_lock.unlock();
}

std::optional<ProjectLock::Owner> ProjectLock::owner() const
{
    Owner o;
    if (!m_lock.getLockInfo(&o.pid, &o.hostname, &o.application))
        return std::nullopt;
    return o;
}

QString ProjectLock::errorString() const
{
    switch (m_lock.error()) {
    case QLockFile::NoError:
        return QString();
    case QLockFile::LockFailedError:
        if (const auto o = owner())
            return QStringLiteral("'%1' is being edited by %2 (process %3 on %4)")
                .arg(QDir::toNativeSeparators(m_projectPath), o->application.isEmpty() ? QStringLiteral("another program") : o->application)
                .arg(o->pid)
                .arg(o->hostname.isEmpty() ? QStringLiteral("this computer") : o->hostname);
        return QStringLiteral("'%1' is being edited by another instance").arg(QDir::toNativeSeparators(m_projectPath));
    case QLockFile::PermissionError:
        return QStringLiteral("cannot create the lock file '%1' (no permission to write in its folder)")
            .arg(QDir::toNativeSeparators(m_lockPath));
    case QLockFile::UnknownError:
        break;
    }
    return QStringLiteral("cannot create the lock file '%1'").arg(QDir::toNativeSeparators(m_lockPath));
}

} // namespace hp
