// Projects in a real PostgreSQL server (docs/rules.md §13): round trips, several
// projects in one database, refusals (existing, missing, newer schema,
// read-only role), no lost update and the change log.
#include "PgTestDatabase.h"
#include "StorageTestProject.h"
#include "engine/ScenarioEngine.h"
#include "canonical/DemoPortfolio.h"
#include "json/JsonReport.h"
#include "postgres/PgConnection.h"
#include "postgres/PgProjectStore.h"
#include "postgres/PgSchema.h"
#include "storage/ProjectTables.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace hp;
using hp::test::Database;
using hp::test::PgTestCluster;
using hp::test::loaded;
using hp::test::uriOf;
using hp::test::write;
using Code = StorageError::Code;

namespace {

QByteArray evaluation(const Project &p, const QString &scenario)
{
    return QJsonDocument(JsonReport::evaluation(ScenarioEngine(p).evaluate(scenario))).toJson();
}

} // namespace

TEST(PgProjectStore, FullProjectRoundTripIsEqual)
{
    const Database db;
    const Project full = hp::test::StorageTestProject::full();
    write(db.uri(QStringLiteral("full")), full);
    EXPECT_TRUE(loaded(db.uri(QStringLiteral("full"))) == full);
    const Project many = hp::test::StorageTestProject::withActuals(5000);
    write(db.uri(QStringLiteral("actuals")), many);
    EXPECT_TRUE(loaded(db.uri(QStringLiteral("actuals"))) == many);
}

TEST(PgProjectStore, DemoRoundTripEvaluatesIdentically)
{
    const Database db;
    const Project demo = DemoPortfolio::load();
    write(db.uri(QStringLiteral("demo")), demo);
    const Project back = loaded(db.uri(QStringLiteral("demo")));
    EXPECT_TRUE(back == demo);
    for (const Scenario &s : demo.scenarios)
        EXPECT_EQ(evaluation(back, s.name), evaluation(demo, s.name)) << s.name.toStdString();
}

TEST(PgProjectStore, SeveralProjectsShareADatabaseAndNothingLandsOutsideTheSchema)
{
    const Database db;
    const Project demo = DemoPortfolio::load();
    Project other = hp::test::StorageTestProject::numbered(3);
    write(db.uri(QStringLiteral("a")), demo);
    write(db.uri(QStringLiteral("b")), other);
    EXPECT_TRUE(loaded(db.uri(QStringLiteral("a"))) == demo);
    EXPECT_TRUE(loaded(db.uri(QStringLiteral("b"))) == other);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                       "WHERE n.nspname NOT IN ('hedgeplan', 'pg_catalog', 'information_schema', 'pg_toast')")),
              QStringLiteral("0"));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = 'hp_editor'")), QStringLiteral("f"));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT version FROM hedgeplan.schema_version")), QString::number(PgSchema::kCurrentVersion));
}

TEST(PgProjectStore, AnExistingProjectIsReplacedOnlyWhenAsked)
{
    const Database db;
    const ProjectUri uri = db.uri(QStringLiteral("p"));
    const Project demo = DemoPortfolio::load();
    write(uri, demo);
    const Project other = hp::test::StorageTestProject::full();
    StorageError error;
    EXPECT_FALSE(PgProjectStore::write(uri, other, PgProjectStore::Overwrite::Refuse, &error));
    EXPECT_EQ(error.code, Code::Exists);
    EXPECT_TRUE(error.message.contains(QStringLiteral("exists already"))) << error.message.toStdString();
    EXPECT_TRUE(loaded(uri) == demo);
    ASSERT_TRUE(PgProjectStore::write(uri, other, PgProjectStore::Overwrite::Replace, &error)) << error.message.toStdString();
    EXPECT_TRUE(loaded(uri) == other);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM hedgeplan.projects")), QStringLiteral("1"));
}

TEST(PgProjectStore, MissingProjectDatabaseOrSchemaAreClearErrorsAndCreateNothing)
{
    const Database db;
    StorageError error;
    Project p;
    EXPECT_FALSE(PgProjectStore::load(db.uri(QStringLiteral("nope")), &p, &error));
    EXPECT_EQ(error.code, Code::NotFound);
    EXPECT_TRUE(error.message.contains(QStringLiteral("no Hedgeplan projects"))) << error.message.toStdString();
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'hedgeplan'")), QStringLiteral("0"));

    write(db.uri(QStringLiteral("there")), DemoPortfolio::load());
    EXPECT_FALSE(PgProjectStore::load(db.uri(QStringLiteral("nope")), &p, &error));
    EXPECT_EQ(error.code, Code::NotFound);
    EXPECT_TRUE(error.message.contains(QStringLiteral("no project 'nope' (projects: 'there')"))) << error.message.toStdString();

    const ProjectUri missingDb = uriOf(db.cluster.uri(QStringLiteral("no_such_db"), QStringLiteral("p")));
    EXPECT_FALSE(PgProjectStore::load(missingDb, &p, &error));
    EXPECT_EQ(error.code, Code::NotFound);
    EXPECT_TRUE(error.message.contains(QStringLiteral("database does not exist"))) << error.message.toStdString();
    EXPECT_FALSE(PgProjectStore::write(missingDb, DemoPortfolio::load(), PgProjectStore::Overwrite::Refuse, &error));
    EXPECT_EQ(error.code, Code::NotFound);
    EXPECT_EQ(db.cluster.scalar(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'no_such_db'"),
                                QStringLiteral("postgres")),
              QStringLiteral("0"));
}

TEST(PgProjectStore, WrongPasswordAndMissingSocketAreConnectionErrors)
{
    const Database db;
    StorageError error;
    Project p;
    const QString wrong = QStringLiteral("postgresql://hp_password:wrong-secret@/%1?host=%2&project=p")
                              .arg(db.name, db.cluster.socketDir());
    EXPECT_FALSE(PgProjectStore::load(uriOf(wrong), &p, &error));
    EXPECT_EQ(error.code, Code::Connection);
    EXPECT_TRUE(error.message.contains(QStringLiteral("password authentication failed"))) << error.message.toStdString();
    EXPECT_FALSE(error.message.contains(QStringLiteral("wrong-secret"))) << error.message.toStdString();

    const ProjectUri nowhere = uriOf(QStringLiteral("postgresql:///%1?host=%2/missing&project=p").arg(db.name, db.cluster.socketDir()));
    EXPECT_FALSE(PgProjectStore::load(nowhere, &p, &error));
    EXPECT_EQ(error.code, Code::Connection);
    EXPECT_TRUE(error.message.contains(QStringLiteral("cannot connect"))) << error.message.toStdString();

    // The right password (libpq's own places only: here PGPASSWORD) connects.
    qputenv("PGPASSWORD", "right-password");
    const bool ok = PgProjectStore::load(uriOf(db.cluster.uri(db.name, QStringLiteral("p"), QStringLiteral("hp_password"))), &p, &error);
    qunsetenv("PGPASSWORD");
    EXPECT_FALSE(ok);
    EXPECT_EQ(error.code, Code::NotFound) << error.message.toStdString(); // logged in; the database has no projects
}

TEST(PgProjectStore, NewerSchemaIsRefused)
{
    const Database db;
    const ProjectUri uri = db.uri(QStringLiteral("p"));
    write(uri, DemoPortfolio::load());
    db.sql(QStringLiteral("UPDATE hedgeplan.schema_version SET version = 7"));
    StorageError error;
    Project p;
    EXPECT_FALSE(PgProjectStore::load(uri, &p, &error));
    EXPECT_EQ(error.code, Code::NewerVersion);
    EXPECT_TRUE(error.message.contains(QStringLiteral("schema version 7"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("Update Hedgeplan"))) << error.message.toStdString();
    EXPECT_FALSE(PgProjectStore::write(db.uri(QStringLiteral("q")), DemoPortfolio::load(), PgProjectStore::Overwrite::Refuse, &error));
    EXPECT_EQ(error.code, Code::NewerVersion);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM hedgeplan.projects")), QStringLiteral("1"));
}

TEST(PgProjectStore, MigrationsRunInOneTransaction)
{
    const Database db;
    const ProjectUri uri = db.uri(QStringLiteral("p"));
    write(uri, DemoPortfolio::load());
    std::vector<PgSchema::Migration> steps = PgSchema::migrations();
    steps.push_back({PgSchema::kCurrentVersion + 1,
                     QStringLiteral("ALTER TABLE providers ADD COLUMN note text; SELECT no_such_function();")});
    const PgConnection c(uri);
    EXPECT_THROW(PgSchema::prepareForWrite(c, steps), std::exception);
    EXPECT_EQ(PgSchema::version(c), PgSchema::kCurrentVersion);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'hedgeplan' "
                                       "AND table_name = 'providers' AND column_name = 'note'")),
              QStringLiteral("0"));
    steps.back().script = QStringLiteral("ALTER TABLE providers ADD COLUMN note text");
    PgSchema::prepareForWrite(c, steps);
    EXPECT_EQ(PgSchema::version(c), PgSchema::kCurrentVersion + 1);
}

TEST(PgProjectStore, AVersion1SchemaMigratesToVersion2AndThenHoldsCommitmentTiers)
{
    // docs/rules.md §12.2: schema version 2 adds commitment_tiers. A database of
    // version 1 is upgraded by the first write, in one transaction, and the
    // tiers of full() (three on one clause, one on another) round-trip in order.
    const Database db;
    const ProjectUri uri = db.uri(QStringLiteral("p"));
    {
        const PgConnection c(uri);
        PgSchema::prepareForWrite(c, {PgSchema::migrations().front()});
        EXPECT_EQ(PgSchema::version(c), 1);
    }
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'hedgeplan' "
                                       "AND table_name = 'commitment_tiers'")),
              QStringLiteral("0"));
    const Project full = hp::test::StorageTestProject::full();
    write(uri, full);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT version FROM hedgeplan.schema_version")), QString::number(PgSchema::kCurrentVersion));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM hedgeplan.commitment_tiers")), QStringLiteral("4"));
    EXPECT_TRUE(loaded(uri) == full);
    // The same CHECKs as the file's.
    EXPECT_THROW(db.sql(QStringLiteral("UPDATE hedgeplan.commitment_tiers SET discount_pct = '100.5'")), std::runtime_error);
    EXPECT_THROW(db.sql(QStringLiteral("UPDATE hedgeplan.commitment_tiers SET min_total = '-1'")), std::runtime_error);
}

TEST(PgProjectStore, ReadOnlyRolesReadButNeverWrite)
{
    const Database db;
    const ProjectUri uri = db.uri(QStringLiteral("p"));
    const Project demo = DemoPortfolio::load();
    write(uri, demo);
    db.sql(QStringLiteral("CREATE ROLE hp_viewer LOGIN; GRANT pg_read_all_data TO hp_viewer; "
                          "CREATE ROLE hp_select LOGIN; GRANT USAGE ON SCHEMA hedgeplan TO hp_select; "
                          "GRANT SELECT ON ALL TABLES IN SCHEMA hedgeplan TO hp_select;"));
    for (const QString &role : {QStringLiteral("hp_viewer"), QStringLiteral("hp_select")}) {
        SCOPED_TRACE(role.toStdString());
        const ProjectUri viewer = db.uri(QStringLiteral("p"), role);
        PgSnapshot snapshot;
        Project p = loaded(viewer, &snapshot);
        EXPECT_TRUE(p == demo);
        EXPECT_FALSE(snapshot.writable);
        p.title = QStringLiteral("changed");
        StorageError error;
        EXPECT_FALSE(PgProjectStore::save(viewer, p, &snapshot, &error));
        EXPECT_EQ(error.code, Code::ReadOnly);
        EXPECT_TRUE(error.message.contains(QStringLiteral("may only read"))) << error.message.toStdString();
        EXPECT_FALSE(PgProjectStore::write(db.uri(QStringLiteral("new"), role), p, PgProjectStore::Overwrite::Refuse, &error));
        EXPECT_EQ(error.code, Code::ReadOnly) << error.message.toStdString();
    }
    EXPECT_TRUE(loaded(uri) == demo);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM hedgeplan.projects")), QStringLiteral("1"));
}

TEST(PgProjectStore, SavesWriteOnlyChangesAndNeverLoseAnUpdate)
{
    const Database db;
    db.sql(QStringLiteral("CREATE ROLE hp_other LOGIN; GRANT hp_editor TO hp_other;"));
    const ProjectUri mine = db.uri(QStringLiteral("p"));
    const ProjectUri theirs = db.uri(QStringLiteral("p"), QStringLiteral("hp_other"));
    write(mine, DemoPortfolio::load());
    db.sql(QStringLiteral("GRANT USAGE ON SCHEMA hedgeplan TO hp_other"));

    PgSnapshot mySnapshot, theirSnapshot;
    Project a = loaded(mine, &mySnapshot);
    Project b = loaded(theirs, &theirSnapshot);
    ASSERT_GE(a.providers.size(), 2u);
    ASSERT_FALSE(a.offerings.empty());

    // They rename the first provider; I change an offering's price: both land.
    b.providers[0].name = QStringLiteral("Renamed by them");
    StorageError error;
    ASSERT_TRUE(PgProjectStore::save(theirs, b, &theirSnapshot, &error)) << error.message.toStdString();
    a.offerings[0].unitPrice = *Decimal::parse(u"123.456");
    ASSERT_TRUE(PgProjectStore::save(mine, a, &mySnapshot, &error)) << error.message.toStdString();
    const Project both = loaded(mine);
    EXPECT_EQ(both.providers[0].name, QStringLiteral("Renamed by them"));
    EXPECT_EQ(both.offerings[0].unitPrice, *Decimal::parse(u"123.456"));

    // My snapshot now holds my save: I can save again on top of it.
    a.offerings[0].unitPrice = *Decimal::parse(u"7");
    ASSERT_TRUE(PgProjectStore::save(mine, a, &mySnapshot, &error)) << error.message.toStdString();
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT version FROM hedgeplan.offerings WHERE id = '%1'").arg(a.offerings[0].id)),
              QStringLiteral("3"));

    // But I never read their rename: renaming the same provider is refused, naming row, who and when.
    Project stale = a;
    stale.providers[0].name = QStringLiteral("Mine");
    const PgSnapshot before = mySnapshot;
    EXPECT_FALSE(PgProjectStore::save(mine, stale, &mySnapshot, &error));
    EXPECT_EQ(mySnapshot.versions, before.versions); // a failed save leaves the snapshot as it was
    EXPECT_EQ(error.code, Code::Conflict);
    EXPECT_TRUE(error.message.contains(QStringLiteral("table providers"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("id '%1'").arg(a.providers[0].id))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("by hp_other at 20"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("nothing was saved"))) << error.message.toStdString();
    const Project after = loaded(mine);
    EXPECT_EQ(after.providers[0].name, QStringLiteral("Renamed by them"));
    EXPECT_EQ(after.offerings[0].unitPrice, *Decimal::parse(u"7"));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT version FROM hedgeplan.providers WHERE id = '%1'").arg(a.providers[0].id)),
              QStringLiteral("2"));
}

TEST(PgProjectStore, ChangeLogNamesWhoWhenEntityRowAndChangedColumns)
{
    const Database db;
    const ProjectUri uri = db.uri(QStringLiteral("p"));
    write(uri, DemoPortfolio::load());
    PgSnapshot snapshot;
    Project p = loaded(uri, &snapshot);
    const QString id = p.providers[0].id;
    const QString oldName = p.providers[0].name;
    p.providers[0].name = QStringLiteral("New name");
    Provider extra;
    extra.id = QStringLiteral("extra");
    extra.name = QStringLiteral("Extra");
    p.providers.push_back(extra);
    StorageError error;
    ASSERT_TRUE(PgProjectStore::save(uri, p, &snapshot, &error)) << error.message.toStdString();
    p.providers.pop_back(); // saved on top of the refreshed snapshot, without reading again
    ASSERT_TRUE(PgProjectStore::save(uri, p, &snapshot, &error)) << error.message.toStdString();

    QJsonArray log;
    ASSERT_TRUE(PgProjectStore::changes(uri, &log, &error)) << error.message.toStdString();
    QJsonObject firstInsert, update, extraInsert, extraDelete;
    for (const auto &entry : log) {
        const QJsonObject o = entry.toObject();
        EXPECT_EQ(o[QStringLiteral("who")].toString(), QStringLiteral("hp_editor"));
        EXPECT_TRUE(o[QStringLiteral("when")].toString().endsWith(u'Z'));
        EXPECT_EQ(o[QStringLiteral("when")].toString().size(), 20);
        if (o[QStringLiteral("entity")].toString() != u"providers")
            continue;
        const QString row = o[QStringLiteral("row")].toString();
        const bool inserted = o[QStringLiteral("old")].isNull(), deleted = o[QStringLiteral("new")].isNull();
        if (row == id)
            (inserted ? firstInsert : update) = o;
        if (row == u"extra")
            (inserted ? extraInsert : deleted ? extraDelete : update) = o;
    }
    ASSERT_FALSE(firstInsert.isEmpty());
    EXPECT_EQ(firstInsert[QStringLiteral("new")].toObject()[QStringLiteral("name")].toString(), oldName);
    ASSERT_FALSE(update.isEmpty());
    EXPECT_EQ(update[QStringLiteral("old")].toObject(), (QJsonObject{{QStringLiteral("name"), oldName}}));
    EXPECT_EQ(update[QStringLiteral("new")].toObject(), (QJsonObject{{QStringLiteral("name"), QStringLiteral("New name")}}));
    ASSERT_FALSE(extraInsert.isEmpty());
    ASSERT_FALSE(extraDelete.isEmpty());
    EXPECT_EQ(extraDelete[QStringLiteral("old")].toObject()[QStringLiteral("name")].toString(), QStringLiteral("Extra"));
    // Only what changed was written: one update, one insert, one delete after the first write.
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM hedgeplan.changes WHERE old_values IS NOT NULL "
                                       "AND new_values IS NOT NULL")),
              QStringLiteral("1"));
}

TEST(PgProjectStore, DatabaseChecksRefuseRowsTheFileWouldRefuse)
{
    const Database db;
    write(db.uri(QStringLiteral("p")), DemoPortfolio::load());
    EXPECT_THROW(db.sql(QStringLiteral("UPDATE hedgeplan.offerings SET unit_price = '-1'")), std::runtime_error);
    EXPECT_THROW(db.sql(QStringLiteral("UPDATE hedgeplan.workloads SET class = 'nonsense'")), std::runtime_error);
    EXPECT_THROW(db.sql(QStringLiteral("UPDATE hedgeplan.contracts SET start_date = '2026-02-30'")), std::runtime_error);
    EXPECT_THROW(db.sql(QStringLiteral("UPDATE hedgeplan.commitment_clauses SET discount_pct = '100.5'")), std::runtime_error);
    EXPECT_THROW(db.sql(QStringLiteral("UPDATE hedgeplan.offerings SET provider_id = 'no-such-provider'")), std::runtime_error);
    EXPECT_THROW(db.sql(QStringLiteral("INSERT INTO hedgeplan.actuals (project_id, position, provider, month, billed_cost, "
                                       "effective_cost, currency) SELECT id, 999999, 'x', '2026-13', '1', '1', 'USD' "
                                       "FROM hedgeplan.projects")),
                 std::runtime_error);
    EXPECT_NO_THROW(db.sql(QStringLiteral("INSERT INTO hedgeplan.actuals (project_id, position, provider, month, billed_cost, "
                                          "effective_cost, currency) SELECT id, 999999, 'x', '2026-12', '1', '1', 'USD' "
                                          "FROM hedgeplan.projects")));
}

TEST(PgProjectStore, TablesMirrorTheProjectFile)
{
    const Database db;
    write(db.uri(QStringLiteral("p")), DemoPortfolio::load());
    for (const ProjectTables::Table &t : ProjectTables::shapes()) {
        SCOPED_TRACE(t.name.toStdString());
        const QString columns = db.scalar(
            QStringLiteral("SELECT string_agg(column_name || ':' || data_type, ',' ORDER BY ordinal_position) "
                           "FROM information_schema.columns WHERE table_schema = 'hedgeplan' AND table_name = '%1' "
                           "AND column_name NOT IN ('project_id', 'version')")
                .arg(t.name));
        QStringList expected;
        for (qsizetype i = 0; i < t.columns.size(); ++i) {
            const auto type = t.types[std::size_t(i)];
            expected << t.columns[i] + u':'
                    + (type == ProjectTables::Type::Integer ? QStringLiteral("bigint")
                       : type == ProjectTables::Type::Real ? QStringLiteral("double precision")
                                                           : QStringLiteral("text"));
        }
        EXPECT_EQ(columns, expected.join(u','));
    }
}
