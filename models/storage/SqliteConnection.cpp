#include "storage/SqliteConnection.h"

#include "storage/StorageException.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

namespace hp {

StorageError::Code SqliteConnection::codeFor(int result)
{
    switch (result & 0xff) {
    case SQLITE_CONSTRAINT:
    case SQLITE_TOOBIG:
    case SQLITE_MISMATCH:
        return StorageError::Code::InvalidProject;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FORMAT:
        return StorageError::Code::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageError::Code::Locked;
    default:
        return StorageError::Code::Io;
    }
}

namespace {

QString withContext(const QString &context, const QString &text)
{
    return context.isEmpty() ? text : context + QStringLiteral(": ") + text;
}

} // namespace

SqliteConnection::SqliteConnection(const QString &path, Mode mode)
    : m_path(path),
      m_connectionName(QStringLiteral("hedgeplan-storage-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid()) {
        close();
        throw StorageException(StorageError::Code::Io,
                               QStringLiteral("Qt's SQLite driver (QSQLITE) is not available"));
    }
    if (mode == Mode::ReadOnlySnapshot) {
        m_db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)
                             + QStringLiteral("?mode=ro&immutable=1"));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        m_db.setDatabaseName(path);
        if (mode == Mode::ReadOnly)
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    if (!m_db.open()) {
        const QString why = m_db.lastError().text();
        close();
        throw StorageException(StorageError::Code::Io,
                               QStringLiteral("cannot open '%1': %2").arg(path, why));
    }
    const QVariant h = m_db.driver()->handle();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(h.constData());
    if (!m_handle) {
        close();
        throw StorageException(StorageError::Code::Io,
                               QStringLiteral("Qt's SQLite driver gave no sqlite3 handle"));
    }
    try {
        harden();
    } catch (...) {
        close();
        throw;
    }
}

SqliteConnection::~SqliteConnection() { close(); }

void SqliteConnection::harden() const
{
    // Before the first statement parses the file's schema (docs/storage.md).
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(m_handle, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
    sqlite3_limit(m_handle, SQLITE_LIMIT_SQL_LENGTH, 1'000'000);
    sqlite3_limit(m_handle, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(m_handle, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(m_handle, SQLITE_LIMIT_COMPOUND_SELECT, 4);
    sqlite3_limit(m_handle, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(m_handle, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(m_handle, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50);
    sqlite3_limit(m_handle, SQLITE_LIMIT_VARIABLE_NUMBER, 100);
    sqlite3_limit(m_handle, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    sqlite3_limit(m_handle, SQLITE_LIMIT_WORKER_THREADS, 0);

    // The first statement that parses the file's schema: a malformed one is reported as such.
    exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"), QStringLiteral("reading the file's schema"));
    exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    exec(QStringLiteral("PRAGMA cell_size_check = ON"));
    exec(QStringLiteral("PRAGMA mmap_size = 0"));
    exec(QStringLiteral("PRAGMA synchronous = FULL"));
    if (scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() != 1)
        throw StorageException(StorageError::Code::Io,
                               QStringLiteral("this SQLite build cannot enforce foreign keys"));
}

void SqliteConnection::exec(const QString &sql, const QString &context) const
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        fail(q, context.isEmpty() ? sql : context);
}

void SqliteConnection::execScript(const QString &script, const QString &context) const
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_handle, script.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        throw StorageException(codeFor(sqlite3_extended_errcode(m_handle)),
                               withContext(context, text));
    }
}

QVariant SqliteConnection::scalar(const QString &sql) const
{
    QSqlQuery q = select(sql);
    return next(q) ? q.value(0) : QVariant();
}

bool SqliteConnection::next(QSqlQuery &query) const
{
    if (query.next())
        return true;
    if (query.lastError().isValid())
        fail(query, query.lastQuery());
    return false;
}

QSqlQuery SqliteConnection::select(const QString &sql) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        fail(q, sql);
    return q;
}

void SqliteConnection::copyTo(const SqliteConnection &destination) const
{
    sqlite3_backup *backup = sqlite3_backup_init(destination.m_handle, "main", m_handle, "main");
    if (!backup)
        throw StorageException(codeFor(sqlite3_extended_errcode(destination.m_handle)),
                               QStringLiteral("copying the database: %1")
                                   .arg(QString::fromUtf8(sqlite3_errmsg(destination.m_handle))));
    sqlite3_backup_step(backup, -1);
    const int rc = sqlite3_backup_finish(backup);
    if (rc != SQLITE_OK)
        throw StorageException(codeFor(rc),
                               QStringLiteral("copying the database: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
}

void SqliteConnection::close()
{
    if (m_connectionName.isEmpty())
        return;
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    m_handle = nullptr;
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

void SqliteConnection::failNative(int result, const QString &context) const
{
    throw StorageException(codeFor(result), withContext(context, QString::fromUtf8(sqlite3_errmsg(m_handle))));
}

void SqliteConnection::fail(const QSqlQuery &query, const QString &context) const
{
    const QSqlError error = query.lastError();
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    throw StorageException(ok ? codeFor(native) : StorageError::Code::Io, withContext(context, text));
}

} // namespace hp
