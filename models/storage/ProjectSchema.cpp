#include "storage/ProjectSchema.h"

#include "storage/SqliteConnection.h"
#include "storage/StorageException.h"

#include <QCryptographicHash>

#include <sqlite3.h>

#include <iterator>

namespace hp {

void ProjectSchema::create(const SqliteConnection &connection) { migrate(connection, 0); }

void ProjectSchema::migrate(const SqliteConnection &connection, int fromVersion, const std::vector<Migration> &steps)
{
    int version = fromVersion;
    connection.exec(QStringLiteral("BEGIN IMMEDIATE"));
    try {
        for (const Migration &step : steps) {
            if (step.toVersion <= fromVersion)
                continue;
            if (step.toVersion != version + 1)
                throw StorageException(StorageError::Code::Io,
                                       QStringLiteral("no migration from schema version %1 to %2")
                                           .arg(version)
                                           .arg(version + 1));
            connection.execScript(step.script, QStringLiteral("migrating the project file to schema version %1")
                                                   .arg(step.toVersion));
            version = step.toVersion;
        }
        if (fromVersion == 0)
            connection.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        SqliteStatement orphans = connection.select(QStringLiteral("PRAGMA foreign_key_check"));
        const bool broken = orphans.next();
        orphans.finish();
        if (broken)
            throw StorageException(StorageError::Code::Corrupt,
                                   QStringLiteral("migrating to schema version %1 left rows that refer to missing rows")
                                       .arg(version));
        connection.exec(QStringLiteral("COMMIT"));
    } catch (...) {
        try {
            connection.exec(QStringLiteral("ROLLBACK"));
        } catch (const StorageException &) {
            // The transaction is already gone (SQLite rolls back on some errors).
        }
        throw;
    }
}

std::vector<ProjectSchema::SchemaObject> ProjectSchema::expectedObjects(int version, const std::vector<Migration> &steps)
{
    std::vector<Migration> upTo;
    for (const Migration &step : steps)
        if (step.toVersion <= version)
            upTo.push_back(step);
    SqliteConnection memory(QStringLiteral(":memory:"), SqliteConnection::Mode::ReadWriteCreate);
    migrate(memory, 0, upTo);
    return actualObjects(memory);
}

std::vector<ProjectSchema::SchemaObject> ProjectSchema::actualObjects(const SqliteConnection &connection)
{
    std::vector<SchemaObject> objects;
    SqliteStatement q = connection.select(
        QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));
    while (q.next())
        objects.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           normalizedSql(q.value(3).toString())});
    return objects;
}

QByteArray ProjectSchema::digest(const std::vector<SchemaObject> &objects)
{
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    for (const SchemaObject &o : objects)
        for (const QString *field : {&o.type, &o.name, &o.table, &o.sql}) {
            hash.addData(field->toUtf8());
            hash.addData(QByteArrayView("\0", 1));
        }
    return hash.result().toHex();
}

QByteArray ProjectSchema::knownDigest(int version)
{
    // digest(expectedObjects(version)) of migrations(); a new migration adds
    // its line (the test prints the digest to write).
    // The scripted versions' here, the declared ones' next to their changes.
    static constexpr const char *kDigests[] = {
        nullptr, // version 0: no schema
        "fb519c375c0e35d8dc6461479bed5def1ae4625e9ca733e389cce26f45d8714e",
        "e9693d06ab2721869a0612cf66b9abeb9bb62e42903ddb676671739ccf5a638f",
        "1ad94c450ccf749afb30df6419c7fd0aa21290781f36c3d6141d825e7545dd97",
    };
    static_assert(std::size(kDigests) == SchemaChanges::scriptedVersion() + 1, "a digest for every scripted version");
    static_assert(std::size(kSchemaChangeDigests) == SchemaChanges::declaredVersions() + 1,
                  "a digest for every declared version");
    if (version < 1 || version > kCurrentVersion || sqlite3_libversion_number() != SQLITE_VERSION_NUMBER)
        return {};
    return QByteArray(version < int(std::size(kDigests)) ? kDigests[version]
                                                         : kSchemaChangeDigests[version - SchemaChanges::scriptedVersion()]);
}

QString ProjectSchema::normalizedSql(const QString &sql) { return sql.simplified(); }

} // namespace hp
