#include "RawSqlite.h"

#include <QByteArray>

#include <sqlite3.h>

namespace hp::test {

RawSqlite::RawSqlite(const QString &path)
{
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    EXPECT_EQ(rc, SQLITE_OK) << path.toStdString() << ": " << (m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
    if (rc != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    sqlite3_busy_timeout(m_db, 5000); // as a tool's connection would wait for a lock
}

RawSqlite::~RawSqlite() { sqlite3_close_v2(m_db); }

::testing::AssertionResult RawSqlite::exec(const QString &sql)
{
    if (!m_db)
        return ::testing::AssertionFailure() << "not open";
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return ::testing::AssertionSuccess();
    auto failure = ::testing::AssertionFailure() << sql.toStdString() << ": " << (message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    return failure;
}

QVariant RawSqlite::scalar(const QString &sql)
{
    QVariant out;
    sqlite3_stmt *statement = nullptr;
    if (!m_db || sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK) {
        ADD_FAILURE() << sql.toStdString() << ": " << (m_db ? sqlite3_errmsg(m_db) : "not open");
        return out;
    }
    if (sqlite3_step(statement) == SQLITE_ROW) {
        switch (sqlite3_column_type(statement, 0)) {
        case SQLITE_INTEGER:
            out = qint64(sqlite3_column_int64(statement, 0));
            break;
        case SQLITE_FLOAT:
            out = sqlite3_column_double(statement, 0);
            break;
        case SQLITE_NULL:
            break;
        default:
            out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        }
    } else {
        ADD_FAILURE() << sql.toStdString() << ": no row";
    }
    sqlite3_finalize(statement);
    return out;
}

} // namespace hp::test
