#pragma once

#include "domain/WorkloadClass.h"
#include "domain/YearMonth.h"
#include "money/Decimal.h"

#include <QString>
#include <QtGlobal>

#include <optional>
#include <variant>
#include <vector>

namespace hp {

/// What a field holds, for people and for the formats that derive from it
/// (docs/architecture.md "Descriptors"): the CSV writer's cell kind, the
/// `show --json` type, the editor a table cell gets.
enum class FieldKind {
    Text,          ///< free text or an identifier
    Money,         ///< exact decimal in the entity's currency
    Number,        ///< exact decimal of units, GB, person-months
    Percent,       ///< percentage points 0–100, `20` or `20%`
    SignedPercent, ///< percentage points that may be negative (growth, drift)
    Integer,       ///< whole number
    Month,         ///< YYYY-MM
    Bool,          ///< true/false
    Choice,        ///< one of a fixed list of names (an enumeration)
    List,          ///< a list with its own text form (classes `a|b`, jurisdictions `IN|EU`)
};

/// A value with its own text form (an enumeration, a class set): `format`
/// gives its canonical text (empty: not given), `parse` takes a canonical
/// text (possibly empty), stores what it reads and returns why the text is
/// refused (empty when accepted; one refusal per line when there are several).
template <class T>
struct TextForm {
    QString (*format)(const T &);
    QString (*parse)(T &, const QString &);
};

/// The member a field reads and writes. The type says how every format
/// carries it: a QString is text ('' when empty), an optional is empty/NULL
/// when not given (never 0), a YearMonth is `YYYY-MM`.
template <class T>
using FieldAccess = std::variant<QString T::*, Decimal T::*, std::optional<Decimal> T::*, YearMonth T::*,
                                 std::optional<YearMonth> T::*, int T::*, std::optional<int> T::*, bool T::*,
                                 std::optional<bool> T::*, TextForm<T>>;

/// A rule on a value beyond its type, checked by every reader of people's
/// input with the same message ("capacity_units must not be negative (is -5)").
enum class FieldRule { None, NonNegative, ZeroTo100, OneToFive, OneTo240 };

/// One field of an entity: the one place that names its CSV column, SQL
/// column and JSON key, says whether it is required, what it holds and how
/// to read and write it. CanonicalFiles, EntityTables (CSV writer and
/// `show --json`), the canonical CSV readers, the project file's readers and
/// writers and the item models' columns derive from these.
template <class T>
struct FieldDescriptor {
    const char *name;  ///< CSV column, JSON key and (unless sqlColumn says otherwise) SQL column
    const char *title; ///< column title for people, marked with QT_TRANSLATE_NOOP("hp::Field", …)
    FieldKind kind;
    bool required; ///< a required CSV column whose cells must not be empty
    FieldAccess<T> access;
    FieldRule rule = FieldRule::None;
    /// nullptr: the SQL column is `name`; "": not a column of the entity's
    /// table (kept in a side table, like a clause's classes).
    const char *sqlColumn = nullptr;
    /// The CSV writer leaves the cell empty when this says so (a value that
    /// only means something in some states, like p_breach_pct of an
    /// uncontested class).
    bool (*omitWhen)(const T &) = nullptr;
    /// The entity's CSV reader reads this field itself (its parsing depends
    /// on another field); every other format still derives from here.
    bool readByHand = false;
    /// A set of workload classes kept in a side table of the project file
    /// (one row per class: owner key, `clause_position`, `class`): the table
    /// and the member. The field's `sqlColumn` is then "".
    const char *classTable = nullptr;
    ClassSet T::*classes = nullptr;
    /// The project file keeps NULL, not '', for an empty value: a reference
    /// to another row (a scenario's parent) or an enumeration not given.
    bool nullWhenEmpty = false;

    QString column() const { return QString::fromLatin1(name); }
    bool stored() const { return !sqlColumn || *sqlColumn; }
    QString sql() const { return QString::fromLatin1(sqlColumn ? sqlColumn : name); }
};

/// The fields of one entity in their canonical column order, with the name
/// of its canonical CSV file (without `.csv`, also its `show --json` entity)
/// and of its table in the project file.
template <class T>
struct EntityDescriptor {
    const char *entity;
    const char *sqlTable;
    std::vector<FieldDescriptor<T>> fields;

    const FieldDescriptor<T> *field(QStringView name) const
    {
        for (const FieldDescriptor<T> &f : fields)
            if (QLatin1String(f.name) == name)
                return &f;
        return nullptr;
    }
};

/// The refusal of `value` under `rule` for the column `column`, or empty.
QString fieldRuleRefusal(FieldRule rule, const QString &column, const Decimal &value);
QString fieldRuleRefusal(FieldRule rule, const QString &column, qint64 value);

} // namespace hp
