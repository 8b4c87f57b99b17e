#include "storage/SchemaChange.h"

#include <QStringList>

namespace hp {

namespace {

/// The column's declaration in the project file, with the CHECK the frozen
/// scripts give a column of that kind, named `<table>_<column>_<rule>`. A new
/// column is NULL ("not given") in the rows that exist, so every check
/// accepts NULL.
QString sqliteDeclaration(const SchemaChange &change)
{
    const QString c = QString::fromLatin1(change.column);
    const QString name = QStringLiteral("%1_%2").arg(QLatin1String(change.table), c);
    const auto checked = [&](const char *type, const char *rule, const QString &condition) {
        return QStringLiteral("%1 CONSTRAINT %2_%3 CHECK (%4 IS NULL OR (%5))")
            .arg(QLatin1String(type), name, QLatin1String(rule), c, condition);
    };
    switch (change.type) {
    case ColumnType::Text:
        return QStringLiteral("TEXT NOT NULL DEFAULT ''");
    case ColumnType::Integer:
        return QStringLiteral("INTEGER");
    case ColumnType::Bool:
        return checked("INTEGER", "bool", QStringLiteral("%1 IN (0, 1)").arg(c));
    case ColumnType::Amount:
        return checked("TEXT", "non_negative", QStringLiteral("%1 <> '' AND %1 NOT GLOB '*[^0-9.]*'").arg(c));
    case ColumnType::Decimal:
        return checked("TEXT", "decimal", QStringLiteral("%1 <> '' AND %1 NOT GLOB '*[^0-9.-]*'").arg(c));
    case ColumnType::Percent:
        return checked("TEXT", "0_to_100",
                       QStringLiteral("%1 <> '' AND %1 NOT GLOB '*[^0-9.]*' AND CAST(%1 AS REAL) <= 100").arg(c));
    case ColumnType::Month:
        return checked("TEXT", "is_month",
                       QStringLiteral("%1 GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' AND substr(%1, 6, 2) BETWEEN '01' "
                                      "AND '12' AND %1 >= '0001-01'")
                           .arg(c));
    case ColumnType::Currency:
        return checked("TEXT", "iso4217", QStringLiteral("%1 GLOB '[A-Z][A-Z][A-Z]'").arg(c));
    }
    return {};
}

} // namespace

QString SchemaChanges::addColumns(int version, const SchemaChange *begin, const SchemaChange *end,
                                  QString (*declaration)(const SchemaChange &))
{
    QStringList statements;
    for (const SchemaChange *change = begin; change != end; ++change)
        if (change->version == version && change->table)
            statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3;")
                              .arg(QLatin1String(change->table), QLatin1String(change->column), declaration(*change));
    return statements.join(u'\n') + u'\n';
}

QString SchemaChanges::sqliteScript(int version, const SchemaChange *begin, const SchemaChange *end)
{
    return addColumns(version, begin, end, &sqliteDeclaration);
}

} // namespace hp
