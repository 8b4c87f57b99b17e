#pragma once

#include <QString>

#include <iterator>

namespace hp {

/// What a column declared by a SchemaChange holds. Each type carries the same
/// check in the project file (a named CHECK constraint) and in PostgreSQL
/// (its domain), as the frozen scripts write them (docs/storage.md,
/// "Migration policy").
enum class ColumnType {
    Text,     ///< free text, '' when empty: NOT NULL DEFAULT ''
    Integer,  ///< 64-bit whole number
    Bool,     ///< 0 or 1
    Amount,   ///< exact decimal text, not negative (money, units, GB)
    Decimal,  ///< exact decimal text that may be negative (growth, drift)
    Percent,  ///< exact decimal text 0–100
    Month,    ///< YYYY-MM
    Currency, ///< ISO 4217 code
};

/// A column added to a table, written once for both back ends: the project
/// file's migration and PostgreSQL's are rendered from it (SchemaChangeSql,
/// PgSchemaChangeSql). Every type but Text is NULL in the rows that exist
/// before it: "not given", never 0.
struct SchemaChange {
    int version; ///< the project file's schema version that brings it
    const char *table;
    const char *column;
    ColumnType type;
};

/// The schema changes after the frozen scripts (ProjectSchemaMigrations.cpp:
/// file versions 1 to 3; PgSchemaMigrations.cpp), in order, one project file
/// version after the other. A new column of a described entity is its member,
/// its descriptor line and one line here (docs/architecture.md, "How to add a
/// clause kind"); released lines are frozen like the scripts. The first line
/// only says where the scripts end.
inline constexpr SchemaChange kSchemaChanges[] = {
    {3, nullptr, nullptr, ColumnType::Text},
};

/// ProjectSchema::digest of the file's schema at each declared version, in
/// order after the first entry (the scripted versions' are in
/// ProjectSchema.cpp), so that opening such a file need not build the chain
/// (ProjectSchemaDigest.KnownDigestsAreThoseOfTheChain prints the one to write).
inline constexpr const char *kSchemaChangeDigests[] = {
    nullptr,
};

namespace SchemaChanges {

/// The last file version of the frozen scripts.
constexpr int scriptedVersion() { return kSchemaChanges[0].version; }
/// The project file's current schema version.
constexpr int lastVersion() { return std::end(kSchemaChanges)[-1].version; }
/// How many file versions the declared changes add (each is one PostgreSQL
/// schema version after PostgreSQL's frozen scripts).
constexpr int declaredVersions() { return lastVersion() - scriptedVersion(); }

/// `ALTER TABLE <table> ADD COLUMN <column> <declaration>;` for each change
/// of `version` in [begin, end): one back end's script, `declaration` its
/// column type and check.
QString addColumns(int version, const SchemaChange *begin, const SchemaChange *end,
                   QString (*declaration)(const SchemaChange &));
/// The project file's migration script to `version` (a declared one) from
/// `changes` (the list above, or a longer one in tests).
QString sqliteScript(int version, const SchemaChange *begin, const SchemaChange *end);

} // namespace SchemaChanges

} // namespace hp
