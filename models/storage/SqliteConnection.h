#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include "storage/StorageError.h"

struct sqlite3;

namespace hp {

/// One hardened Qt Sql (QSQLITE) connection to a SQLite file, closed and
/// removed from QSqlDatabase's registry on destruction.
///
/// Every connection gets, before its first statement: foreign_keys=ON,
/// trusted_schema=OFF, defensive mode, triggers and views disabled,
/// cell_size_check=ON, mmap off, synchronous=FULL and tight size limits
/// (docs/storage.md, "Opening untrusted files"). Failures throw StorageException.
class SqliteConnection {
public:
    enum class Mode {
        ReadOnly,        ///< read-only, WAL-aware (may create -wal/-shm next to the file)
        ReadOnlySnapshot, ///< read-only with immutable=1: no locks, no side files, works in read-only folders
        ReadWriteCreate,
    };

    /// Largest text a value may hold (SQLITE_LIMIT_LENGTH), in bytes.
    static constexpr int kMaxValueBytes = 8 * 1024 * 1024;

    SqliteConnection(const QString &path, Mode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    const QString &path() const { return m_path; }
    QSqlDatabase database() const { return m_db; }
    sqlite3 *handle() const { return m_handle; }

    /// Runs one statement; throws with `context` in the message on failure.
    void exec(const QString &sql, const QString &context = QString()) const;
    /// Runs a script of several `;`-separated statements (sqlite3_exec).
    void execScript(const QString &script, const QString &context = QString()) const;
    /// First column of the first row (an invalid QVariant when no row).
    QVariant scalar(const QString &sql) const;
    /// Forward-only query, already executed.
    QSqlQuery select(const QString &sql) const;
    /// QSqlQuery::next() that throws when stepping failed (QSqlQuery reports
    /// an error mid-way, e.g. a value above the size limit, as the end of rows).
    bool next(QSqlQuery &query) const;

    /// Copies this whole database into `destination` (SQLite online backup API).
    void copyTo(const SqliteConnection &destination) const;

    /// Closes early (also done by the destructor); the WAL is checkpointed by SQLite.
    void close();

    /// Error of the last failed statement as a StorageException (code from SQLite's result code).
    [[noreturn]] void fail(const QSqlQuery &query, const QString &context) const;
    /// The same for a failure of the C API on handle(): result code `result`, sqlite3_errmsg().
    [[noreturn]] void failNative(int result, const QString &context) const;
    static StorageError::Code codeFor(int sqliteResult);

private:
    void harden() const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
};

} // namespace hp
