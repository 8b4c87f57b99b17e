#include "storage/ProjectSaver.h"

#include "domain/Project.h"
#include "storage/DurableFile.h"
#include "storage/ProjectSchema.h"
#include "storage/ProjectWriter.h"
#include "storage/SqliteConnection.h"
#include "storage/StorageException.h"
#include "storage/TemporaryFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hp {

namespace {

using Code = StorageError::Code;

void writeDatabase(const Project &project, const QString &path)
{
    SqliteConnection c(path, SqliteConnection::Mode::ReadWriteCreate);
    // The file is invisible until renamed, so its own journal buys nothing:
    // keep the rollback journal in memory while filling it (docs/storage.md).
    c.exec(QStringLiteral("PRAGMA journal_mode = MEMORY"));
    ProjectSchema::create(c);
    c.exec(QStringLiteral("BEGIN IMMEDIATE"));
    ProjectWriter::write(c, project);
    c.exec(QStringLiteral("COMMIT"));
    // The project file is a WAL database (docs/rules.md §7): mark it so, then close,
    // which checkpoints and deletes the (empty) -wal and -shm files.
    if (c.scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString() != QLatin1String("wal"))
        throw StorageException(Code::Io, QStringLiteral("SQLite refused WAL mode"));
    c.close();
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        throw StorageException(Code::Io, QStringLiteral("SQLite left the write-ahead log '%1-wal'").arg(path));
}

/// A -wal next to the target holds pages another SQLite program wrote and did
/// not checkpoint; renaming a new file under it would let SQLite apply those
/// pages to the new file. Fold it into the old file first.
void checkpointForeignWal(const QString &target)
{
    const QFileInfo wal(target + QStringLiteral("-wal"));
    if (!wal.exists() || wal.size() == 0)
        return;
    try {
        SqliteConnection c(target, SqliteConnection::Mode::ReadWriteCreate);
        c.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    } catch (const StorageException &e) {
        throw StorageException(Code::Io, QStringLiteral("another program has unsaved changes in '%1' (%2)")
                                             .arg(QDir::toNativeSeparators(wal.filePath()), e.error().message));
    }
}

} // namespace

QString ProjectSaver::temporaryPrefix(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".saving"));
}

void ProjectSaver::save(const Project &project, const QString &path)
{
    const QFileInfo target(path);
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
    try {
        if (!target.absoluteDir().exists())
            throw StorageException(Code::Io, QStringLiteral("the folder '%1' does not exist")
                                                  .arg(QDir::toNativeSeparators(target.absolutePath())));
        if (target.exists() && !target.isFile())
            throw StorageException(Code::Io, QStringLiteral("it is not a file"));
        const QString prefix = temporaryPrefix(path);
        TemporaryFiles::removeLeftovers(prefix);
        TemporaryFiles scratch(prefix);
        const QString temp = scratch.create();
        writeDatabase(project, temp);
        if (target.exists())
            QFile::setPermissions(temp, QFile::permissions(target.absoluteFilePath()));
        DurableFile::fsyncFile(temp);
        checkpointForeignWal(target.absoluteFilePath());
        DurableFile::replace(temp, target.absoluteFilePath());
        scratch.release(temp);
    } catch (const StorageException &e) {
        throw StorageException(e.error().code, QStringLiteral("Cannot save '%1': %2.").arg(shown, e.error().message));
    } catch (const std::exception &e) {
        throw StorageException(Code::Io, QStringLiteral("Cannot save '%1': %2.").arg(shown, QString::fromUtf8(e.what())));
    }
}

} // namespace hp
