#include "postgres/PgSchema.h"

#include "postgres/PgConnection.h"
#include "storage/StorageException.h"

namespace hp {

using Code = StorageError::Code;

const QString PgSchema::kName = QStringLiteral("hedgeplan");

namespace {

/// pg_advisory_xact_lock key: "HdgP", as the file's application_id.
constexpr qint64 kMigrationLock = 0x48646750;

} // namespace

QString PgSchema::newerVersionMessage(int version)
{
    return QStringLiteral("it holds Hedgeplan schema version %1, written by a newer version of Hedgeplan; this version "
                          "of Hedgeplan reads schema versions 1 to %2. Update Hedgeplan to open it.")
        .arg(version)
        .arg(kCurrentVersion);
}

int PgSchema::version(const PgConnection &c)
{
    if (c.scalar(QStringLiteral("SELECT to_regnamespace('hedgeplan') IS NOT NULL")) != u"t")
        return 0;
    if (c.scalar(QStringLiteral("SELECT to_regclass('hedgeplan.schema_version') IS NOT NULL")) != u"t")
        throw StorageException(Code::NotAProject,
                               c.messageFor(QStringLiteral("the database has a schema 'hedgeplan' that Hedgeplan did not create "
                                                           "(no table hedgeplan.schema_version)")));
    bool ok = false;
    const int v = c.scalar(QStringLiteral("SELECT version FROM hedgeplan.schema_version WHERE id = 1")).toInt(&ok);
    if (!ok || v < 1)
        throw StorageException(Code::Corrupt, c.messageFor(QStringLiteral("hedgeplan.schema_version holds no valid version")));
    return v;
}

void PgSchema::checkReadable(const PgConnection &c)
{
    const int v = version(c);
    if (v == 0)
        throw StorageException(Code::NotFound,
                               c.messageFor(QStringLiteral("the database holds no Hedgeplan projects (it has no schema 'hedgeplan')")));
    if (v > kCurrentVersion)
        throw StorageException(Code::NewerVersion, c.messageFor(newerVersionMessage(v)));
    if (v < kCurrentVersion)
        throw StorageException(Code::NewerVersion,
                               c.messageFor(QStringLiteral("it holds Hedgeplan schema version %1; open it once with a role "
                                                           "that may write, which upgrades it to version %2")
                                                .arg(v)
                                                .arg(kCurrentVersion)));
}

void PgSchema::prepareForWrite(const PgConnection &c, const std::vector<Migration> &steps)
{
    const int target = steps.empty() ? 0 : steps.back().toVersion;
    if (version(c) == target)
        return;
    PgTransaction transaction(c);
    c.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock));
    const int from = version(c); // again, under the lock: another client may have migrated meanwhile
    if (from > target)
        throw StorageException(Code::NewerVersion, c.messageFor(newerVersionMessage(from)));
    if (from == target)
        return;
    const QString encoding = c.scalar(QStringLiteral("SELECT pg_encoding_to_char(encoding) FROM pg_database "
                                                     "WHERE datname = current_database()"));
    if (encoding != u"UTF8")
        throw StorageException(Code::Io, c.messageFor(QStringLiteral("the database's encoding is %1; Hedgeplan needs a "
                                                                     "UTF8 database (CREATE DATABASE … ENCODING 'UTF8')")
                                                          .arg(encoding)));
    if (from == 0)
        c.exec(QStringLiteral("CREATE SCHEMA hedgeplan"), {}, QStringLiteral("creating the schema hedgeplan"));
    c.exec(QStringLiteral("SET LOCAL search_path = hedgeplan, pg_catalog"));
    int version = from;
    for (const Migration &step : steps) {
        if (step.toVersion <= from)
            continue;
        if (step.toVersion != version + 1)
            throw StorageException(Code::Io, c.messageFor(QStringLiteral("no migration from schema version %1 to %2")
                                                              .arg(version)
                                                              .arg(version + 1)));
        c.exec(step.script, {}, QStringLiteral("migrating to Hedgeplan schema version %1").arg(step.toVersion));
        version = step.toVersion;
    }
    c.exec(QStringLiteral("INSERT INTO hedgeplan.schema_version (id, version) VALUES (1, $1) "
                          "ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, migrated_at = now(), "
                          "migrated_by = current_user"),
           {QString::number(version)});
    c.exec(QStringLiteral("SET LOCAL search_path = pg_catalog"));
    transaction.commit();
}

} // namespace hp
