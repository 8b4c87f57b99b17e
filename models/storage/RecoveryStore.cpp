#include "storage/RecoveryStore.h"

#include "storage/ProjectFile.h"
#include "storage/ProjectLock.h"
#include "storage/ProjectSaver.h"
#include "storage/TemporaryFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <optional>

namespace hp {

namespace {

/// Bigger metadata than this is not something RecoverySession wrote.
constexpr qint64 kMaxMetadataBytes = 1024 * 1024;

std::optional<RecoveryEntry> readMetadata(const RecoveryStore &store, const QString &id)
{
    QFile file(store.metadataPath(id));
    if (!QFileInfo::exists(store.copyPath(id)) || file.size() > kMaxMetadataBytes || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    RecoveryEntry e;
    e.id = id;
    e.recoveryPath = store.copyPath(id);
    e.originalPath = o.value(QLatin1String("original_path")).toString();
    e.title = o.value(QLatin1String("title")).toString();
    e.savedAt = QDateTime::fromString(o.value(QLatin1String("saved_at")).toString(), Qt::ISODateWithMs);
    if (!e.savedAt.isValid())
        return std::nullopt;
    return e;
}

} // namespace

RecoveryStore::RecoveryStore(const QString &directory) : m_directory(QDir(directory).absolutePath()) {}

QString RecoveryStore::copyPath(const QString &id) const
{
    return QDir(m_directory).filePath(id + QStringLiteral(".hedgeplan"));
}

QString RecoveryStore::metadataPath(const QString &id) const
{
    return QDir(m_directory).filePath(id + QStringLiteral(".json"));
}

void RecoveryStore::removeFiles(const QString &id) const
{
    QFile::remove(metadataPath(id));
    TemporaryFiles::removeWithSideFiles(copyPath(id));
    TemporaryFiles::removeLeftovers(ProjectSaver::temporaryPrefix(copyPath(id)));
}

std::vector<RecoveryEntry> RecoveryStore::orphans() const
{
    const QDir dir(m_directory);
    QSet<QString> ids;
    for (const QString &name : dir.entryList({QStringLiteral("*.json"), QStringLiteral("*.hedgeplan")}, QDir::Files))
        ids.insert(QFileInfo(name).completeBaseName());

    std::vector<RecoveryEntry> entries;
    for (const QString &id : std::as_const(ids)) {
        ProjectLock lock(copyPath(id));
        if (!lock.tryLock())
            continue; // a running session (or a folder we cannot write)
        if (auto entry = readMetadata(*this, id))
            entries.push_back(*entry);
        else
            removeFiles(id); // a crash before the first autosave completed
    }
    std::sort(entries.begin(), entries.end(),
              [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

bool RecoveryStore::restore(const RecoveryEntry &entry, Project *project, StorageError *error) const
{
    return ProjectFile::load(entry.recoveryPath, project, error);
}

bool RecoveryStore::discard(const RecoveryEntry &entry, StorageError *error) const
{
    ProjectLock lock(copyPath(entry.id));
    if (!lock.tryLock()) {
        if (error)
            *error = {lock.heldByOther() ? StorageError::Code::Locked : StorageError::Code::Io, lock.errorString()};
        return false;
    }
    removeFiles(entry.id);
    if (error)
        *error = {};
    return true;
}

} // namespace hp
