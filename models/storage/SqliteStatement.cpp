#include "storage/SqliteStatement.h"

#include "storage/SqliteConnection.h"

#include <QByteArray>

#include <sqlite3.h>

#include <utility>

namespace hp {

SqliteStatement::SqliteStatement(const SqliteConnection &connection, const QString &sql, const QString &context)
    : m_connection(&connection), m_context(context.isEmpty() ? sql : context)
{
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(connection.handle(), utf8.constData(), int(utf8.size()), &m_statement, nullptr);
    if (rc != SQLITE_OK)
        connection.failNative(rc, m_context);
}

SqliteStatement::~SqliteStatement() { finish(); }

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_connection(other.m_connection),
      m_context(std::move(other.m_context)),
      m_statement(std::exchange(other.m_statement, nullptr)),
      m_done(other.m_done)
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        finish();
        m_connection = other.m_connection;
        m_context = std::move(other.m_context);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_done = other.m_done;
    }
    return *this;
}

void SqliteStatement::finish()
{
    sqlite3_finalize(m_statement); // a no-op on null
    m_statement = nullptr;
}

int SqliteStatement::step()
{
    // An empty statement (only a comment or white space) has no rows; and
    // after the last row, stepping again would start the statement over.
    if (!m_statement || m_done)
        return SQLITE_DONE;
    const int rc = sqlite3_step(m_statement);
    m_done = rc == SQLITE_DONE;
    return rc;
}

bool SqliteStatement::next()
{
    const int rc = step();
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_connection->failNative(rc, m_context);
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)));
    }
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(m_statement, column)));
    }
    default:
        return QVariant();
    }
}

} // namespace hp
