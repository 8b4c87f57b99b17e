// PostgreSQL's migration steps rendered from the declared schema changes
// (storage/SchemaChange.h): one PostgreSQL schema version per project file
// version after the frozen scripts, so that a column added to the file is
// added here by the same line (docs/storage.md, "Migration policy").

#include "postgres/PgSchema.h"

#include <QStringList>

#include <algorithm>

namespace hp {

namespace {

/// The type the frozen PostgreSQL scripts give a column of that kind: the
/// domains of version 1 carry the same checks as the file's CHECKs.
QString pgDeclaration(const SchemaChange &change)
{
    switch (change.type) {
    case ColumnType::Text:
        return QStringLiteral("text NOT NULL DEFAULT ''");
    case ColumnType::Integer:
        return QStringLiteral("bigint");
    case ColumnType::Bool:
        return QStringLiteral("hp_bool");
    case ColumnType::Amount:
        return QStringLiteral("hp_amount");
    case ColumnType::Decimal:
        return QStringLiteral("hp_decimal");
    case ColumnType::Percent:
        return QStringLiteral("hp_percent");
    case ColumnType::Month:
        return QStringLiteral("hp_month");
    case ColumnType::Currency:
        return QStringLiteral("hp_currency");
    }
    return {};
}

} // namespace

QString PgSchema::changeScript(int fileVersion, const SchemaChange *begin, const SchemaChange *end)
{
    return SchemaChanges::addColumns(fileVersion, begin, end, &pgDeclaration);
}

std::vector<PgSchema::Migration> PgSchema::withChanges(std::vector<Migration> steps, const SchemaChange *begin,
                                                       const SchemaChange *end)
{
    if (begin == end)
        return steps;
    const int scripted = begin->version;
    int last = scripted;
    for (const SchemaChange *change = begin; change != end; ++change)
        last = std::max(last, change->version);
    for (int fileVersion = scripted + 1; fileVersion <= last; ++fileVersion)
        steps.push_back({steps.back().toVersion + 1, changeScript(fileVersion, begin, end)});
    return steps;
}

} // namespace hp
