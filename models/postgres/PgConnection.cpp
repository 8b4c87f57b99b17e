#include "postgres/PgConnection.h"

#include "postgres/LibPq.h"

#include "storage/StorageException.h"

#include <libpq-fe.h>

namespace hp {

using Code = StorageError::Code;

PgResult::~PgResult() { PQclear(m_result); }

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = other.m_result;
        other.m_result = nullptr;
    }
    return *this;
}

int PgResult::rows() const { return m_result ? PQntuples(m_result) : 0; }
int PgResult::columns() const { return m_result ? PQnfields(m_result) : 0; }
bool PgResult::isNull(int row, int column) const { return PQgetisnull(m_result, row, column) == 1; }

QString PgResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

std::optional<QString> PgResult::value(int row, int column) const
{
    if (isNull(row, column))
        return std::nullopt;
    return text(row, column);
}

qint64 PgResult::affected() const { return m_result ? QByteArray(PQcmdTuples(m_result)).toLongLong() : 0; }

namespace {

const QLatin1String kNoPassword("the server asks for a password and none was given");

QString firstLines(const char *message)
{
    QString text = QString::fromUtf8(message).trimmed();
    text.replace(QStringLiteral("\n\t"), QStringLiteral(" "));
    text.replace(u'\n', QStringLiteral("; "));
    return text.simplified(); // libpq writes "FATAL:  …" with two spaces
}

} // namespace

PgConnection::PgConnection(const ProjectUri &uri) : m_uri(uri)
{
    QString unloaded;
    if (!LibPq::load(&unloaded))
        throw StorageException(Code::Connection, messageFor(unloaded));
    m_conn = connect(uri);
    if (!m_conn)
        throw StorageException(Code::Io, messageFor(QStringLiteral("out of memory")));
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString why = uri.scrub(firstLines(PQerrorMessage(m_conn)));
        const bool noDatabase = why.contains(QLatin1String("database \"")) && why.contains(QLatin1String("does not exist"));
        const bool noPassword = PQconnectionNeedsPassword(m_conn) == 1;
        PQfinish(m_conn);
        m_conn = nullptr;
        if (noDatabase)
            throw StorageException(Code::NotFound, messageFor(QStringLiteral("the database does not exist (%1)").arg(why)));
        if (noPassword)
            throw StorageException(Code::Connection,
                                   messageFor(QStringLiteral("%1 (~/.pgpass, PGPASSWORD, a service file or the prompt): %2")
                                                  .arg(kNoPassword, why)));
        throw StorageException(Code::Connection, messageFor(QStringLiteral("cannot connect to the database server: %1").arg(why)));
    }
    // Exact doubles both ways, UTC times, and no object found through a search path.
    exec(QStringLiteral("SET extra_float_digits = 3; SET TIME ZONE 'UTC'; SET search_path = pg_catalog"));
}

pg_conn *PgConnection::connect(const ProjectUri &uri)
{
    const QByteArray connection = uri.connectionString().toUtf8();
    const QByteArray password = uri.suppliedPassword().toUtf8();
    // Later keywords override the expanded URI, earlier ones are its defaults;
    // a password typed at a prompt comes last (it overrides ~/.pgpass).
    const char *keywords[] = {"connect_timeout", "dbname", "client_encoding", "fallback_application_name", "password", nullptr};
    const char *values[] = {"10", connection.constData(), "UTF8", "hedgeplan",
                            password.isEmpty() ? nullptr : password.constData(), nullptr};
    if (password.isEmpty())
        keywords[4] = nullptr;
    return PQconnectdbParams(keywords, values, 1);
}

bool PgConnection::passwordMissing(const StorageError &error)
{
    return error.code == Code::Connection && error.message.contains(kNoPassword);
}

PgConnection::~PgConnection() { PQfinish(m_conn); }

QString PgConnection::messageFor(const QString &what) const
{
    return QStringLiteral("Cannot use '%1': %2").arg(m_uri.display(), what);
}

void PgConnection::failState(const QString &state, const QString &message, const QString &context) const
{
    Code code = Code::Io;
    if (state == u"42501")
        code = Code::ReadOnly;
    else if (state == u"23505") // a unique key: someone else inserted the row meanwhile
        code = Code::Conflict;
    else if (state.startsWith(QLatin1String("23")))
        code = Code::InvalidProject;
    else if (state == u"40001" || state == u"40P01")
        code = Code::Conflict;
    else if (state.startsWith(QLatin1String("08")))
        code = Code::Connection;
    const QString why = m_uri.scrub(message);
    if (code == Code::ReadOnly)
        throw StorageException(code, messageFor(QStringLiteral("the role '%1' lacks a privilege (%2)%3")
                                                    .arg(role(), why, context.isEmpty() ? QString() : QStringLiteral(", ") + context)));
    throw StorageException(code, messageFor(context.isEmpty() ? why : QStringLiteral("%1: %2").arg(context, why)));
}

void PgConnection::fail(pg_result *result, const QString &context) const
{
    const QString state = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
    const char *primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
    const char *detail = PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL);
    QString message = primary ? QString::fromUtf8(primary) : firstLines(PQerrorMessage(m_conn));
    if (detail)
        message += QStringLiteral(" (%1)").arg(QString::fromUtf8(detail));
    PQclear(result);
    failState(state, message, context);
}

PgResult PgConnection::exec(const QString &sql, const QStringList &parameters, const QString &context) const
{
    std::vector<std::optional<QString>> values(parameters.begin(), parameters.end());
    return execValues(sql, values, context);
}

PgResult PgConnection::execValues(const QString &sql, const std::vector<std::optional<QString>> &parameters,
                                  const QString &context) const
{
    const QByteArray text = sql.toUtf8();
    pg_result *result = nullptr;
    if (parameters.empty()) {
        result = PQexec(m_conn, text.constData());
    } else {
        std::vector<QByteArray> bytes;
        bytes.reserve(parameters.size());
        std::vector<const char *> values;
        for (const auto &p : parameters) {
            bytes.push_back(p ? p->toUtf8() : QByteArray());
            values.push_back(p ? bytes.back().constData() : nullptr);
        }
        result = PQexecParams(m_conn, text.constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    }
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        if (!result)
            failState(QString(), firstLines(PQerrorMessage(m_conn)), context);
        fail(result, context);
    }
    return PgResult(result);
}

QString PgConnection::scalar(const QString &sql, const QStringList &parameters, const QString &context) const
{
    const PgResult r = exec(sql, parameters, context);
    return r.rows() > 0 && r.columns() > 0 ? r.text(0, 0) : QString();
}

QString PgConnection::role() const
{
    const PgResult r(PQexec(m_conn, "SELECT current_user"));
    return r.rows() == 1 ? r.text(0, 0) : QStringLiteral("?");
}

void PgConnection::copyIn(const QString &table, const QStringList &columns,
                          const std::function<bool(QByteArray &)> &next) const
{
    const QString context = QStringLiteral("writing table %1").arg(table);
    pg_result *start = PQexec(m_conn, QStringLiteral("COPY %1 (%2) FROM STDIN")
                                          .arg(table, columns.join(QStringLiteral(", ")))
                                          .toUtf8()
                                          .constData());
    if (PQresultStatus(start) != PGRES_COPY_IN)
        fail(start, context);
    PQclear(start);
    QByteArray rows;
    rows.reserve(1 << 21);
    bool sent = true;
    while (sent && next(rows))
        sent = PQputCopyData(m_conn, rows.constData(), int(rows.size())) == 1;
    if (!sent || PQputCopyEnd(m_conn, nullptr) != 1)
        failState(QString(), firstLines(PQerrorMessage(m_conn)), context);
    pg_result *result = PQgetResult(m_conn);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    while (pg_result *more = PQgetResult(m_conn))
        PQclear(more);
    if (!ok)
        fail(result, context);
    PQclear(result);
}

PgTransaction::PgTransaction(const PgConnection &connection, bool readOnly) : m_connection(connection)
{
    m_connection.exec(readOnly ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                               : QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"));
}

PgTransaction::~PgTransaction()
{
    if (!m_open)
        return;
    try {
        m_connection.exec(QStringLiteral("ROLLBACK"));
    } catch (const StorageException &) {
        // The connection is gone: the server rolled back already.
    }
}

void PgTransaction::commit()
{
    m_open = false;
    m_connection.exec(QStringLiteral("COMMIT"));
}

} // namespace hp
