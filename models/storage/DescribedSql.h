#pragma once

#include "domain/FieldDescriptor.h"
#include "storage/SqlInsert.h"
#include "storage/SqlRowReader.h"

#include <QStringList>

#include <limits>
#include <type_traits>
#include <vector>

namespace hp {

/// The project file's form of an entity, derived from its EntityDescriptor
/// (docs/architecture.md "Descriptors"): its stored columns, the values of
/// one record for SqlInsert and reading one row back. Text is '' when empty,
/// an optional is NULL when not given (never 0), a month 'YYYY-MM', a flag
/// 0/1, a value with its own text form (an enumeration) that text.
namespace DescribedSql {

/// `keys`, then the columns of the fields kept in the entity's table.
template <class T>
QStringList columns(const EntityDescriptor<T> &d, const QStringList &keys)
{
    QStringList out = keys;
    for (const FieldDescriptor<T> &f : d.fields)
        if (f.stored())
            out << f.sql();
    return out;
}

/// `SELECT <keys>, <columns> FROM <table> ORDER BY <order>`.
template <class T>
QString select(const EntityDescriptor<T> &d, const QStringList &keys, const QString &order)
{
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
        .arg(columns(d, keys).join(QStringLiteral(", ")), QString::fromLatin1(d.sqlTable), order);
}

/// Appends the stored values of `x` after the keys already in `values`.
template <class T>
void appendValues(std::vector<SqlInsert::Value> &values, const EntityDescriptor<T> &d, const T &x)
{
    for (const FieldDescriptor<T> &f : d.fields) {
        if (!f.stored())
            continue;
        values.push_back(std::visit(
            [&](const auto &access) -> SqlInsert::Value {
                using A = std::decay_t<decltype(access)>;
                if constexpr (std::is_same_v<A, QString T::*>)
                    return f.nullWhenEmpty && (x.*access).isEmpty() ? SqlInsert::null() : SqlInsert::text(x.*access);
                else if constexpr (std::is_same_v<A, bool T::*>)
                    return SqlInsert::boolean(x.*access);
                else if constexpr (std::is_same_v<A, std::optional<bool> T::*>)
                    return x.*access ? SqlInsert::boolean(*(x.*access)) : SqlInsert::null();
                else if constexpr (std::is_same_v<A, int T::*>)
                    return SqlInsert::integer(qint64(x.*access));
                else if constexpr (std::is_same_v<A, std::optional<int> T::*>)
                    return SqlInsert::integer(x.*access);
                else if constexpr (std::is_same_v<A, YearMonth T::*> || std::is_same_v<A, std::optional<YearMonth> T::*>)
                    return SqlInsert::month(x.*access);
                else if constexpr (std::is_same_v<A, Decimal T::*> || std::is_same_v<A, std::optional<Decimal> T::*>)
                    return SqlInsert::decimal(x.*access);
                else if (const QString s = access.format(x); f.nullWhenEmpty && s.isEmpty())
                    return SqlInsert::null();
                else
                    return SqlInsert::text(s);
            },
            f.access));
    }
}

/// Reads the stored fields of `x` from `row`, the first at column `first`.
/// A value Hedgeplan would not write (a wrong type, an unknown enumeration
/// name) fails the row: StorageException naming table, row and column.
template <class T>
void readValues(const SqlRowReader &row, int first, const EntityDescriptor<T> &d, T &x)
{
    int column = first;
    for (const FieldDescriptor<T> &f : d.fields) {
        if (!f.stored())
            continue;
        const qint64 min = f.rule == FieldRule::OneToFive || f.rule == FieldRule::OneTo240 ? 1 : 0;
        const qint64 max = f.rule == FieldRule::OneToFive  ? 5
                           : f.rule == FieldRule::OneTo240 ? 240
                                                           : std::numeric_limits<int>::max();
        std::visit(
            [&](const auto &access) {
                using A = std::decay_t<decltype(access)>;
                if constexpr (std::is_same_v<A, QString T::*>) {
                    x.*access = f.nullWhenEmpty && row.isNull(column) ? QString() : row.text(column);
                } else if constexpr (std::is_same_v<A, bool T::*>) {
                    x.*access = row.boolean(column);
                } else if constexpr (std::is_same_v<A, std::optional<bool> T::*>) {
                    x.*access = row.isNull(column) ? std::nullopt : std::optional<bool>(row.boolean(column));
                } else if constexpr (std::is_same_v<A, int T::*>) {
                    x.*access = int(row.integer(column, min, max));
                } else if constexpr (std::is_same_v<A, std::optional<int> T::*>) {
                    if (auto v = row.optionalInteger(column, min, max))
                        x.*access = int(*v);
                    else
                        x.*access = std::nullopt;
                } else if constexpr (std::is_same_v<A, YearMonth T::*>) {
                    x.*access = row.month(column);
                } else if constexpr (std::is_same_v<A, std::optional<YearMonth> T::*>) {
                    x.*access = row.optionalMonth(column);
                } else if constexpr (std::is_same_v<A, Decimal T::*>) {
                    x.*access = row.decimal(column);
                } else if constexpr (std::is_same_v<A, std::optional<Decimal> T::*>) {
                    x.*access = row.optionalDecimal(column);
                } else {
                    // An enumeration has no value to keep for an unknown name; a
                    // list or code is kept as stored, for the validator to report.
                    const QString text = f.nullWhenEmpty && row.isNull(column) ? QString() : row.text(column);
                    if (!access.parse(x, text).isEmpty() && f.kind == FieldKind::Choice)
                        row.fail(column, QStringLiteral("'%1' is not a known value").arg(text));
                }
            },
            f.access);
        ++column;
    }
}

/// Inserts (owner id, position, fields…) for each element of `list`, the
/// clauses of a contract or the capacity rows of an offering; a failing row
/// is named "<what> <n> of <ownerKind> '<id>'".
template <class Owner, class T>
void insertOwned(SqlInsert &insert, const char *ownerKind, const Owner &owner, const std::vector<T> &list,
                 const char *what)
{
    for (std::size_t k = 0; k < list.size(); ++k) {
        std::vector<SqlInsert::Value> values{SqlInsert::text(owner.id), qint64(k)};
        appendValues(values, T::descriptor(), list[k]);
        insert.row(values, [&] {
            return QStringLiteral("%1 %2 of %3 '%4'").arg(QLatin1String(what)).arg(k + 1).arg(QLatin1String(ownerKind), owner.id);
        });
    }
}

} // namespace DescribedSql

} // namespace hp
