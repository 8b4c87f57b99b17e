// Declared schema changes (storage/SchemaChange.h, docs/storage.md "Migration
// policy"): one line per new column, rendered for the project file here and
// for PostgreSQL in tests/postgres/PgSchemaChangesTest.cpp.

#include "SchemaChangeExample.h"
#include "storage/ProjectSchema.h"
#include "storage/SchemaChange.h"
#include "storage/SqliteConnection.h"
#include "storage/StorageException.h"

#include <gtest/gtest.h>

#include <iterator>

using namespace hp;

namespace {

/// Inserts EUR with `column` = `value` (an SQL literal); returns the refusal, or "" when stored.
QString insert(const SqliteConnection &c, const QString &column, const QString &value)
{
    c.exec(QStringLiteral("DELETE FROM exchange_rates"));
    try {
        c.exec(QStringLiteral("INSERT INTO exchange_rates (currency, rate, %1) VALUES ('EUR', '1.1', %2)").arg(column, value));
        return {};
    } catch (const StorageException &e) {
        return e.error().message.isEmpty() ? QStringLiteral("refused") : e.error().message;
    }
}

} // namespace

TEST(SchemaChange, TheDeclaredListStartsAfterTheScriptsAndRunsOneVersionAfterTheOther)
{
    EXPECT_EQ(kSchemaChanges[0].table, nullptr);
    EXPECT_EQ(SchemaChanges::scriptedVersion(), 3); // ProjectSchemaMigrations.cpp: versions 1 to 3
    int version = SchemaChanges::scriptedVersion();
    for (const SchemaChange &change : kSchemaChanges) {
        EXPECT_TRUE(change.version == version || change.version == version + 1) << change.version;
        version = change.version;
    }
    EXPECT_EQ(ProjectSchema::kCurrentVersion, SchemaChanges::lastVersion());
    EXPECT_EQ(int(ProjectSchema::migrations().size()), ProjectSchema::kCurrentVersion);
    EXPECT_EQ(ProjectSchema::migrations().back().toVersion, ProjectSchema::kCurrentVersion);
}

TEST(SchemaChange, TheFileScriptAddsEachColumnWithTheCheckOfItsType)
{
    EXPECT_EQ(SchemaChanges::sqliteScript(ProjectSchema::kCurrentVersion + 2, std::begin(test::kNextChanges), std::end(test::kNextChanges)),
              QStringLiteral("ALTER TABLE exchange_rates ADD COLUMN via TEXT CONSTRAINT exchange_rates_via_iso4217 "
                             "CHECK (via IS NULL OR (via GLOB '[A-Z][A-Z][A-Z]'));\n"));

    SqliteConnection c(QStringLiteral(":memory:"), SqliteConnection::Mode::ReadWriteCreate);
    ProjectSchema::migrate(c, 0, test::chainWithNextChanges());
    EXPECT_EQ(c.scalar(QStringLiteral("PRAGMA user_version")).toInt(), ProjectSchema::kCurrentVersion + 2);
    EXPECT_EQ(c.scalar(QStringLiteral("SELECT group_concat(name, ',') FROM pragma_table_info('exchange_rates')")).toString(),
              QStringLiteral("currency,rate,note,count,firm,floor_amount,drift,spread_pct,fixed_month,via"));

    // A row written before the columns existed: text '' and "not given" (NULL) elsewhere, never 0.
    c.exec(QStringLiteral("DELETE FROM exchange_rates"));
    c.exec(QStringLiteral("INSERT INTO exchange_rates (currency, rate) VALUES ('GBP', '1.2')"));
    EXPECT_EQ(c.scalar(QStringLiteral("SELECT note || '|' || quote(count) || quote(firm) || quote(floor_amount) "
                                      "|| quote(drift) || quote(spread_pct) || quote(fixed_month) || quote(via) "
                                      "FROM exchange_rates")).toString(),
              QStringLiteral("|NULLNULLNULLNULLNULLNULLNULL"));

    struct Case {
        const char *column;
        const char *value;
        bool accepted;
    };
    const Case cases[] = {
        {"note", "'anything at all'", true},  {"note", "NULL", false},
        {"count", "12", true},                {"count", "'12a'", false},
        {"firm", "1", true},                  {"firm", "0", true},          {"firm", "2", false},
        {"floor_amount", "'12.50'", true},    {"floor_amount", "'-1'", false}, {"floor_amount", "''", false},
        {"drift", "'-3.5'", true},            {"drift", "'3,5'", false},
        {"spread_pct", "'100'", true},        {"spread_pct", "'0.5'", true}, {"spread_pct", "'100.5'", false},
        {"spread_pct", "'-1'", false},
        {"fixed_month", "'2027-02'", true},   {"fixed_month", "'2027-13'", false},
        {"fixed_month", "'2027-2'", false},   {"fixed_month", "'0000-01'", false},
        {"via", "'USD'", true},               {"via", "'usd'", false},
    };
    for (const Case &k : cases) {
        const QString why = insert(c, QString::fromLatin1(k.column), QString::fromLatin1(k.value));
        EXPECT_EQ(why.isEmpty(), k.accepted) << k.column << " = " << k.value << ": " << why.toStdString();
    }
    // The refusal names the rule, as the frozen scripts' named CHECKs do.
    EXPECT_TRUE(insert(c, QStringLiteral("spread_pct"), QStringLiteral("'101'")).contains(u"exchange_rates_spread_pct_0_to_100"));
}
