#pragma once

#include <QString>
#include <QVariant>

struct sqlite3_stmt;

namespace hp {

class SqliteConnection;

/// One prepared statement of a SqliteConnection, stepped row by row through
/// the SQLite C API and finalized on destruction (or by finish()). Failures
/// throw StorageException with the statement's context in the message
/// (docs/storage.md, "Opening a file").
class SqliteStatement {
public:
    /// Prepares `sql` (the first statement of it); `context` names it in
    /// errors, the SQL itself when empty.
    SqliteStatement(const SqliteConnection &connection, const QString &sql, const QString &context = QString());
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// Steps to the next row: false after the last one (and from then on); throws when stepping
    /// fails (a constraint, a value above a size limit, a damaged page).
    bool next();
    /// One step without throwing: SQLITE_ROW, SQLITE_DONE (from then on), or
    /// SQLite's error code for the caller to report with its own context.
    int step();
    /// The prepared statement, for reading a row's columns (null when empty or finished).
    sqlite3_stmt *handle() const { return m_statement; }
    /// The current row's value of `column`: invalid for NULL, else a qint64,
    /// double, QString or QByteArray after SQLite's storage class.
    QVariant value(int column) const;
    /// Finalizes the statement now (before the connection runs another one that
    /// needs it gone, e.g. COMMIT after a read).
    void finish();

private:
    const SqliteConnection *m_connection = nullptr;
    QString m_context;
    sqlite3_stmt *m_statement = nullptr;
    bool m_done = false; ///< SQLITE_DONE was returned
};

} // namespace hp
