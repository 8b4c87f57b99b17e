#include "storage/SqliteConnection.h"

#include "storage/StorageException.h"

#include <QByteArray>
#include <QUrl>

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
    : m_path(path)
{
    // The flags and the busy timeout Qt's QSQLITE driver used.
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    QByteArray name;
    switch (mode) {
    case Mode::ReadOnlySnapshot:
        name = (QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?mode=ro&immutable=1")).toUtf8();
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        break;
    case Mode::ReadOnly:
        name = path.toUtf8();
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWriteCreate:
        name = path.toUtf8();
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int rc = sqlite3_open_v2(name.constData(), &m_handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = QString::fromUtf8(m_handle ? sqlite3_errmsg(m_handle) : sqlite3_errstr(rc));
        close();
        throw StorageException(StorageError::Code::Io, QStringLiteral("cannot open '%1': %2").arg(path, why));
    }
    sqlite3_extended_result_codes(m_handle, 1);
    sqlite3_busy_timeout(m_handle, kBusyTimeoutMs);
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
    SqliteStatement statement(*this, sql, context);
    while (statement.next()) {
    }
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
    SqliteStatement statement = select(sql);
    return statement.next() ? statement.value(0) : QVariant();
}

SqliteStatement SqliteConnection::select(const QString &sql) const { return SqliteStatement(*this, sql); }

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
    // sqlite3_close_v2: a statement still open keeps the connection until it
    // is finalized, instead of the close failing.
    sqlite3_close_v2(m_handle);
    m_handle = nullptr;
}

void SqliteConnection::failNative(int result, const QString &context) const
{
    throw StorageException(codeFor(result), withContext(context, QString::fromUtf8(sqlite3_errmsg(m_handle))));
}

} // namespace hp
