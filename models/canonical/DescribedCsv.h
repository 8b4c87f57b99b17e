#pragma once

#include "canonical/EntityTable.h"
#include "csv/CsvTable.h"
#include "domain/FieldDescriptor.h"

#include <QStringList>

#include <optional>
#include <type_traits>
#include <vector>

namespace hp {

/// The canonical CSV form of an entity, derived from its EntityDescriptor
/// (docs/architecture.md "Descriptors"): column names and kinds, the cells of
/// one record, and reading one row with the refusals every reader gives.
namespace DescribedCsv {

using Cell = std::optional<QString>;

inline CellKind cellKind(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Money: return CellKind::Money;
    case FieldKind::Number: return CellKind::Number;
    case FieldKind::Percent:
    case FieldKind::SignedPercent: return CellKind::Percent;
    case FieldKind::Integer: return CellKind::Integer;
    case FieldKind::Month: return CellKind::Month;
    case FieldKind::Bool: return CellKind::Bool;
    case FieldKind::Text:
    case FieldKind::Choice:
    case FieldKind::List: break;
    }
    return CellKind::Text;
}

/// Appends the entity's columns (name and kind) to `table`.
template <class T>
void addColumns(EntityTable &table, const EntityDescriptor<T> &d)
{
    for (const FieldDescriptor<T> &f : d.fields) {
        table.columns << f.column();
        table.kinds.push_back(cellKind(f.kind));
    }
}

/// The canonical text of one field of `x`: money "1234.5", percent "20",
/// month "2026-01", "true"/"false"; nullopt for a value not given.
template <class T>
Cell cell(const FieldDescriptor<T> &f, const T &x)
{
    if (f.omitWhen && f.omitWhen(x))
        return std::nullopt;
    return std::visit(
        [&](const auto &access) -> Cell {
            using A = std::decay_t<decltype(access)>;
            if constexpr (std::is_same_v<A, QString T::*>) {
                const QString &s = x.*access;
                return f.required || !s.isEmpty() ? Cell(s) : Cell();
            } else if constexpr (std::is_same_v<A, Decimal T::*>) {
                return (x.*access).toString();
            } else if constexpr (std::is_same_v<A, std::optional<Decimal> T::*>) {
                return (x.*access) ? Cell((x.*access)->toString()) : Cell();
            } else if constexpr (std::is_same_v<A, YearMonth T::*>) {
                return (x.*access).toString();
            } else if constexpr (std::is_same_v<A, std::optional<YearMonth> T::*>) {
                return (x.*access) ? Cell((x.*access)->toString()) : Cell();
            } else if constexpr (std::is_same_v<A, int T::*>) {
                return QString::number(x.*access);
            } else if constexpr (std::is_same_v<A, std::optional<int> T::*>) {
                return (x.*access) ? Cell(QString::number(*(x.*access))) : Cell();
            } else if constexpr (std::is_same_v<A, bool T::*>) {
                return x.*access ? QStringLiteral("true") : QStringLiteral("false");
            } else if constexpr (std::is_same_v<A, std::optional<bool> T::*>) {
                return !(x.*access) ? Cell() : *(x.*access) ? QStringLiteral("true") : QStringLiteral("false");
            } else {
                const QString s = access.format(x);
                return s.isEmpty() ? Cell() : Cell(s);
            }
        },
        f.access);
}

/// Appends the cells of `x`, one per field, to `row`.
template <class T>
void appendCells(std::vector<Cell> &row, const EntityDescriptor<T> &d, const T &x)
{
    for (const FieldDescriptor<T> &f : d.fields)
        row.push_back(cell(f, x));
}

/// Reads one field of `row` into `x`; false (with the refusal on the row,
/// at its column) when the cell is refused or a required one is empty.
template <class T>
bool readField(CsvTable::Row &row, const FieldDescriptor<T> &f, T &x)
{
    const QString column = f.column();
    const bool percent = f.kind == FieldKind::Percent || f.kind == FieldKind::SignedPercent;
    auto decimal = [&]() { return percent ? row.percent(column, f.required) : row.decimal(column, f.required); };
    auto checked = [&](const auto &value) {
        if (!value)
            return !f.required;
        const QString why = fieldRuleRefusal(f.rule, column, *value);
        if (!why.isEmpty())
            row.error(column, why);
        return why.isEmpty();
    };
    return std::visit(
        [&](const auto &access) -> bool {
            using A = std::decay_t<decltype(access)>;
            if constexpr (std::is_same_v<A, QString T::*>) {
                x.*access = f.required ? row.required(column) : row.text(column);
                return !f.required || !(x.*access).isEmpty();
            } else if constexpr (std::is_same_v<A, Decimal T::*>) {
                const std::optional<Decimal> v = decimal();
                if (v)
                    x.*access = *v;
                return checked(v);
            } else if constexpr (std::is_same_v<A, std::optional<Decimal> T::*>) {
                x.*access = decimal();
                return checked(x.*access);
            } else if constexpr (std::is_same_v<A, YearMonth T::*>) {
                const std::optional<YearMonth> v = row.month(column, f.required);
                if (v)
                    x.*access = *v;
                return v || !f.required;
            } else if constexpr (std::is_same_v<A, std::optional<YearMonth> T::*>) {
                x.*access = row.month(column, f.required);
                return x.*access || !f.required;
            } else if constexpr (std::is_same_v<A, int T::*>) {
                const std::optional<int> v = row.integer(column, f.required);
                if (v)
                    x.*access = *v;
                return checked(v ? std::optional<qint64>(*v) : std::nullopt);
            } else if constexpr (std::is_same_v<A, std::optional<int> T::*>) {
                x.*access = row.integer(column, f.required);
                return checked(x.*access ? std::optional<qint64>(*(x.*access)) : std::nullopt);
            } else if constexpr (std::is_same_v<A, bool T::*>) {
                const std::optional<bool> v = row.boolean(column);
                if (v)
                    x.*access = *v;
                return v || row.isEmpty(column);
            } else if constexpr (std::is_same_v<A, std::optional<bool> T::*>) {
                x.*access = row.boolean(column);
                return x.*access || row.isEmpty(column);
            } else {
                const QString text = f.required ? row.required(column) : row.text(column);
                if (f.required && text.isEmpty())
                    return false;
                const QString why = access.parse(x, text);
                for (const QString &line : why.split(u'\n', Qt::SkipEmptyParts))
                    row.error(column, line);
                return why.isEmpty();
            }
        },
        f.access);
}

/// Reads every field of `d` not read by hand; false when any is refused.
template <class T>
bool read(CsvTable::Row &row, const EntityDescriptor<T> &d, T &x)
{
    bool ok = true;
    for (const FieldDescriptor<T> &f : d.fields)
        if (!f.readByHand)
            ok = readField(row, f, x) && ok;
    return ok;
}

/// The entity's required and optional canonical columns, after the columns
/// `keys` that place it under its owner (required) and before `extensions`
/// (optional). `presentColumns` names optional fields whose column must
/// still be in the header (egress.csv's up_to_gb: empty means "no limit").
template <class T>
std::pair<QStringList, QStringList> columns(const EntityDescriptor<T> &d, const QStringList &keys,
                                            const QStringList &extensions = {}, const QStringList &presentColumns = {})
{
    QStringList required = keys, optional;
    for (const FieldDescriptor<T> &f : d.fields)
        (f.required || presentColumns.contains(f.column()) ? required : optional) << f.column();
    return {required, optional + extensions};
}

} // namespace DescribedCsv

} // namespace hp
