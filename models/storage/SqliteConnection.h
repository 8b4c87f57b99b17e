#pragma once

#include <QString>
#include <QVariant>

#include "storage/SqliteStatement.h"
#include "storage/StorageError.h"

struct sqlite3;

namespace hp {

/// One hardened connection to a SQLite file through the SQLite C API, closed
/// on destruction. (Not through Qt Sql: its QSQLITE driver is a plugin that
/// Qt finds and loads on the first connection, a millisecond of every
/// command's start-up; docs/performance.md.) A connection is used by one
/// thread at a time (SQLITE_OPEN_NOMUTEX); a writer waits up to 5 s for
/// another's lock (busy timeout, as Qt's driver did).
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
    /// How long a statement waits for another connection's lock before SQLITE_BUSY.
    static constexpr int kBusyTimeoutMs = 5000;

    SqliteConnection(const QString &path, Mode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_handle; }

    /// Runs one statement; throws with `context` in the message on failure.
    void exec(const QString &sql, const QString &context = QString()) const;
    /// Runs a script of several `;`-separated statements (sqlite3_exec).
    void execScript(const QString &script, const QString &context = QString()) const;
    /// First column of the first row (an invalid QVariant when no row or NULL).
    QVariant scalar(const QString &sql) const;
    /// A prepared statement; its rows come with SqliteStatement::next().
    SqliteStatement select(const QString &sql) const;

    /// Copies this whole database into `destination` (SQLite online backup API).
    void copyTo(const SqliteConnection &destination) const;

    /// Closes early (also done by the destructor); the WAL is checkpointed by SQLite.
    void close();

    /// A failure of the C API on handle() as a StorageException: the code
    /// from result code `result`, the text from sqlite3_errmsg().
    [[noreturn]] void failNative(int result, const QString &context) const;
    static StorageError::Code codeFor(int sqliteResult);

private:
    void harden() const;

    QString m_path;
    sqlite3 *m_handle = nullptr;
};

} // namespace hp
