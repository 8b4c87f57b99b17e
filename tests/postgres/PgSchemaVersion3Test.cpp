// PostgreSQL schema version 3 (docs/storage.md "Benchmark (PostgreSQL)"): the
// change log written once per statement, and deleting a project without the
// per-row foreign keys to `projects`.
#include "PgTestDatabase.h"
#include "StorageTestProject.h"
#include "postgres/PgConnection.h"
#include "postgres/PgSchema.h"
#include "storage/ProjectTables.h"

#include <gtest/gtest.h>

using namespace hp;
using hp::test::Database;
using hp::test::loaded;
using hp::test::write;

TEST(PgSchemaVersion3, AVersion2SchemaMigratesToVersion3AndLogsTheSameEntriesPerStatement)
{
    // docs/storage.md "Benchmark (PostgreSQL)": version 3 writes the change log once
    // per statement (transition tables) instead of once per row. A version-2
    // database with rows and log entries keeps both; the same edits (here by
    // psql, as the superuser) then log the same entries in the same order, and
    // every changed row's version is still bumped.
    const Database db;
    const ProjectUri uri = db.uri(QStringLiteral("p"));
    {
        const PgConnection c(uri);
        PgSchema::prepareForWrite(c, {PgSchema::migrations()[0], PgSchema::migrations()[1]});
        ASSERT_EQ(PgSchema::version(c), 2);
    }
    const QString edits = QStringLiteral(
        "INSERT INTO hedgeplan.projects (name) VALUES ('%1');"
        "INSERT INTO hedgeplan.providers (project_id, id, position, name, kind, exit_egress_waived) "
        "  SELECT id, 'aws', 0, 'AWS', 'cloud', 0 FROM hedgeplan.projects WHERE name = '%1' "
        "  UNION ALL SELECT id, 'gcp', 1, 'GCP', 'cloud', 1 FROM hedgeplan.projects WHERE name = '%1';"
        "INSERT INTO hedgeplan.egress_tiers (project_id, provider_id, position, up_to_gb, price_per_gb) "
        "  SELECT id, 'aws', 0, '100', '0.09' FROM hedgeplan.projects WHERE name = '%1' "
        "  UNION ALL SELECT id, 'aws', 1, NULL, '0.05' FROM hedgeplan.projects WHERE name = '%1';"
        "UPDATE hedgeplan.providers SET name = name || '!', position = position + 10 "
        "  WHERE project_id = (SELECT id FROM hedgeplan.projects WHERE name = '%1');"
        "UPDATE hedgeplan.providers SET name = name WHERE project_id = (SELECT id FROM hedgeplan.projects WHERE name = '%1');"
        "DELETE FROM hedgeplan.egress_tiers WHERE position = 1 "
        "  AND project_id = (SELECT id FROM hedgeplan.projects WHERE name = '%1');");
    auto logOf = [&](const QString &project) {
        return db.scalar(QStringLiteral("SELECT string_agg(concat_ws(' | ', who, entity, row_key, old_values, new_values), "
                                        "E'\\n' ORDER BY id) FROM hedgeplan.changes WHERE project_id = "
                                        "(SELECT id FROM hedgeplan.projects WHERE name = '%1')")
                             .arg(project));
    };
    auto versionsOf = [&](const QString &project) {
        return db.scalar(QStringLiteral("SELECT string_agg(id || ':' || version, ',' ORDER BY id) FROM hedgeplan.providers "
                                        "WHERE project_id = (SELECT id FROM hedgeplan.projects WHERE name = '%1')")
                             .arg(project));
    };
    // Written by hand: two inserts per table, one entry per changed row (the
    // second UPDATE changes nothing), the delete with the row's old values.
    const QString expected = QStringLiteral(
        "postgres | providers | \"aws\" | {\"id\": \"aws\", \"kind\": \"cloud\", \"name\": \"AWS\", \"position\": 0, \"exit_egress_waived\": 0}\n"
        "postgres | providers | \"gcp\" | {\"id\": \"gcp\", \"kind\": \"cloud\", \"name\": \"GCP\", \"position\": 1, \"exit_egress_waived\": 1}\n"
        "postgres | egress_tiers | {\"position\": 0, \"provider_id\": \"aws\"} | "
        "{\"position\": 0, \"up_to_gb\": \"100\", \"provider_id\": \"aws\", \"price_per_gb\": \"0.09\"}\n"
        "postgres | egress_tiers | {\"position\": 1, \"provider_id\": \"aws\"} | "
        "{\"position\": 1, \"up_to_gb\": null, \"provider_id\": \"aws\", \"price_per_gb\": \"0.05\"}\n"
        "postgres | providers | \"aws\" | {\"name\": \"AWS\", \"position\": 0} | {\"name\": \"AWS!\", \"position\": 10}\n"
        "postgres | providers | \"gcp\" | {\"name\": \"GCP\", \"position\": 1} | {\"name\": \"GCP!\", \"position\": 11}\n"
        "postgres | egress_tiers | {\"position\": 1, \"provider_id\": \"aws\"} | "
        "{\"position\": 1, \"up_to_gb\": null, \"provider_id\": \"aws\", \"price_per_gb\": \"0.05\"}");
    db.sql(edits.arg(QStringLiteral("p")));
    EXPECT_EQ(logOf(QStringLiteral("p")), expected);
    EXPECT_EQ(versionsOf(QStringLiteral("p")), QStringLiteral("aws:2,gcp:2"));

    {
        const PgConnection c(uri);
        const auto &steps = PgSchema::migrations();
        PgSchema::prepareForWrite(c, {steps[0], steps[1], steps[2]}); // version 4 logs bulk statements differently
        EXPECT_EQ(PgSchema::version(c), 3);
    }
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = 'log_change'")), QStringLiteral("0"));
    EXPECT_EQ(logOf(QStringLiteral("p")), expected); // the version-2 entries stay as they were
    EXPECT_EQ(versionsOf(QStringLiteral("p")), QStringLiteral("aws:2,gcp:2"));

    db.sql(edits.arg(QStringLiteral("q")));
    EXPECT_EQ(logOf(QStringLiteral("q")), expected);
    EXPECT_EQ(versionsOf(QStringLiteral("q")), QStringLiteral("aws:2,gcp:2"));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM hedgeplan.changes WHERE at IS NULL")), QStringLiteral("0"));

    // Deleting a whole project takes its rows and its log with it; the other project's log stays.
    db.sql(QStringLiteral("DELETE FROM hedgeplan.projects WHERE name = 'p'"));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM hedgeplan.changes")), QStringLiteral("7"));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM hedgeplan.providers")), QStringLiteral("2"));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM hedgeplan.egress_tiers")), QStringLiteral("1"));
    EXPECT_EQ(logOf(QStringLiteral("q")), expected);
}

TEST(PgSchemaVersion3, DeletingAProjectDeletesAllItsRowsAndItsLogOnly)
{
    // Version 3 drops the per-row foreign key to projects where a parent key
    // already names the project; deleting a project still deletes every row
    // and log entry of it (a trigger before the delete, then ON DELETE CASCADE).
    const Database db;
    write(db.uri(QStringLiteral("a")), hp::test::StorageTestProject::full());
    write(db.uri(QStringLiteral("b")), hp::test::StorageTestProject::full());
    auto rowsOf = [&](const QString &project) {
        QStringList counts;
        for (const QString &table : [] {
                 QStringList names{QStringLiteral("changes")};
                 for (const ProjectTables::Table &t : ProjectTables::shapes())
                     names << t.name;
                 return names;
             }())
            counts << QStringLiteral("(SELECT count(*) FROM hedgeplan.%1 WHERE project_id = "
                                     "(SELECT id FROM hedgeplan.projects WHERE name = '%2'))")
                          .arg(table, project);
        return db.scalar(QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + ")));
    };
    const QString before = rowsOf(QStringLiteral("b"));
    ASSERT_EQ(rowsOf(QStringLiteral("a")), before);
    ASSERT_GT(before.toInt(), 100); // full()'s rows, each logged once
    const QString a = db.scalar(QStringLiteral("SELECT id FROM hedgeplan.projects WHERE name = 'a'"));
    db.sql(QStringLiteral("DELETE FROM hedgeplan.projects WHERE name = 'a'"));
    QStringList left;
    for (const ProjectTables::Table &t : ProjectTables::shapes())
        left << QStringLiteral("(SELECT count(*) FROM hedgeplan.%1 WHERE project_id = %2)").arg(t.name, a);
    left << QStringLiteral("(SELECT count(*) FROM hedgeplan.changes WHERE project_id = %1)").arg(a);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT ") + left.join(QStringLiteral(" + "))), QStringLiteral("0"));
    EXPECT_EQ(rowsOf(QStringLiteral("b")), before);
    EXPECT_TRUE(loaded(db.uri(QStringLiteral("b"))) == hp::test::StorageTestProject::full());
    // A row of no project is still refused (through its parent key).
    EXPECT_THROW(db.sql(QStringLiteral("INSERT INTO hedgeplan.commitment_years (project_id, contract_id, clause_position, "
                                       "year, amount) VALUES (%1, 'c', 0, 1, '1')")
                            .arg(a)),
                 std::runtime_error);
}
