#include "storage/SqlRowReader.h"

#include "storage/SqliteConnection.h"
#include "storage/StorageException.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace hp {

SqlRowReader::SqlRowReader(const SqliteConnection &connection, const QString &table, const QString &sql)
    : m_connection(connection), m_table(table), m_statement(connection, sql, QStringLiteral("reading table %1").arg(table))
{
}

bool SqlRowReader::next()
{
    const int rc = m_statement.step();
    if (rc == SQLITE_ROW) {
        ++m_row;
        return true;
    }
    if (rc == SQLITE_DONE)
        return false;
    m_connection.failNative(rc, QStringLiteral("table %1, row %2").arg(m_table).arg(m_row + 1));
}

void SqlRowReader::fail(int column, const QString &why) const
{
    throw StorageException(StorageError::Code::Corrupt,
                           QStringLiteral("table %1, row %2, column %3: %4")
                               .arg(m_table)
                               .arg(m_row)
                               .arg(QString::fromUtf8(sqlite3_column_name(m_statement.handle(), column)), why));
}

void SqlRowReader::failRow(const QString &why) const
{
    throw StorageException(StorageError::Code::Corrupt,
                           QStringLiteral("table %1, row %2: %3").arg(m_table).arg(m_row).arg(why));
}

bool SqlRowReader::isNull(int column) const { return sqlite3_column_type(m_statement.handle(), column) == SQLITE_NULL; }

void SqlRowReader::expectType(int column, int type) const
{
    const int actual = sqlite3_column_type(m_statement.handle(), column);
    if (actual == SQLITE_NULL)
        fail(column, QStringLiteral("a required value is missing"));
    if (actual != type)
        fail(column, QStringLiteral("holds a value of the wrong type"));
}

QStringView SqlRowReader::view(int column) const
{
    expectType(column, SQLITE_TEXT);
    const void *text = sqlite3_column_text16(m_statement.handle(), column);
    const int bytes = sqlite3_column_bytes16(m_statement.handle(), column);
    if (!text)
        m_connection.failNative(sqlite3_errcode(m_connection.handle()),
                                QStringLiteral("table %1, row %2").arg(m_table).arg(m_row));
    return QStringView(static_cast<const char16_t *>(text), bytes / 2);
}

std::optional<QByteArrayView> SqlRowReader::asciiBytes(int column) const
{
    expectType(column, SQLITE_TEXT);
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement.handle(), column));
    if (!bytes)
        return std::nullopt;
    const QByteArrayView text(bytes, sqlite3_column_bytes(m_statement.handle(), column));
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80)
            return std::nullopt;
    return text;
}

QString SqlRowReader::text(int column) const
{
    // ASCII text (ids, names, units) as Latin-1, the same characters SQLite's
    // UTF-16 conversion gives and without it; anything else through it.
    if (const auto ascii = asciiBytes(column))
        return QString::fromLatin1(*ascii);
    return view(column).toString();
}

Decimal SqlRowReader::decimal(int column) const
{
    // A valid decimal is ASCII: parsed from SQLite's own UTF-8 bytes, without
    // the UTF-16 copy SQLite would make of it (sqlite3_column_text16 cost ~650
    // instructions a value). The same rules; anything refused is read again
    // as text below, for the same message.
    if (const auto ascii = asciiBytes(column))
        if (auto d = Decimal::parse(*ascii))
            return *d;
    const QStringView t = view(column);
    QString why;
    if (auto d = Decimal::parse(t, &why))
        return *d;
    fail(column, why);
}

std::optional<Decimal> SqlRowReader::optionalDecimal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<Decimal>(decimal(column));
}

YearMonth SqlRowReader::month(int column) const
{
    if (const auto ascii = asciiBytes(column); ascii && ascii->size() == 7) {
        char16_t wide[7];
        std::copy(ascii->begin(), ascii->end(), wide);
        if (auto m = YearMonth::parse(QStringView(wide, 7)))
            return *m;
    }
    const QStringView t = view(column);
    if (t.size() == 7)
        if (auto m = YearMonth::parse(t))
            return *m;
    fail(column, QStringLiteral("'%1' is not a month YYYY-MM").arg(t));
}

std::optional<YearMonth> SqlRowReader::optionalMonth(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<YearMonth>(month(column));
}

std::optional<QDate> SqlRowReader::optionalDate(int column) const
{
    if (isNull(column))
        return std::nullopt;
    const QStringView t = view(column);
    const QDate d = QDate::fromString(t.toString(), Qt::ISODate);
    if (t.size() != 10 || !d.isValid())
        fail(column, QStringLiteral("'%1' is not a date YYYY-MM-DD").arg(t));
    return d;
}

qint64 SqlRowReader::integer(int column, qint64 min, qint64 max) const
{
    expectType(column, SQLITE_INTEGER);
    const qint64 n = sqlite3_column_int64(m_statement.handle(), column);
    if (n < min || n > max)
        fail(column, QStringLiteral("%1 is outside %2..%3").arg(n).arg(min).arg(max));
    return n;
}

std::optional<qint64> SqlRowReader::optionalInteger(int column, qint64 min, qint64 max) const
{
    return isNull(column) ? std::nullopt : std::optional<qint64>(integer(column, min, max));
}

bool SqlRowReader::boolean(int column) const { return integer(column, 0, 1) == 1; }

double SqlRowReader::real(int column) const
{
    expectType(column, SQLITE_FLOAT);
    const double d = sqlite3_column_double(m_statement.handle(), column);
    if (!std::isfinite(d))
        fail(column, QStringLiteral("is not a finite number"));
    return d;
}

} // namespace hp
