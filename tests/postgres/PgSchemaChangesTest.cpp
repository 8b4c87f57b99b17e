// PostgreSQL's steps rendered from the declared schema changes
// (storage/SchemaChange.h, docs/storage.md "Migration policy"): the same line
// that adds a column to the project file adds it here, with the domain that
// carries the file's check.
#include "PgTestDatabase.h"
#include "SchemaChangeExample.h"
#include "StorageTestProject.h"
#include "postgres/PgConnection.h"
#include "postgres/PgSchema.h"
#include "storage/SqliteConnection.h"

#include <gtest/gtest.h>

#include <iterator>

using namespace hp;
using hp::test::Database;

TEST(PgSchemaChanges, TheDeclaredChangesAreOnePostgresVersionPerFileVersion)
{
    EXPECT_EQ(PgSchema::kCurrentVersion, PgSchema::kScriptedVersion + SchemaChanges::declaredVersions());
    EXPECT_EQ(int(PgSchema::migrations().size()), PgSchema::kCurrentVersion);
    const auto steps = PgSchema::withChanges(PgSchema::migrations(), std::begin(test::kNextChanges),
                                             std::end(test::kNextChanges));
    ASSERT_EQ(steps.size(), PgSchema::migrations().size() + 2);
    EXPECT_EQ(steps.back().toVersion, PgSchema::kCurrentVersion + 2);
    EXPECT_EQ(steps.back().script, QStringLiteral("ALTER TABLE exchange_rates ADD COLUMN via hp_currency;\n"));
}

TEST(PgSchemaChanges, AColumnDeclaredOnceExistsInTheFileAndTheDatabaseWithTheSameChecks)
{
    const Database db;
    const ProjectUri uri = db.uri(QStringLiteral("p"));
    hp::test::write(uri, hp::test::StorageTestProject::full());
    {
        const PgConnection c(uri);
        PgSchema::prepareForWrite(c, PgSchema::withChanges(PgSchema::migrations(), std::begin(test::kNextChanges),
                                                           std::end(test::kNextChanges)));
        EXPECT_EQ(PgSchema::version(c), PgSchema::kCurrentVersion + 2);
    }
    // The columns in the file's order, each with the domain of its type.
    EXPECT_EQ(db.scalar(QStringLiteral(
                  "SELECT string_agg(column_name || ':' || coalesce(domain_name, data_type), ',' ORDER BY ordinal_position) "
                  "FROM information_schema.columns WHERE table_schema = 'hedgeplan' AND table_name = 'exchange_rates' "
                  "AND column_name NOT IN ('project_id', 'version', 'currency', 'rate')")),
              QStringLiteral("note:text,count:bigint,firm:hp_bool,floor_amount:hp_amount,drift:hp_decimal,"
                             "spread_pct:hp_percent,fixed_month:hp_month,via:hp_currency"));
    SqliteConnection file(QStringLiteral(":memory:"), SqliteConnection::Mode::ReadWriteCreate);
    ProjectSchema::migrate(file, 0, test::chainWithNextChanges());
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT string_agg(column_name, ',' ORDER BY ordinal_position) "
                                       "FROM information_schema.columns WHERE table_schema = 'hedgeplan' "
                                       "AND table_name = 'exchange_rates' AND column_name NOT IN ('project_id', 'version')")),
              file.scalar(QStringLiteral("SELECT group_concat(name, ',') FROM pragma_table_info('exchange_rates')")).toString());

    // Rows already there: '' and "not given" (NULL), never 0.
    ASSERT_NE(db.scalar(QStringLiteral("SELECT count(*) FROM hedgeplan.exchange_rates")), QStringLiteral("0"));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM hedgeplan.exchange_rates WHERE note = '' AND count IS NULL "
                                       "AND firm IS NULL AND floor_amount IS NULL AND drift IS NULL AND spread_pct IS NULL "
                                       "AND fixed_month IS NULL AND via IS NULL")),
              db.scalar(QStringLiteral("SELECT count(*) FROM hedgeplan.exchange_rates")));
    const char *const refused[][2] = {
        {"firm", "2"}, {"floor_amount", "'-1'"}, {"drift", "'3,5'"}, {"spread_pct", "'100.5'"},
        {"fixed_month", "'2027-13'"}, {"via", "'usd'"},
    };
    for (const auto &r : refused)
        EXPECT_THROW(db.sql(QStringLiteral("UPDATE hedgeplan.exchange_rates SET %1 = %2").arg(QLatin1String(r[0]), QLatin1String(r[1]))),
                     std::runtime_error)
            << r[0] << " = " << r[1];
    db.sql(QStringLiteral("UPDATE hedgeplan.exchange_rates SET firm = 1, floor_amount = '12.50', drift = '-3.5', "
                          "spread_pct = '100', fixed_month = '2027-02', via = 'USD'"));
}
