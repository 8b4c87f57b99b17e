#include "storage/ProjectLoader.h"

#include "storage/BackgroundIntegrityCheck.h"
#include "storage/ProjectReader.h"
#include "storage/ProjectSchema.h"
#include "storage/SqliteConnection.h"
#include "storage/StorageException.h"
#include "storage/TemporaryFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <exception>
#include <optional>

namespace hp {

namespace {

using Code = StorageError::Code;

quint32 bigEndian32(const QByteArray &bytes, int at)
{
    return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16)
         | (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
}

/// The SQLite header, before SQLite sees the file: the magic string, and the
/// file size against the page count the header records. SQLite reads a
/// missing end of file as zeros, so a truncated copy could otherwise open with
/// silently changed values.
void checkHeader(const QString &path, bool hasWal)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageException(Code::Io, QStringLiteral("the file cannot be read: %1").arg(file.errorString()));
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        throw StorageException(Code::NotAProject, QStringLiteral("the file is empty"));
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        throw StorageException(Code::NotAProject, QStringLiteral("it is not a Hedgeplan project (not an SQLite database)"));
    if (header.size() < 100)
        throw StorageException(Code::Corrupt, QStringLiteral("the file is damaged (cut short inside its header)"));
    const quint32 pageSizeField = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
    const qint64 pageSize = pageSizeField == 1 ? 65536 : qint64(pageSizeField);
    const quint32 pages = bigEndian32(header, 28);
    const bool pageCountValid = bigEndian32(header, 24) == bigEndian32(header, 92) && pages > 0;
    if (hasWal || !pageCountValid)
        return; // the -wal may hold the newest pages, or an old SQLite wrote the header
    const qint64 expected = qint64(pages) * pageSize;
    if (file.size() != expected)
        throw StorageException(Code::Corrupt, QStringLiteral("the file is damaged (it has %1 bytes, its header says %2)")
                                                  .arg(file.size())
                                                  .arg(expected));
}

Project readInTransaction(const SqliteConnection &c)
{
    c.exec(QStringLiteral("BEGIN"));
    Project p = ProjectReader::read(c);
    c.exec(QStringLiteral("COMMIT"));
    return p;
}

void verifyObjects(const SqliteConnection &c, int version, const std::vector<ProjectSchema::Migration> &steps)
{
    const auto actual = ProjectSchema::actualObjects(c);
    for (const auto &o : actual)
        if (o.type == QLatin1String("trigger") || o.type == QLatin1String("view"))
            throw StorageException(Code::Unsafe,
                                   QStringLiteral("it contains the %1 '%2'. Hedgeplan project files never contain "
                                                  "triggers or views, so this file was altered by another program "
                                                  "and is not opened")
                                       .arg(o.type, o.name));
    // The built-in chain's schema of `version` is known by its digest: a file
    // whose sqlite_master is exactly it passes without building the chain in
    // a database (75 M instructions on every open; docs/performance.md). Any
    // other file goes through the comparison below, which names what differs.
    if (&steps == &ProjectSchema::migrations()) {
        const QByteArray known = ProjectSchema::knownDigest(version);
        if (!known.isEmpty() && ProjectSchema::digest(actual) == known)
            return;
    }
    auto expected = ProjectSchema::expectedObjects(version, steps);
    // Tables first, so a dropped table is reported as such, not by its index.
    std::stable_partition(expected.begin(), expected.end(),
                          [](const auto &o) { return o.type == QLatin1String("table"); });
    for (const auto &e : expected) {
        const auto it = std::find_if(actual.begin(), actual.end(),
                                     [&](const auto &o) { return o.type == e.type && o.name == e.name; });
        if (it == actual.end())
            throw StorageException(Code::Corrupt, QStringLiteral("the %1 '%2' is missing").arg(e.type, e.name));
        if (*it != e)
            throw StorageException(Code::Unsafe,
                                   QStringLiteral("the %1 '%2' differs from the one Hedgeplan writes (schema version %3)")
                                       .arg(e.type, e.name)
                                       .arg(version));
    }
    for (const auto &o : actual)
        if (std::find(expected.begin(), expected.end(), o) == expected.end())
            throw StorageException(Code::Unsafe,
                                   QStringLiteral("it contains the %1 '%2', which Hedgeplan does not write").arg(o.type, o.name));
}

void verifyIntegrity(const SqliteConnection &c, qint64 fileSize, const ProjectLoader::Options &options)
{
    const bool quick = fileSize > options.fullIntegrityCheckMaxBytes;
    SqliteStatement q = c.select(quick ? QStringLiteral("PRAGMA quick_check(5)") : QStringLiteral("PRAGMA integrity_check(5)"));
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")})
        throw StorageException(Code::Corrupt, QStringLiteral("the file is damaged (%1: %2)")
                                                  .arg(quick ? QStringLiteral("quick_check") : QStringLiteral("integrity_check"),
                                                       problems.join(QStringLiteral("; "))));
    SqliteStatement fk = c.select(QStringLiteral("PRAGMA foreign_key_check"));
    if (fk.next())
        throw StorageException(Code::Corrupt, QStringLiteral("the file is damaged: row %1 of table %2 refers to a "
                                                             "missing row of table %3")
                                                  .arg(fk.value(1).toString(), fk.value(0).toString(), fk.value(2).toString()));
}

/// Steps 6 and 8 of docs/storage.md ("Opening a file") at once, for a file of
/// the current schema: the released `check` runs integrity_check and
/// foreign_key_check on its own connection and thread while `c` reads the
/// project. The project is returned only when both checks passed; a failed
/// check is reported in preference to anything the read met, as when it ran
/// first.
Project readWhileCheckingIntegrity(const SqliteConnection &c, BackgroundIntegrityCheck &check)
{
    std::exception_ptr readFailure;
    std::optional<Project> project;
    try {
        project = readInTransaction(c);
    } catch (...) {
        readFailure = std::current_exception();
    }
    check.finish();
    if (readFailure)
        std::rethrow_exception(readFailure);
    return std::move(*project);
}

} // namespace

int ProjectLoader::verifySchema(const SqliteConnection &c, const Options &options)
{
    const int applicationId = c.scalar(QStringLiteral("PRAGMA application_id")).toInt();
    if (applicationId != ProjectSchema::kApplicationId)
        throw StorageException(Code::NotAProject,
                               QStringLiteral("it is an SQLite database but not a Hedgeplan project"));
    const int version = c.scalar(QStringLiteral("PRAGMA user_version")).toInt();
    const int newest = options.steps().back().toVersion;
    if (version > newest)
        throw StorageException(Code::NewerVersion,
                               QStringLiteral("it was saved by a newer version of Hedgeplan (project schema version %1); "
                                              "this version of Hedgeplan reads schema versions 1 to %2. "
                                              "Update Hedgeplan to open it")
                                   .arg(version)
                                   .arg(newest));
    if (version < 1)
        throw StorageException(Code::Corrupt, QStringLiteral("it has no valid schema version (%1)").arg(version));
    verifyObjects(c, version, options.steps());
    return version;
}

int ProjectLoader::verify(const SqliteConnection &c, qint64 fileSize, const Options &options)
{
    const int version = verifySchema(c, options);
    verifyIntegrity(c, fileSize, options);
    return version;
}

Project ProjectLoader::load(const QString &path, const Options &options, int *fileVersion)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    try {
        if (!info.exists())
            throw StorageException(Code::NotFound, QStringLiteral("the file does not exist"));
        if (!info.isFile())
            throw StorageException(Code::NotAProject, QStringLiteral("it is not a file"));
        // Hedgeplan's own files never hold a -wal at rest (a save renames a
        // complete file into place), so they are read as an immutable snapshot:
        // no locks, no side files, fine on read-only media. A non-empty -wal was
        // left by another SQLite program and must be read through.
        const QFileInfo wal(path + QStringLiteral("-wal"));
        const bool hasWal = wal.exists() && wal.size() > 0;
        checkHeader(path, hasWal);
        const auto mode = hasWal ? SqliteConnection::Mode::ReadOnly : SqliteConnection::Mode::ReadOnlySnapshot;
        // Step 6's connection opens on its thread while this one opens and
        // checks the schema (steps 3 to 5); the checks start once those passed.
        const qint64 fileSize = info.size();
        BackgroundIntegrityCheck check(path, mode, [fileSize, &options](const SqliteConnection &other) {
            verifyIntegrity(other, fileSize, options);
        });
        SqliteConnection c(path, mode);
        const int version = verifySchema(c, options);
        if (fileVersion)
            *fileVersion = version;
        check.release();
        if (version == options.steps().back().toVersion)
            return readWhileCheckingIntegrity(c, check);
        check.finish();
        return loadMigrated(c, version, options);
    } catch (const StorageException &e) {
        // A value above a limit (SQLITE_TOOBIG) reads as "invalid"; in a file it is damage.
        const auto code = e.error().code == Code::InvalidProject ? Code::Corrupt : e.error().code;
        throw StorageException(code, QStringLiteral("Cannot open '%1': %2.").arg(shown, e.error().message));
    } catch (const std::exception &e) {
        throw StorageException(Code::Corrupt, QStringLiteral("Cannot open '%1': %2.").arg(shown, QString::fromUtf8(e.what())));
    }
}

Project ProjectLoader::loadMigrated(const SqliteConnection &source, int version, const Options &options)
{
    TemporaryFiles scratch(QDir::temp().filePath(QStringLiteral("hedgeplan-migration")));
    SqliteConnection copy(scratch.create(), SqliteConnection::Mode::ReadWriteCreate);
    source.copyTo(copy);
    ProjectSchema::migrate(copy, version, options.steps());
    verifyObjects(copy, options.steps().back().toVersion, options.steps());
    return readInTransaction(copy);
}

} // namespace hp
