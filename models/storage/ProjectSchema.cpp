#include "storage/ProjectSchema.h"

#include "storage/SqliteConnection.h"
#include "storage/StorageException.h"

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
        QSqlQuery orphans = connection.select(QStringLiteral("PRAGMA foreign_key_check"));
        const bool broken = connection.next(orphans);
        orphans = QSqlQuery();
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
    QSqlQuery q = connection.select(
        QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));
    while (connection.next(q))
        objects.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           normalizedSql(q.value(3).toString())});
    return objects;
}

QString ProjectSchema::normalizedSql(const QString &sql) { return sql.simplified(); }

} // namespace hp
