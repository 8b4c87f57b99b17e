#pragma once

#include "storage/ProjectUri.h"
#include "storage/StorageError.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;

namespace hp {

/// One result of a statement (libpq text format), freed on destruction.
class PgResult {
public:
    explicit PgResult(pg_result *result = nullptr) : m_result(result) {}
    ~PgResult();
    PgResult(PgResult &&other) noexcept : m_result(other.m_result) { other.m_result = nullptr; }
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    /// The value as text (a null QString for SQL NULL).
    QString text(int row, int column) const;
    std::optional<QString> value(int row, int column) const;
    qint64 affected() const; ///< rows touched by INSERT/UPDATE/DELETE

private:
    pg_result *m_result;
};

/// One libpq connection to the database of a ProjectUri (docs/storage.md,
/// "Team server"). Every failure throws StorageException with a message that
/// names the URI (password masked) and a code: Connection (server unreachable,
/// authentication failed), NotFound (no such database), ReadOnly (the role
/// lacks a privilege), InvalidProject (a CHECK, foreign key or unique
/// constraint), Io (anything else).
class PgConnection {
public:
    explicit PgConnection(const ProjectUri &uri);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    const ProjectUri &uri() const { return m_uri; }

    /// Runs one statement (or a script when `parameters` is empty); `context`
    /// goes into the error message ("reading table providers").
    PgResult exec(const QString &sql, const QStringList &parameters = {}, const QString &context = QString()) const;
    /// The same with NULL-able parameters.
    PgResult execValues(const QString &sql, const std::vector<std::optional<QString>> &parameters,
                        const QString &context = QString()) const;
    /// First column of the first row (a null QString when no row or NULL).
    QString scalar(const QString &sql, const QStringList &parameters = {}, const QString &context = QString()) const;

    /// COPY table (columns) FROM STDIN: `next` fills its argument with the next rows in COPY's text format
    /// (whole lines) and returns false when there are no more; each piece is sent as it is made.
    void copyIn(const QString &table, const QStringList &columns, const std::function<bool(QByteArray &)> &next) const;

    /// The role statements run as (current_user).
    QString role() const;

    /// True when `error` (a failed connection) says the server asked for a password
    /// that libpq did not have (no ~/.pgpass entry, PGPASSWORD, service file or
    /// typed password): the GUI then prompts. A wrong password is not this (one was given).
    static bool passwordMissing(const StorageError &error);

    /// The libpq handle (LISTEN/NOTIFY: PgListener watches its socket).
    pg_conn *handle() const { return m_conn; }

    /// Throws StorageException for SQLSTATE `state` with the server's `message`.
    [[noreturn]] void failState(const QString &state, const QString &message, const QString &context) const;
    /// A message that starts with "Cannot use '<uri>': ".
    QString messageFor(const QString &what) const;

private:
    [[noreturn]] void fail(pg_result *result, const QString &context) const;
    static pg_conn *connect(const ProjectUri &uri);

    ProjectUri m_uri;
    pg_conn *m_conn = nullptr;
};

/// BEGIN … COMMIT; rolled back when destroyed uncommitted (an exception went past).
class PgTransaction {
public:
    explicit PgTransaction(const PgConnection &connection, bool readOnly = false);
    ~PgTransaction();
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;
    void commit();

private:
    const PgConnection &m_connection;
    bool m_open = true;
};

} // namespace hp
