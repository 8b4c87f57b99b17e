#include "postgres/PgProjectStore.h"

#include "postgres/PgChangeSet.h"
#include "postgres/PgConnection.h"
#include "postgres/PgConnectionPool.h"
#include "postgres/PgSavePipeline.h"
#include "postgres/PgSchema.h"
#include "postgres/PgTableIo.h"
#include "storage/StorageException.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hp {

namespace {

using Code = StorageError::Code;

/// Runs `body`, turning any exception into *error.
template <typename Body>
bool guarded(StorageError *error, Body &&body)
{
    try {
        body();
        if (error)
            *error = {};
        return true;
    } catch (const StorageException &e) {
        if (error)
            *error = e.error();
    } catch (const std::exception &e) {
        if (error)
            *error = {Code::Io, QString::fromUtf8(e.what())};
    }
    return false;
}

/// The project's id, 0 when there is none of that name. `lock`: FOR UPDATE.
qint64 projectId(const PgConnection &c, const QString &name, bool lock = false)
{
    return c.scalar(QStringLiteral("SELECT id FROM hedgeplan.projects WHERE name = $1%1")
                        .arg(lock ? QStringLiteral(" FOR UPDATE") : QString()),
                    {name})
        .toLongLong();
}

[[noreturn]] void noSuchProject(const PgConnection &c, const QString &name)
{
    const PgResult r = c.exec(QStringLiteral("SELECT name FROM hedgeplan.projects ORDER BY name LIMIT 20"));
    QStringList names;
    for (int i = 0; i < r.rows(); ++i)
        names << QStringLiteral("'%1'").arg(r.text(i, 0));
    throw StorageException(Code::NotFound,
                           c.messageFor(QStringLiteral("the database has no project '%1' (%2)")
                                            .arg(name, names.isEmpty() ? QStringLiteral("it holds no projects")
                                                                       : QStringLiteral("projects: %1").arg(names.join(QStringLiteral(", "))))));
}

qint64 createProject(const PgConnection &c, const QString &name)
{
    return c.scalar(QStringLiteral("INSERT INTO hedgeplan.projects (name) VALUES ($1) RETURNING id"), {name},
                    QStringLiteral("creating the project '%1'").arg(name))
        .toLongLong();
}

/// The id of the URI's project; throws NotFound (listing the projects there) when there is none.
qint64 existingProject(const PgConnection &c, const ProjectUri &uri)
{
    const qint64 id = projectId(c, uri.project());
    if (id == 0)
        noSuchProject(c, uri.project());
    return id;
}

/// Reads the JSON text of a jsonb column (scalars too).
QJsonValue jsonValue(const PgResult &r, int row, int column)
{
    if (r.isNull(row, column))
        return QJsonValue::Null;
    return QJsonDocument::fromJson("[" + r.text(row, column).toUtf8() + "]").array().at(0);
}

/// Tells the listeners (PgListener) on commit that `rows` rows of the project changed.
void notify(const PgConnection &c, qint64 id, const QString &name, qint64 rows)
{
    if (rows == 0)
        return;
    const QJsonObject payload{{QStringLiteral("project"), name},
                              {QStringLiteral("id"), double(id)},
                              {QStringLiteral("role"), c.role()},
                              {QStringLiteral("rows"), double(rows)}};
    c.exec(QStringLiteral("SELECT pg_notify($1, $2)"),
           {PgProjectStore::kChannel, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))},
           QStringLiteral("notifying the other clients"));
}

/// A save's statements, in one transaction, with the tables the pipeline prepares.
void saveWith(PgSavePipeline &pipeline, const ProjectUri &uri, PgSnapshot *snapshot)
{
    const PgPooledConnection pooled(uri);
    const PgConnection &c = *pooled;
    // A migration lasts beyond the save's transaction: not for a project the writer refuses.
    if (PgSchema::version(c) != PgSchema::kCurrentVersion)
        pipeline.rethrowWriterError();
    PgSchema::prepareForWrite(c);
    PgTableIo::checkWritable(c);
    PgTransaction transaction(c);
    PgSnapshot base = *snapshot;
    if (base.projectId == 0) {
        if (projectId(c, uri.project()) != 0)
            throw StorageException(Code::Exists,
                                   c.messageFor(QStringLiteral("the project '%1' was created by someone else meanwhile; "
                                                               "nothing was saved")
                                                    .arg(uri.project())));
        base.projectId = createProject(c, uri.project());
        base.tables = ProjectTables::shapes();
        base.versions.assign(base.tables.size(), {});
    } else if (c.scalar(QStringLiteral("SELECT id FROM hedgeplan.projects WHERE id = $1 FOR KEY SHARE"),
                        {QString::number(base.projectId)})
                   .isEmpty()) {
        throw StorageException(Code::Conflict,
                               c.messageFor(QStringLiteral("the project '%1' was deleted since it was read; nothing was saved")
                                                .arg(uri.project())));
    }
    PgSnapshot saved;
    const PgChangeSet::Counts counts = PgChangeSet::apply(c, base, pipeline, &saved);
    notify(c, base.projectId, uri.project(), counts.inserted + counts.updated + counts.deleted);
    transaction.commit();
    *snapshot = std::move(saved);
}

} // namespace

const QString PgProjectStore::kChannel = QStringLiteral("hedgeplan");

bool PgProjectStore::load(const ProjectUri &uri, Project *project, StorageError *error, PgSnapshot *snapshot)
{
    return guarded(error, [&] {
        const PgPooledConnection pooled(uri);
        const PgConnection &c = *pooled;
        PgSchema::checkReadable(c);
        PgTransaction transaction(c, true);
        PgSnapshot read = PgTableIo::read(c, existingProject(c, uri));
        transaction.commit();
        Project loaded;
        try {
            loaded = ProjectTables::toProject(read.tables);
        } catch (const StorageException &e) {
            throw StorageException(e.error().code, c.messageFor(QStringLiteral("project '%1': %2").arg(uri.project(), e.error().message)));
        }
        if (project)
            *project = std::move(loaded);
        if (snapshot)
            *snapshot = std::move(read);
    });
}

bool PgProjectStore::save(const ProjectUri &uri, const Project &project, PgSnapshot *snapshot, StorageError *error)
{
    return guarded(error, [&] {
        // The project goes into the in-memory database on the pipeline's thread while this one
        // talks to the server; each table is sent once it is written. The writer's refusal is
        // the save's error, whatever the server said meanwhile, as when it ran before any statement.
        PgSavePipeline pipeline(project);
        try {
            saveWith(pipeline, uri, snapshot);
        } catch (...) {
            pipeline.stop();
            pipeline.rethrowWriterError();
            throw;
        }
    });
}

bool PgProjectStore::write(const ProjectUri &uri, const Project &project, Overwrite overwrite, StorageError *error)
{
    return guarded(error, [&] {
        const PgPooledConnection pooled(uri);
        const PgConnection &c = *pooled;
        const std::vector<ProjectTables::Table> tables = ProjectTables::fromProject(project);
        PgSchema::prepareForWrite(c);
        PgTableIo::checkWritable(c);
        PgTransaction transaction(c);
        qint64 id = projectId(c, uri.project(), true);
        if (id != 0 && overwrite == Overwrite::Refuse)
            throw StorageException(Code::Exists,
                                   c.messageFor(QStringLiteral("the project '%1' exists already; nothing was written "
                                                               "(replace it with --replace)")
                                                    .arg(uri.project())));
        if (id != 0)
            PgTableIo::clear(c, id);
        else
            id = createProject(c, uri.project());
        PgTableIo::copy(c, id, tables);
        qint64 rows = 0;
        for (const ProjectTables::Table &t : tables)
            rows += qint64(t.rows.size());
        notify(c, id, uri.project(), std::max<qint64>(rows, 1));
        transaction.commit();
    });
}

bool PgProjectStore::exists(const ProjectUri &uri, bool *found, StorageError *error)
{
    return guarded(error, [&] {
        const PgPooledConnection pooled(uri);
        const PgConnection &c = *pooled;
        const int version = PgSchema::version(c);
        if (version > PgSchema::kCurrentVersion)
            throw StorageException(Code::NewerVersion, c.messageFor(PgSchema::newerVersionMessage(version)));
        *found = version > 0 && projectId(c, uri.project()) != 0;
    });
}

bool PgProjectStore::projects(const ProjectUri &uri, QStringList *names, StorageError *error)
{
    return guarded(error, [&] {
        const PgPooledConnection pooled(uri);
        const PgConnection &c = *pooled;
        const int version = PgSchema::version(c);
        if (version > PgSchema::kCurrentVersion)
            throw StorageException(Code::NewerVersion, c.messageFor(PgSchema::newerVersionMessage(version)));
        QStringList out;
        if (version > 0) {
            const PgResult r = c.exec(QStringLiteral("SELECT name FROM hedgeplan.projects ORDER BY name"), {},
                                      QStringLiteral("listing the projects"));
            for (int i = 0; i < r.rows(); ++i)
                out << r.text(i, 0);
        }
        *names = std::move(out);
    });
}

bool PgProjectStore::changes(const ProjectUri &uri, QJsonArray *log, StorageError *error)
{
    return guarded(error, [&] {
        const PgPooledConnection pooled(uri);
        const PgConnection &c = *pooled;
        PgSchema::checkReadable(c);
        PgTransaction transaction(c, true);
        const PgResult r = c.exec(
            QStringLiteral("SELECT who, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), entity, "
                           "row_key::text, old_values::text, new_values::text FROM hedgeplan.change_log($1)"),
            {QString::number(existingProject(c, uri))}, QStringLiteral("reading the change log"));
        QJsonArray out;
        for (int i = 0; i < r.rows(); ++i)
            out.append(QJsonObject{{QStringLiteral("who"), r.text(i, 0)},
                                   {QStringLiteral("when"), r.text(i, 1)},
                                   {QStringLiteral("entity"), r.text(i, 2)},
                                   {QStringLiteral("row"), jsonValue(r, i, 3)},
                                   {QStringLiteral("old"), jsonValue(r, i, 4)},
                                   {QStringLiteral("new"), jsonValue(r, i, 5)}});
        transaction.commit();
        *log = std::move(out);
    });
}

} // namespace hp
