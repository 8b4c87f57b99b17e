#include "storage/TemporaryFiles.h"

#include "storage/StorageException.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace hp {

TemporaryFiles::TemporaryFiles(const QString &prefix) : m_prefix(prefix) {}

TemporaryFiles::~TemporaryFiles()
{
    for (const QString &path : std::as_const(m_paths))
        removeWithSideFiles(path);
}

QString TemporaryFiles::create()
{
    const QString path = m_prefix + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        throw StorageException(StorageError::Code::Io,
                               QStringLiteral("cannot create the temporary file '%1': %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    m_paths << path;
    return path;
}

void TemporaryFiles::release(const QString &path) { m_paths.removeAll(path); }

void TemporaryFiles::removeLeftovers(const QString &prefix)
{
    const QFileInfo info(prefix);
    const QDir dir = info.absoluteDir();
    // Compared as text, not as a wildcard: a project name may contain * ? [ ].
    const QString start = info.fileName() + QLatin1Char('-');
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System))
        if (name.startsWith(start))
            QFile::remove(dir.filePath(name));
}

void TemporaryFiles::removeWithSideFiles(const QString &path)
{
    for (const char *suffix : {"-journal", "-wal", "-shm", ""})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace hp
