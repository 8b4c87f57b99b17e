// PostgreSQL schema version 4 (docs/storage.md "Benchmark (PostgreSQL)"): a
// statement of several rows logged as bulk entries (read back as one entry per
// row), and the foreign keys between data tables checked once per statement,
// set-wise, with the same guarantee and the same message as before.
#include "PgTestDatabase.h"
#include "StorageTestProject.h"
#include "canonical/DemoPortfolio.h"
#include "postgres/PgConnection.h"
#include "postgres/PgSchema.h"
#include "storage/ProjectTables.h"
#include "storage/StorageException.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace hp;
using hp::test::Database;
using hp::test::loaded;
using hp::test::write;
using Code = StorageError::Code;

namespace {

/// Creates the schema at `version` (only the first `version` steps).
void migrateTo(const ProjectUri &uri, int version)
{
    const PgConnection c(uri);
    const auto &all = PgSchema::migrations();
    PgSchema::prepareForWrite(c, std::vector<PgSchema::Migration>(all.begin(), all.begin() + version));
    ASSERT_EQ(PgSchema::version(c), version);
}

/// The error of running `statements` (one transaction, as `uri`'s role), without the
/// "Cannot use '<uri>': " in front; fails the test when they succeed.
StorageError refusal(const ProjectUri &uri, const QStringList &statements)
{
    const PgConnection c(uri);
    try {
        PgTransaction transaction(c);
        for (const QString &sql : statements)
            c.exec(sql);
        transaction.commit();
    } catch (const StorageException &e) {
        StorageError error = e.error();
        error.message = error.message.mid(error.message.indexOf(QStringLiteral("': ")) + 3);
        return error;
    }
    ADD_FAILURE() << "not refused: " << statements.join(u' ').toStdString();
    return {};
}

const QString kProject = QStringLiteral("(SELECT id FROM hedgeplan.projects WHERE name = 'p')");

} // namespace

TEST(PgSchemaVersion4, AVersion3SchemaMigratesToVersion4AndLogsTheSameEntries)
{
    // The same edits (psql, as the superuser) log the same entries in the same
    // order before and after the migration, read back one entry per row: one-row
    // statements, statements of several rows (inserted, updated, deleted; keys of
    // one to three columns), one of 25,000 rows (three bulk entries).
    const Database db;
    migrateTo(db.uri(QStringLiteral("p")), 3);
    const QString edits = QStringLiteral(
        "INSERT INTO hedgeplan.projects (name) VALUES ('%1');"
        "INSERT INTO hedgeplan.providers (project_id, id, position, name, kind, exit_egress_waived) "
        "  SELECT id, 'aws', 0, 'AWS', 'cloud', 0 FROM hedgeplan.projects WHERE name = '%1' "
        "  UNION ALL SELECT id, 'gcp', 1, 'GCP', 'cloud', 1 FROM hedgeplan.projects WHERE name = '%1';"
        "INSERT INTO hedgeplan.egress_tiers (project_id, provider_id, position, up_to_gb, price_per_gb) "
        "  SELECT id, 'aws', 0, '100', '0.09' FROM hedgeplan.projects WHERE name = '%1' "
        "  UNION ALL SELECT id, 'aws', 1, NULL, '0.05' FROM hedgeplan.projects WHERE name = '%1';"
        "INSERT INTO hedgeplan.contracts (project_id, id, position, name, provider_id, start_month, end_month, "
        "  notice_months, termination_fee, currency, exclusivity_scope, notes) "
        "  SELECT id, 'k', 0, 'K', 'gcp', '2026-01', '2027-12', 3, '0', 'EUR', '', 'ü' FROM hedgeplan.projects WHERE name = '%1';"
        "INSERT INTO hedgeplan.commitment_clauses (project_id, contract_id, position, marketplace_credit_pct, true_up) "
        "  SELECT id, 'k', 0, '0', 'yearly' FROM hedgeplan.projects WHERE name = '%1';"
        "INSERT INTO hedgeplan.commitment_years (project_id, contract_id, clause_position, year, amount) "
        "  SELECT id, 'k', 0, y, '100.5' FROM hedgeplan.projects, generate_series(1, 3) AS y WHERE name = '%1';"
        "UPDATE hedgeplan.providers SET name = name || '!', position = position + 10 "
        "  WHERE project_id = (SELECT id FROM hedgeplan.projects WHERE name = '%1');"
        "UPDATE hedgeplan.providers SET name = name WHERE project_id = (SELECT id FROM hedgeplan.projects WHERE name = '%1');"
        "UPDATE hedgeplan.commitment_years SET amount = '7' WHERE year > 1 "
        "  AND project_id = (SELECT id FROM hedgeplan.projects WHERE name = '%1');"
        "DELETE FROM hedgeplan.commitment_years WHERE year < 3 "
        "  AND project_id = (SELECT id FROM hedgeplan.projects WHERE name = '%1');"
        "DELETE FROM hedgeplan.egress_tiers WHERE position = 1 "
        "  AND project_id = (SELECT id FROM hedgeplan.projects WHERE name = '%1');"
        "INSERT INTO hedgeplan.actuals (project_id, position, provider, month, billed_cost, effective_cost, currency) "
        "  SELECT id, n, 'aws', '2026-0' || (1 + n % 9), n || '.25', '-' || n, 'USD' "
        "  FROM hedgeplan.projects, generate_series(1, 25000) AS n WHERE name = '%1';"
        "DELETE FROM hedgeplan.actuals WHERE position % 5000 = 0 "
        "  AND project_id = (SELECT id FROM hedgeplan.projects WHERE name = '%1');");
    // Version 3 logs into the table's columns; version 4 is read through change_log().
    auto logOf = [&](const QString &project, const QString &from, int limit) {
        return db.scalar(QStringLiteral("SELECT string_agg(line, E'\\n' ORDER BY n) FROM (SELECT row_number() OVER () AS n, "
                                        "concat_ws(' | ', who, entity, row_key, old_values, new_values) AS line FROM %1) AS l "
                                        "WHERE n <= %2")
                             .arg(from.arg(project))
                             .arg(limit));
    };
    const QString v3 = QStringLiteral("(SELECT * FROM hedgeplan.changes WHERE project_id = "
                                      "(SELECT id FROM hedgeplan.projects WHERE name = '%1') ORDER BY id) AS c");
    const QString v4 = QStringLiteral("hedgeplan.change_log((SELECT id FROM hedgeplan.projects WHERE name = '%1'))");
    // Written by hand (the first 15 entries): two inserts per table, one entry per
    // changed row (the second UPDATE of providers changes nothing), deletes with the row's old values.
    const QString expected = QStringLiteral(
        "postgres | providers | \"aws\" | {\"id\": \"aws\", \"kind\": \"cloud\", \"name\": \"AWS\", \"position\": 0, \"exit_egress_waived\": 0}\n"
        "postgres | providers | \"gcp\" | {\"id\": \"gcp\", \"kind\": \"cloud\", \"name\": \"GCP\", \"position\": 1, \"exit_egress_waived\": 1}\n"
        "postgres | egress_tiers | {\"position\": 0, \"provider_id\": \"aws\"} | "
        "{\"position\": 0, \"up_to_gb\": \"100\", \"provider_id\": \"aws\", \"price_per_gb\": \"0.09\"}\n"
        "postgres | egress_tiers | {\"position\": 1, \"provider_id\": \"aws\"} | "
        "{\"position\": 1, \"up_to_gb\": null, \"provider_id\": \"aws\", \"price_per_gb\": \"0.05\"}\n"
        "postgres | contracts | \"k\" | {\"id\": \"k\", \"name\": \"K\", \"notes\": \"ü\", \"currency\": \"EUR\", \"end_date\": null, "
        "\"position\": 0, \"end_month\": \"2027-12\", \"start_date\": null, \"provider_id\": \"gcp\", \"start_month\": \"2026-01\", "
        "\"notice_months\": 3, \"primary_class\": null, \"termination_fee\": \"0\", \"exclusivity_scope\": \"\"}\n"
        "postgres | commitment_clauses | {\"position\": 0, \"contract_id\": \"k\"} | {\"true_up\": \"yearly\", \"position\": 0, "
        "\"contract_id\": \"k\", \"start_month\": null, \"discount_pct\": null, \"marketplace_credit_pct\": \"0\"}\n"
        "postgres | commitment_years | {\"year\": 1, \"contract_id\": \"k\", \"clause_position\": 0} | "
        "{\"year\": 1, \"amount\": \"100.5\", \"contract_id\": \"k\", \"clause_position\": 0}\n"
        "postgres | commitment_years | {\"year\": 2, \"contract_id\": \"k\", \"clause_position\": 0} | "
        "{\"year\": 2, \"amount\": \"100.5\", \"contract_id\": \"k\", \"clause_position\": 0}\n"
        "postgres | commitment_years | {\"year\": 3, \"contract_id\": \"k\", \"clause_position\": 0} | "
        "{\"year\": 3, \"amount\": \"100.5\", \"contract_id\": \"k\", \"clause_position\": 0}\n"
        "postgres | providers | \"aws\" | {\"name\": \"AWS\", \"position\": 0} | {\"name\": \"AWS!\", \"position\": 10}\n"
        "postgres | providers | \"gcp\" | {\"name\": \"GCP\", \"position\": 1} | {\"name\": \"GCP!\", \"position\": 11}\n"
        "postgres | commitment_years | {\"year\": 2, \"contract_id\": \"k\", \"clause_position\": 0} | {\"amount\": \"100.5\"} | {\"amount\": \"7\"}\n"
        "postgres | commitment_years | {\"year\": 3, \"contract_id\": \"k\", \"clause_position\": 0} | {\"amount\": \"100.5\"} | {\"amount\": \"7\"}\n"
        "postgres | commitment_years | {\"year\": 1, \"contract_id\": \"k\", \"clause_position\": 0} | "
        "{\"year\": 1, \"amount\": \"100.5\", \"contract_id\": \"k\", \"clause_position\": 0}\n"
        "postgres | commitment_years | {\"year\": 2, \"contract_id\": \"k\", \"clause_position\": 0} | "
        "{\"year\": 2, \"amount\": \"7\", \"contract_id\": \"k\", \"clause_position\": 0}");
    db.sql(edits.arg(QStringLiteral("p")));
    EXPECT_EQ(logOf(QStringLiteral("p"), v3, 15), expected);
    const QString whole = logOf(QStringLiteral("p"), v3, 1'000'000);
    EXPECT_EQ(whole.count(u'\n') + 1, 15 + 1 + 25000 + 5);

    migrateTo(db.uri(QStringLiteral("p")), 4);
    EXPECT_EQ(logOf(QStringLiteral("p"), v4, 1'000'000), whole); // version 3's entries read the same

    db.sql(edits.arg(QStringLiteral("q")));
    EXPECT_EQ(logOf(QStringLiteral("q"), v4, 1'000'000), whole);
    // Written as bulk entries: 25,000 actuals in three, the other statements of several rows in one each.
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT string_agg(entity || ':' || bulk_op || ':' || json_array_length(bulk_rows), ',' "
                                       "ORDER BY id) FROM hedgeplan.changes WHERE bulk_op IS NOT NULL AND project_id = "
                                       "(SELECT id FROM hedgeplan.projects WHERE name = 'q')")),
              QStringLiteral("providers:insert:2,egress_tiers:insert:2,commitment_years:insert:3,providers:update:2,"
                             "commitment_years:update:2,commitment_years:delete:2,actuals:insert:10000,"
                             "actuals:insert:10000,actuals:insert:5000,actuals:delete:5"));
    // What `show … changes --json` prints is the same for both projects but for the time.
    QJsonArray p, q;
    ASSERT_TRUE(PgProjectStore::changes(db.uri(QStringLiteral("p")), &p));
    ASSERT_TRUE(PgProjectStore::changes(db.uri(QStringLiteral("q")), &q));
    ASSERT_EQ(p.size(), q.size());
    for (qsizetype i = 0; i < p.size(); ++i) {
        QJsonObject a = p[i].toObject(), b = q[i].toObject();
        a.remove(QStringLiteral("when"));
        b.remove(QStringLiteral("when"));
        ASSERT_EQ(a, b) << i;
    }
    EXPECT_EQ(q[24'000].toObject()[QStringLiteral("new")].toObject()[QStringLiteral("billed_cost")].toString(),
              QStringLiteral("23985.25")); // 16 entries before the actuals: the 24,001st is the 23,985th actual
}

TEST(PgSchemaVersion4, AChildWithoutItsParentIsRefusedAsBeforeAtTheEndOfTheStatement)
{
    // Version 3 refused it at COMMIT (a deferred foreign key), version 4 at the end
    // of the statement; the user reads the same: InvalidProject (SQLSTATE 23503),
    // the constraint's name and the missing key.
    const Database before, after;
    migrateTo(before.uri(QStringLiteral("p")), 3);
    write(before.uri(QStringLiteral("p")), DemoPortfolio::load());
    write(after.uri(QStringLiteral("p")), DemoPortfolio::load());
    const QString orphans = QStringLiteral("INSERT INTO hedgeplan.commitment_years (project_id, contract_id, clause_position, year, "
                                           "amount) SELECT %1, 'no-such-contract', 0, y, '1' FROM generate_series(1, 3) AS y")
                                .arg(kProject);
    const StorageError old = refusal(before.uri(QStringLiteral("p")), {orphans});
    const StorageError now = refusal(after.uri(QStringLiteral("p")), {orphans});
    EXPECT_EQ(old.code, Code::InvalidProject);
    EXPECT_EQ(now.code, Code::InvalidProject);
    EXPECT_EQ(now.message, old.message);
    EXPECT_EQ(now.message, QStringLiteral("insert or update on table \"commitment_years\" violates foreign key constraint "
                                          "\"commitment_years_project_id_contract_id_clause_position_fkey\" (Key (project_id, "
                                          "contract_id, clause_position)=(1, no-such-contract, 0) is not present in table "
                                          "\"commitment_clauses\".)"));
    // An update that points a row at a parent that is not there, and one parent of a statement missing.
    const StorageError moved = refusal(after.uri(QStringLiteral("p")),
                                       {QStringLiteral("UPDATE hedgeplan.offerings SET provider_id = 'nobody' WHERE id = "
                                                       "(SELECT min(id) FROM hedgeplan.offerings)")});
    EXPECT_EQ(moved.code, Code::InvalidProject);
    EXPECT_TRUE(moved.message.startsWith(QStringLiteral("insert or update on table \"offerings\" violates foreign key "
                                                        "constraint \"offerings_project_id_provider_id_fkey\" (Key "
                                                        "(project_id, provider_id)=(1, nobody) is not present")))
        << moved.message.toStdString();
    const StorageError some = refusal(
        after.uri(QStringLiteral("p")),
        {QStringLiteral("INSERT INTO hedgeplan.egress_tiers (project_id, provider_id, position, price_per_gb) "
                        "SELECT project_id, id, 90, '1' FROM hedgeplan.providers UNION ALL SELECT %1, 'ghost', 91, '1'")
             .arg(kProject)});
    EXPECT_TRUE(some.message.contains(QStringLiteral("=(1, ghost) is not present in table \"providers\""))) << some.message.toStdString();
    EXPECT_EQ(after.scalar(QStringLiteral("SELECT count(*) FROM hedgeplan.egress_tiers WHERE position >= 90")), QStringLiteral("0"));
    EXPECT_TRUE(loaded(after.uri(QStringLiteral("p"))) == DemoPortfolio::load());
}

TEST(PgSchemaVersion4, AParentWithChildrenIsNotDeletedOrRekeyedAsBefore)
{
    // NO ACTION, as the foreign keys were: deleting a provider or contract that
    // rows still refer to is refused with the message version 3 gave at COMMIT;
    // children first (or in the same transaction, before the parent) is fine.
    const Database before, after;
    migrateTo(before.uri(QStringLiteral("p")), 3);
    write(before.uri(QStringLiteral("p")), DemoPortfolio::load());
    write(after.uri(QStringLiteral("p")), DemoPortfolio::load());
    const QString contract = after.scalar(QStringLiteral("SELECT min(contract_id) FROM hedgeplan.commitment_clauses"));
    const QString provider = after.scalar(QStringLiteral("SELECT provider_id FROM hedgeplan.contracts WHERE id = '%1'").arg(contract));
    ASSERT_FALSE(contract.isEmpty());
    const QString deleteContract = QStringLiteral("DELETE FROM hedgeplan.contracts WHERE id = '%1'").arg(contract);
    const StorageError old = refusal(before.uri(QStringLiteral("p")), {deleteContract});
    const StorageError now = refusal(after.uri(QStringLiteral("p")), {deleteContract});
    EXPECT_EQ(now.code, Code::InvalidProject);
    EXPECT_EQ(now.message, old.message);
    EXPECT_TRUE(now.message.startsWith(QStringLiteral("update or delete on table \"contracts\" violates foreign key constraint \"")))
        << now.message.toStdString();
    const QString deleteProvider = QStringLiteral("DELETE FROM hedgeplan.providers WHERE id = '%1'").arg(provider);
    EXPECT_EQ(refusal(after.uri(QStringLiteral("p")), {deleteProvider}).message,
              refusal(before.uri(QStringLiteral("p")), {deleteProvider}).message);
    const StorageError rekeyed = refusal(after.uri(QStringLiteral("p")),
                                         {QStringLiteral("UPDATE hedgeplan.contracts SET id = id || '-2' WHERE id = '%1'").arg(contract)});
    EXPECT_EQ(rekeyed.code, Code::InvalidProject);
    EXPECT_TRUE(rekeyed.message.contains(QStringLiteral("is still referenced from table"))) << rekeyed.message.toStdString();
    EXPECT_TRUE(loaded(after.uri(QStringLiteral("p"))) == DemoPortfolio::load());

    // The contract's children first, then the contract, in one transaction.
    QStringList children;
    for (const char *table : {"commitment_years", "commitment_eligible_classes", "commitment_tiers", "commitment_clauses",
                              "revenue_share_base_classes", "revenue_share_clauses", "exclusivity_classes",
                              "exclusivity_clauses", "classification_clauses", "dated_clauses"})
        children << QStringLiteral("DELETE FROM hedgeplan.%1 WHERE contract_id = '%2';").arg(QString::fromLatin1(table), contract);
    after.sql(QStringLiteral("BEGIN;") + children.join(QString()) + deleteContract + QStringLiteral("; COMMIT;"));
    EXPECT_EQ(after.scalar(QStringLiteral("SELECT count(*) FROM hedgeplan.contracts WHERE id = '%1'").arg(contract)), QStringLiteral("0"));
}

TEST(PgSchemaVersion4, SavesWriteParentsFirstAndDeleteChildrenFirst)
{
    // A save that adds a provider with a contract and its clauses, one that moves
    // the contract to another provider and removes the new provider, and one that
    // removes the contract with its clauses: each statement's foreign keys hold.
    const Database db;
    const ProjectUri uri = db.uri(QStringLiteral("p"));
    write(uri, hp::test::StorageTestProject::full());
    PgSnapshot snapshot;
    Project p = loaded(uri, &snapshot);
    auto withClauses = std::find_if(p.contracts.begin(), p.contracts.end(), [](const Contract &k) {
        return !k.commitments.empty() && !k.commitments.front().yearAmounts.empty();
    });
    ASSERT_NE(withClauses, p.contracts.end());
    Provider z = p.providers.front();
    z.id = QStringLiteral("z-new");
    z.name = QStringLiteral("Z");
    Contract k = *withClauses;
    k.id = QStringLiteral("k-new");
    k.providerId = z.id;
    p.providers.push_back(z);
    p.contracts.push_back(k);
    StorageError error;
    ASSERT_TRUE(PgProjectStore::save(uri, p, &snapshot, &error)) << error.message.toStdString();
    EXPECT_TRUE(loaded(uri) == p);

    p.contracts.back().providerId = p.providers.front().id;
    p.providers.pop_back();
    ASSERT_TRUE(PgProjectStore::save(uri, p, &snapshot, &error)) << error.message.toStdString();
    EXPECT_TRUE(loaded(uri) == p);

    p.contracts.pop_back();
    ASSERT_TRUE(PgProjectStore::save(uri, p, &snapshot, &error)) << error.message.toStdString();
    EXPECT_TRUE(loaded(uri) == hp::test::StorageTestProject::full());
}

TEST(PgSchemaVersion4, TablesComeParentsFirst)
{
    // PgChangeSet writes the tables in ProjectTables::shapes() order and deletes in
    // reverse: every foreign key checked per statement must point to an earlier table.
    const Database db;
    write(db.uri(QStringLiteral("p")), DemoPortfolio::load());
    QStringList order;
    for (const ProjectTables::Table &t : ProjectTables::shapes())
        order << t.name;
    const QString pairs = db.scalar(QStringLiteral(
        "SELECT string_agg(c.relname || '>' || split_part(encode(t.tgargs, 'escape'), '\\000', 2), ',' ORDER BY t.tgname, c.relname) "
        "FROM pg_trigger AS t JOIN pg_class AS c ON c.oid = t.tgrelid WHERE t.tgname LIKE 'check\\_%\\_inserted'"));
    const QStringList foreignKeys = pairs.split(u',');
    EXPECT_EQ(foreignKeys.size(), 19);
    for (const QString &fk : foreignKeys) {
        const QString child = fk.section(u'>', 0, 0), parent = fk.section(u'>', 1, 1);
        EXPECT_LT(order.indexOf(parent), order.indexOf(child)) << fk.toStdString();
        EXPECT_GE(order.indexOf(parent), 0) << fk.toStdString();
    }
    // The scenarios' own parent stays a deferred foreign key; no other one is left between data tables.
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT string_agg(conname, ',') FROM pg_constraint WHERE contype = 'f' "
                                       "AND connamespace = 'hedgeplan'::regnamespace AND confrelid <> 'hedgeplan.projects'::regclass")),
              QStringLiteral("scenarios_project_id_parent_fkey"));
}

TEST(PgSchemaVersion4, AParentKeptByAnotherTransactionIsNotDeleted)
{
    // Like PostgreSQL's own check, the statement that inserts a child locks its
    // parent (FOR KEY SHARE) until it commits: another transaction cannot delete
    // the parent meanwhile (here it gives up after its lock_timeout).
    const Database db;
    const ProjectUri uri = db.uri(QStringLiteral("p"));
    write(uri, DemoPortfolio::load());
    const QString target = db.scalar(QStringLiteral("SELECT min(id) FROM hedgeplan.providers"));
    const PgConnection inserting(uri);
    PgTransaction transaction(inserting);
    inserting.exec(QStringLiteral("INSERT INTO hedgeplan.egress_tiers (project_id, provider_id, position, price_per_gb) "
                                  "VALUES (%1, '%2', 99, '1')")
                       .arg(kProject, target));
    const StorageError blocked = refusal(uri, {QStringLiteral("SET LOCAL lock_timeout = '200ms'"),
                                               QStringLiteral("DELETE FROM hedgeplan.providers WHERE id = '%1'").arg(target)});
    EXPECT_TRUE(blocked.message.contains(QStringLiteral("lock timeout"))) << blocked.message.toStdString();
    transaction.commit();
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM hedgeplan.egress_tiers WHERE position = 99")), QStringLiteral("1"));
}

TEST(PgSchemaVersion4, AConflictNamesWhoChangedTheRowInABulkStatement)
{
    // The row's last change may sit in a bulk entry (here two providers renamed by
    // one psql statement): the refused save still names the role and the time.
    const Database db;
    const ProjectUri uri = db.uri(QStringLiteral("p"));
    write(uri, DemoPortfolio::load());
    PgSnapshot snapshot;
    Project p = loaded(uri, &snapshot);
    db.sql(QStringLiteral("UPDATE hedgeplan.providers SET name = name || ' (renamed)'"));
    p.providers.front().name = QStringLiteral("Mine");
    StorageError error;
    ASSERT_FALSE(PgProjectStore::save(uri, p, &snapshot, &error));
    EXPECT_EQ(error.code, Code::Conflict);
    EXPECT_TRUE(error.message.contains(QStringLiteral("of table providers was changed by postgres at 20")))
        << error.message.toStdString();
}

TEST(PgSchemaVersion4, IsIsoDateAcceptsExactlyTheDatesVersion1Accepted)
{
    // Version 4 replaces is_iso_date (the hp_date domain's check) by a function
    // without an EXCEPTION block; it must accept exactly what version 1's did:
    // every day of months 00 to 13 (days 00 to 32) of years around the edges
    // and leap rules, and malformed texts.
    const Database db;
    write(db.uri(QStringLiteral("p")), DemoPortfolio::load());
    const QString differences = db.scalar(QStringLiteral(
        "CREATE FUNCTION pg_temp.version1(value text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE "
        "SET search_path = pg_catalog AS $$ BEGIN "
        "RETURN value ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND to_char(value::date, 'YYYY-MM-DD') = value; "
        "EXCEPTION WHEN others THEN RETURN false; END $$; "
        "WITH texts AS (SELECT format('%s-%s-%s', y, lpad(m::text, 2, '0'), lpad(d::text, 2, '0')) AS t "
        "  FROM unnest(ARRAY['0000', '0001', '0004', '0100', '1582', '1900', '1999', '2000', '2023', '2024', '2100', "
        "                    '2400', '9999']) AS y, generate_series(0, 13) AS m, generate_series(0, 32) AS d "
        "  UNION ALL SELECT unnest(ARRAY['', '2026-1-01', '2026-01-1', ' 2026-01-01', '2026-01-01 ', '20260101', "
        "                                '2026/01/01', '+2026-01-01', '2026-01-01T00:00', 'abcd-ef-gh', '2026-02-29', "
        "                                '2024-02-29', '10000-01-01', '2026-00-00', NULL])) "
        "SELECT count(*) || ' of ' || (SELECT count(*) FROM texts) || ': ' || "
        "  coalesce(string_agg(t, ',') FILTER (WHERE t IS NOT NULL), '') FROM texts "
        "  WHERE hedgeplan.is_iso_date(t) IS DISTINCT FROM pg_temp.version1(t)"));
    EXPECT_EQ(differences, QStringLiteral("0 of 6021: "));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FILTER (WHERE hedgeplan.is_iso_date(t)) FROM (VALUES ('2024-02-29'), "
                                       "('2026-02-29'), ('0001-01-01'), ('9999-12-31'), ('2026-04-31')) AS v (t)")),
              QStringLiteral("3"));
}

TEST(PgSchemaVersion4, AStatementOverTwoProjectsLogsEachProjectsRowsInOrder)
{
    // One psql statement that inserts interleaved rows of two projects: each
    // project's log holds its own rows, in the order the statement wrote them.
    const Database db;
    write(db.uri(QStringLiteral("x")), DemoPortfolio::load()); // creates the schema
    db.sql(QStringLiteral("INSERT INTO hedgeplan.projects (name) VALUES ('a'), ('b');"
                          "INSERT INTO hedgeplan.actuals (project_id, position, provider, month, billed_cost, effective_cost, "
                          "currency) SELECT p.id, 15001 - n, 'aws', '2026-01', n || '', '0', 'USD' FROM hedgeplan.projects AS p, "
                          "generate_series(1, 15000) AS n WHERE p.name IN ('a', 'b') ORDER BY n, p.name"));
    for (const char *project : {"a", "b"})
        EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) || ' ' || bool_and((new_values ->> 'billed_cost')::int = n) "
                                           "|| ' ' || bool_and(row_key = to_jsonb(15001 - n)) FROM (SELECT row_number() OVER () AS n, * "
                                           "FROM hedgeplan.change_log((SELECT id FROM hedgeplan.projects WHERE name = '%1'))) AS l")
                                .arg(QString::fromLatin1(project))),
                  QStringLiteral("15000 true true"))
            << project;
}
