#pragma once

#include "domain/YearMonth.h"
#include "money/Decimal.h"
#include "storage/SqliteStatement.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace hp {

class SqliteConnection;

/// Steps through the rows of a SELECT on one table and reads typed values,
/// through the SQLite C API (numbers and months are parsed straight from
/// SQLite's buffer, without a QString per value; docs/storage.md).
/// The file may come from anyone, so every getter checks its value and throws
/// StorageException (Corrupt) naming table, row and column when it is not what
/// Hedgeplan writes.
class SqlRowReader {
public:
    SqlRowReader(const SqliteConnection &connection, const QString &table, const QString &sql);
    SqlRowReader(const SqlRowReader &) = delete;
    SqlRowReader &operator=(const SqlRowReader &) = delete;

    /// False after the last row; throws when stepping fails (e.g. a value above the size limit).
    bool next();
    qint64 rowNumber() const { return m_row; }

    QString text(int column) const;
    /// The TEXT value without a copy, valid until next() or the next getter on `column`.
    QStringView textView(int column) const { return view(column); }
    Decimal decimal(int column) const;
    std::optional<Decimal> optionalDecimal(int column) const;
    YearMonth month(int column) const;
    std::optional<YearMonth> optionalMonth(int column) const;
    std::optional<QDate> optionalDate(int column) const;
    qint64 integer(int column, qint64 min, qint64 max) const;
    std::optional<qint64> optionalInteger(int column, qint64 min, qint64 max) const;
    bool boolean(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

    /// Parses an enumeration through one of the domain's parse functions.
    template <typename E>
    E enumeration(int column, std::optional<E> (*parse)(QStringView)) const
    {
        const QStringView t = view(column);
        if (auto e = parse(t))
            return *e;
        fail(column, QStringLiteral("'%1' is not a known value").arg(t));
    }

    [[noreturn]] void fail(int column, const QString &why) const;
    [[noreturn]] void failRow(const QString &why) const;

private:
    /// The TEXT value of `column`, valid until the next call on this row's column.
    QStringView view(int column) const;
    /// SQLite's own bytes of the TEXT value of `column` when they are all ASCII
    /// (valid until the next call on this row's column), else nullopt.
    std::optional<QByteArrayView> asciiBytes(int column) const;
    void expectType(int column, int type) const;

    const SqliteConnection &m_connection;
    QString m_table;
    SqliteStatement m_statement;
    qint64 m_row = 0;
};

} // namespace hp
