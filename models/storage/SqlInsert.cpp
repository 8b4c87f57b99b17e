#include "storage/SqlInsert.h"

#include "domain/YearMonth.h"
#include "money/Decimal.h"
#include "storage/SqliteConnection.h"

#include <sqlite3.h>

namespace hp {

SqlInsert::SqlInsert(const SqliteConnection &connection, const QString &table, const QStringList &columns)
    : m_connection(connection), m_table(table)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    const int rc = sqlite3_prepare_v3(connection.handle(), sql.toUtf8().constData(), -1, SQLITE_PREPARE_PERSISTENT,
                                      &m_statement, nullptr);
    if (rc != SQLITE_OK)
        m_connection.failNative(rc, sql);
}

SqlInsert::~SqlInsert() { sqlite3_finalize(m_statement); }

int SqlInsert::execRow(const Value *values, std::size_t count)
{
    int i = 0;
    for (const Value *end = values + count; values != end; ++values) {
        const Value &v = *values;
        ++i;
        int rc = SQLITE_OK;
        if (const auto *s = std::get_if<QString>(&v))
            // The string outlives the step: SQLITE_STATIC, no copy.
            rc = sqlite3_bind_text16(m_statement, i, s->isEmpty() ? static_cast<const void *>(u"") : s->utf16(),
                                     int(s->size() * 2), SQLITE_STATIC);
        else if (const auto *n = std::get_if<qint64>(&v))
            rc = sqlite3_bind_int64(m_statement, i, *n);
        else if (const auto *d = std::get_if<double>(&v))
            rc = sqlite3_bind_double(m_statement, i, *d);
        else
            rc = sqlite3_bind_null(m_statement, i);
        if (rc != SQLITE_OK) {
            sqlite3_reset(m_statement);
            return rc;
        }
    }
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    return rc == SQLITE_DONE ? 0 : rc;
}

void SqlInsert::failRow(int result, const QString &description) const
{
    m_connection.failNative(result, QStringLiteral("cannot save %1 (table %2)").arg(description, m_table));
}

SqlInsert::Value SqlInsert::text(const QString &value)
{
    return value.isNull() ? QString::fromLatin1("") : value;
}

SqlInsert::Value SqlInsert::decimal(const Decimal &value) { return value.toString(); }

SqlInsert::Value SqlInsert::decimal(const std::optional<Decimal> &value)
{
    return value ? decimal(*value) : null();
}

SqlInsert::Value SqlInsert::month(const YearMonth &value)
{
    // YearMonth::toString() without its two QString::arg calls (a million rows).
    const int y = value.year(), m = value.month();
    if (y < 0 || y > 9999)
        return value.toString();
    const char16_t text[7] = {char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10), char16_t(u'0' + y / 10 % 10),
                              char16_t(u'0' + y % 10),   u'-',
                              char16_t(u'0' + m / 10),   char16_t(u'0' + m % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 7);
}

SqlInsert::Value SqlInsert::month(const std::optional<YearMonth> &value) { return value ? month(*value) : null(); }

SqlInsert::Value SqlInsert::integer(const std::optional<int> &value)
{
    return value ? Value(qint64(*value)) : null();
}

} // namespace hp
