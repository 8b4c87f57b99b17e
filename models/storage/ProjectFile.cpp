#include "storage/ProjectFile.h"

#include "storage/ProjectLock.h"
#include "storage/ProjectSaver.h"
#include "storage/ProjectSchema.h"
#include "storage/StorageException.h"

#include <QDir>
#include <QFileInfo>

namespace hp {

namespace {

using Code = StorageError::Code;

bool report(StorageError *error, Code code, const QString &message)
{
    if (error)
        *error = {code, message};
    return false;
}

bool succeed(StorageError *error)
{
    if (error)
        *error = {};
    return true;
}

/// Runs `body`, turning any exception into *error.
template <typename Body>
bool guarded(StorageError *error, Body &&body)
{
    try {
        body();
        return succeed(error);
    } catch (const StorageException &e) {
        return report(error, e.error().code, e.error().message);
    } catch (const std::exception &e) {
        return report(error, Code::Io, QString::fromUtf8(e.what()));
    }
}

std::unique_ptr<ProjectLock> takeLock(const QString &path, StorageError *error)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        report(error, Code::Io, QStringLiteral("Cannot use '%1': the folder '%2' does not exist")
                                    .arg(QDir::toNativeSeparators(info.absoluteFilePath()),
                                         QDir::toNativeSeparators(info.absolutePath())));
        return nullptr;
    }
    auto lock = std::make_unique<ProjectLock>(path);
    if (lock->tryLock())
        return lock;
    report(error, lock->heldByOther() ? Code::Locked : Code::ReadOnly, lock->errorString());
    return nullptr;
}

} // namespace

ProjectFile::ProjectFile() = default;
ProjectFile::~ProjectFile() = default;

QString ProjectFile::resolvedPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    if (info.isSymLink()) // a dangling link: save to where it points
        return QFileInfo(info.symLinkTarget()).absoluteFilePath();
    return info.absoluteFilePath();
}

bool ProjectFile::open(const QString &path, Access access, Project *project, StorageError *error)
{
    const QString resolved = resolvedPath(path);
    std::unique_ptr<ProjectLock> lock;
    if (access == Access::ReadWrite && !(lock = takeLock(resolved, error)))
        return false;
    int version = 0;
    Project loaded;
    if (!guarded(error, [&] { loaded = ProjectLoader::load(resolved, {}, &version); }))
        return false;
    close();
    m_path = resolved;
    m_access = access;
    m_openedVersion = version;
    m_lock = std::move(lock);
    if (project)
        *project = std::move(loaded);
    return true;
}

bool ProjectFile::save(const Project &project, StorageError *error)
{
    if (!isOpen())
        return report(error, Code::Io, QStringLiteral("Cannot save: no file is open; choose Save As"));
    if (isReadOnly())
        return report(error, Code::ReadOnly,
                      QStringLiteral("Cannot save '%1': it was opened read-only; choose Save As")
                          .arg(QDir::toNativeSeparators(m_path)));
    if (!guarded(error, [&] { ProjectSaver::save(project, m_path); }))
        return false;
    m_openedVersion = ProjectSchema::kCurrentVersion;
    return true;
}

bool ProjectFile::saveAs(const Project &project, const QString &path, StorageError *error)
{
    const QString resolved = resolvedPath(path);
    if (isOpen() && !isReadOnly() && resolved == m_path)
        return save(project, error);
    auto lock = takeLock(resolved, error);
    if (!lock)
        return false;
    if (!guarded(error, [&] { ProjectSaver::save(project, resolved); }))
        return false;
    close();
    m_path = resolved;
    m_access = Access::ReadWrite;
    m_openedVersion = ProjectSchema::kCurrentVersion;
    m_lock = std::move(lock);
    return true;
}

bool ProjectFile::revert(Project *project, StorageError *error)
{
    if (!isOpen())
        return report(error, Code::Io, QStringLiteral("Cannot revert: no file is open"));
    int version = 0;
    Project loaded;
    if (!guarded(error, [&] { loaded = ProjectLoader::load(m_path, {}, &version); }))
        return false;
    m_openedVersion = version;
    if (project)
        *project = std::move(loaded);
    return true;
}

void ProjectFile::close()
{
    m_lock.reset();
    m_path.clear();
    m_access = Access::ReadOnly;
    m_openedVersion = 0;
}

bool ProjectFile::load(const QString &path, Project *project, StorageError *error,
                       const ProjectLoader::Options &options)
{
    Project loaded;
    if (!guarded(error, [&] { loaded = ProjectLoader::load(resolvedPath(path), options); }))
        return false;
    if (project)
        *project = std::move(loaded);
    return true;
}

bool ProjectFile::write(const Project &project, const QString &path, StorageError *error)
{
    const QString resolved = resolvedPath(path);
    auto lock = takeLock(resolved, error);
    if (!lock)
        return false;
    return guarded(error, [&] { ProjectSaver::save(project, resolved); });
}

} // namespace hp
