#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <variant>
#include <vector>

struct sqlite3_stmt;

namespace hp {

class Decimal;
class SqliteConnection;
class YearMonth;

/// A prepared `INSERT INTO table (columns…) VALUES (?…)` run once per row,
/// through the SQLite C API (Qt Sql's per-row binding cost tripled the save
/// of a million rows, docs/storage.md). A failing row throws StorageException
/// whose message says which row (`describe` is only called on failure).
class SqlInsert {
public:
    /// One bound value: SQL NULL, INTEGER, REAL or TEXT.
    using Value = std::variant<std::monostate, qint64, double, QString>;

    SqlInsert(const SqliteConnection &connection, const QString &table, const QStringList &columns);
    ~SqlInsert();
    SqlInsert(const SqlInsert &) = delete;
    SqlInsert &operator=(const SqlInsert &) = delete;

    template <typename Describe>
    void row(std::initializer_list<Value> values, Describe &&describe)
    {
        if (const int rc = execRow(values))
            failRow(rc, describe());
    }

    /// The same for a row whose length is known only at run time (ProjectTables).
    template <typename Describe>
    void row(const std::vector<Value> &values, Describe &&describe)
    {
        if (const int rc = execRow(values.data(), values.size()))
            failRow(rc, describe());
    }

    // Conversions to the column types of docs/storage.md.
    static Value text(const QString &value); ///< never NULL: a null QString is ''
    static Value decimal(const Decimal &value); ///< exact Decimal::toString()
    static Value decimal(const std::optional<Decimal> &value);
    static Value month(const YearMonth &value); ///< 'YYYY-MM'
    static Value month(const std::optional<YearMonth> &value);
    static Value integer(qint64 value) { return value; }
    static Value integer(const std::optional<int> &value);
    static Value real(double value) { return value; }
    static Value boolean(bool value) { return qint64(value ? 1 : 0); }
    static Value null() { return std::monostate{}; }

private:
    /// 0 on success, else SQLite's result code.
    int execRow(std::initializer_list<Value> values) { return execRow(values.begin(), values.size()); }
    int execRow(const Value *values, std::size_t count);
    [[noreturn]] void failRow(int result, const QString &description) const;

    const SqliteConnection &m_connection;
    QString m_table;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace hp
