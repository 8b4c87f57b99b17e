#include "storage/RecoverySession.h"

#include "domain/Project.h"
#include "storage/ProjectLock.h"
#include "storage/ProjectSaver.h"
#include "storage/RecoveryStore.h"
#include "storage/StorageException.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

namespace hp {

RecoverySession::RecoverySession(const QString &directory, const QString &originalPath)
    : m_directory(directory), m_originalPath(originalPath),
      m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

RecoverySession::~RecoverySession() { discard(); }

QString RecoverySession::recoveryPath() const { return RecoveryStore(m_directory).copyPath(m_id); }

bool RecoverySession::write(const Project &project, StorageError *error)
{
    try {
        if (!QDir().mkpath(m_directory))
            throw StorageException(StorageError::Code::Io, QStringLiteral("cannot create the recovery folder '%1'")
                                                               .arg(QDir::toNativeSeparators(m_directory)));
        if (!m_lock) {
            auto lock = std::make_unique<ProjectLock>(recoveryPath());
            if (!lock->tryLock())
                throw StorageException(StorageError::Code::Io, lock->errorString());
            m_lock = std::move(lock);
        }
        ProjectSaver::save(project, recoveryPath());

        QJsonObject meta;
        meta.insert(QStringLiteral("original_path"), m_originalPath);
        meta.insert(QStringLiteral("title"), project.title);
        meta.insert(QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        QSaveFile file(RecoveryStore(m_directory).metadataPath(m_id));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(meta).toJson()) < 0 || !file.commit())
            throw StorageException(StorageError::Code::Io, QStringLiteral("cannot write '%1': %2")
                                                               .arg(QDir::toNativeSeparators(file.fileName()),
                                                                    file.errorString()));
    } catch (const StorageException &e) {
        if (error)
            *error = e.error();
        return false;
    }
    if (error)
        *error = {};
    return true;
}

void RecoverySession::discard()
{
    if (!m_lock)
        return;
    RecoveryStore(m_directory).removeFiles(m_id);
    m_lock.reset();
}

} // namespace hp
