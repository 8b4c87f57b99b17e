// A save writes the project into the in-memory database and prepares each
// table on a thread of its own while the server inserts the tables before it
// (PgSavePipeline, docs/storage.md "Benchmark (PostgreSQL)"): an error
// half-way still rolls back everything, the in-memory write's refusal is the
// save's error even when tables went to the server before it, a migration
// waits for it, and a refused save leaves nothing running (the next save works).
#include "PgTestDatabase.h"
#include "StorageTestProject.h"
#include "canonical/DemoPortfolio.h"
#include "postgres/PgProjectStore.h"
#include "storage/ProjectTables.h"
#include "storage/SqliteConnection.h"
#include "storage/WrittenProject.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace hp;
using hp::test::Database;
using hp::test::loaded;
using hp::test::write;
using Code = StorageError::Code;

namespace {

/// Every table's row count and the change log's, one line each.
QString counts(const Database &db)
{
    QString out;
    for (const ProjectTables::Table &t : ProjectTables::shapes())
        out += QStringLiteral("%1 %2\n").arg(t.name, db.scalar(QStringLiteral("SELECT count(*) FROM hedgeplan.%1").arg(t.name)));
    return out + QStringLiteral("changes %1\n").arg(db.scalar(QStringLiteral("SELECT count(*) FROM hedgeplan.changes")));
}

/// `p` with `n` more contracts, copies of one with commitment clauses and years.
Project withCopiedContracts(Project p, int n)
{
    const auto withClauses = std::find_if(p.contracts.begin(), p.contracts.end(), [](const Contract &k) {
        return !k.commitments.empty() && !k.commitments.front().yearAmounts.empty();
    });
    EXPECT_NE(withClauses, p.contracts.end());
    const Contract model = *withClauses;
    for (int i = 0; i < n; ++i) {
        Contract k = model;
        k.id = QStringLiteral("k-copy-%1").arg(i, 5, 10, QLatin1Char('0'));
        p.contracts.push_back(k);
    }
    return p;
}

/// A database holding the full test project as "p", and the project read back with its snapshot.
struct SavedFull {
    const Database db;
    const ProjectUri uri = db.uri(QStringLiteral("p"));
    PgSnapshot snapshot;
    const Project original = [this] {
        write(uri, hp::test::StorageTestProject::full());
        return loaded(uri, &snapshot);
    }();
};

} // namespace

TEST(PgSavePipeline, AnErrorHalfWayRollsBackEveryTableAndTheNextSaveWorks)
{
    SavedFull full;
    const Database &db = full.db;
    const ProjectUri &uri = full.uri;
    PgSnapshot &snapshot = full.snapshot;
    const Project &original = full.original;
    const Project p = withCopiedContracts(original, 1000);

    // The server refuses the inserts into the last table that gets new rows: the tables
    // before it went to the server already (contracts among them).
    const std::vector<ProjectTables::Table> next = ProjectTables::fromProject(p);
    std::size_t last = 0, changedTables = 0;
    for (std::size_t t = 0; t < next.size(); ++t)
        if (next[t].rows.size() > snapshot.tables[t].rows.size()) {
            last = t;
            ++changedTables;
        }
    ASSERT_GE(changedTables, 3u);
    const QString refused = next[last].name;
    ASSERT_NE(refused, QStringLiteral("contracts"));
    db.sql(QStringLiteral("CREATE FUNCTION public.refuse_inserts() RETURNS trigger LANGUAGE plpgsql AS "
                          "$$BEGIN RAISE EXCEPTION 'refused by the test'; END$$; "
                          "CREATE TRIGGER refuse_inserts BEFORE INSERT ON hedgeplan.%1 FOR EACH STATEMENT "
                          "EXECUTE FUNCTION public.refuse_inserts();")
               .arg(refused));

    const QString before = counts(db);
    const PgSnapshot snapshotBefore = snapshot;
    StorageError error;
    EXPECT_FALSE(PgProjectStore::save(uri, p, &snapshot, &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("refused by the test"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(refused)) << error.message.toStdString();
    EXPECT_EQ(counts(db), before); // no table kept a row, the log no entry
    EXPECT_TRUE(loaded(uri) == original);
    EXPECT_EQ(snapshot.versions, snapshotBefore.versions); // a failed save leaves the snapshot as it was
    EXPECT_EQ(snapshot.tables.size(), snapshotBefore.tables.size());
    for (std::size_t t = 0; t < snapshot.tables.size(); ++t)
        EXPECT_EQ(snapshot.tables[t].rows, snapshotBefore.tables[t].rows) << snapshot.tables[t].name.toStdString();

    db.sql(QStringLiteral("DROP TRIGGER refuse_inserts ON hedgeplan.%1").arg(refused));
    ASSERT_TRUE(PgProjectStore::save(uri, p, &snapshot, &error)) << error.message.toStdString();
    EXPECT_TRUE(loaded(uri) == p);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM hedgeplan.contracts")),
              QString::number(p.contracts.size()));
    // The snapshot holds the saved state: saving it again changes nothing.
    const QString saved = counts(db);
    ASSERT_TRUE(PgProjectStore::save(uri, p, &snapshot, &error)) << error.message.toStdString();
    EXPECT_EQ(counts(db), saved);
}

TEST(PgSavePipeline, AnInvalidProjectIsRefusedWithTheWritersMessageWhateverTheServerSays)
{
    // The in-memory write runs on the pipeline's thread; its refusal is the
    // save's error, also over the role's (read-only here), with the file's message.
    const Database db;
    const ProjectUri uri = db.uri(QStringLiteral("p"));
    write(uri, DemoPortfolio::load());
    db.sql(QStringLiteral("CREATE ROLE hp_select LOGIN; GRANT USAGE ON SCHEMA hedgeplan TO hp_select; "
                          "GRANT SELECT ON ALL TABLES IN SCHEMA hedgeplan TO hp_select;"));
    const QString before = counts(db);
    for (const QString &role : {QStringLiteral("hp_editor"), QStringLiteral("hp_select")}) {
        SCOPED_TRACE(role.toStdString());
        const ProjectUri as = db.uri(QStringLiteral("p"), role);
        PgSnapshot snapshot;
        Project p = loaded(as, &snapshot);
        ASSERT_FALSE(p.contracts.empty());
        p.contracts.front().providerId = QStringLiteral("no-such-provider");
        StorageError error;
        EXPECT_FALSE(PgProjectStore::save(as, p, &snapshot, &error));
        EXPECT_EQ(error.code, Code::InvalidProject) << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(QStringLiteral("(table contracts): FOREIGN KEY constraint failed")))
            << error.message.toStdString();
    }
    EXPECT_TRUE(loaded(uri) == DemoPortfolio::load());
    EXPECT_EQ(counts(db), before);
}

TEST(PgSavePipeline, ARefusalInTheLastTableWrittenIsTheSavesErrorAndKeepsNothing)
{
    // 3 000 more contracts, which may go to the server while the writer
    // writes their commitments; a commitment year of the last contract breaks
    // a CHECK of the file (the last table ProjectWriter writes): the save fails
    // with the writer's message, nothing is kept, and the next save works.
    SavedFull full;
    const ProjectUri &uri = full.uri;
    PgSnapshot &snapshot = full.snapshot;
    const Project &original = full.original;
    Project p = withCopiedContracts(original, 3000);
    p.contracts.back().commitments.front().yearAmounts.back() = Decimal::fromInt(-5);
    const QString before = counts(full.db);
    StorageError error;
    EXPECT_FALSE(PgProjectStore::save(uri, p, &snapshot, &error));
    EXPECT_EQ(error.code, Code::InvalidProject) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("k-copy-02999"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("commitment_years"))) << error.message.toStdString();
    EXPECT_EQ(counts(full.db), before);
    EXPECT_TRUE(loaded(uri) == original);

    p.contracts.back().commitments.front().yearAmounts.back() = Decimal::fromInt(5);
    ASSERT_TRUE(PgProjectStore::save(uri, p, &snapshot, &error)) << error.message.toStdString();
    EXPECT_TRUE(loaded(uri) == p);
}

TEST(PgSavePipeline, AMigrationWaitsForTheWriterAndAnInvalidProjectCreatesNoSchema)
{
    // A first save into an empty database creates the schema (a transaction of
    // its own): not for a project the writer refuses.
    const Database db;
    const ProjectUri uri = db.uri(QStringLiteral("p"));
    Project p = DemoPortfolio::load();
    p.contracts.front().providerId = QStringLiteral("no-such-provider");
    PgSnapshot snapshot;
    StorageError error;
    EXPECT_FALSE(PgProjectStore::save(uri, p, &snapshot, &error));
    EXPECT_EQ(error.code, Code::InvalidProject) << error.message.toStdString();
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'hedgeplan'")), QStringLiteral("0"));
    ASSERT_TRUE(PgProjectStore::save(uri, DemoPortfolio::load(), &snapshot, &error)) << error.message.toStdString();
    EXPECT_TRUE(loaded(uri) == DemoPortfolio::load());
}

TEST(PgSavePipeline, TheWriterTellsEachTableOnceWhenItHoldsAllItsRows)
{
    // What lets the pipeline read a table back while the writer goes on: every
    // table of the file is told once, and holds its final rows when told.
    const Project p = withCopiedContracts(hp::test::StorageTestProject::full(), 20);
    WrittenProject written;
    std::vector<std::pair<QString, qsizetype>> told;
    written.write(p, [&](const QString &table) {
        const auto t = std::find_if(ProjectTables::shapes().begin(), ProjectTables::shapes().end(),
                                    [&](const ProjectTables::Table &s) { return s.name == table; });
        ASSERT_NE(t, ProjectTables::shapes().end()) << table.toStdString();
        told.emplace_back(table, qsizetype(written.table(std::size_t(t - ProjectTables::shapes().begin())).rows.size()));
    });
    ASSERT_EQ(told.size(), ProjectTables::shapes().size());
    const std::vector<ProjectTables::Table> all = ProjectTables::fromProject(p);
    int withRows = 0;
    for (const auto &entry : told) {
        const QString &table = entry.first; // (no structured binding: captured below)
        const qsizetype rows = entry.second;
        const auto t = std::find_if(all.begin(), all.end(), [&](const ProjectTables::Table &s) { return s.name == table; });
        ASSERT_NE(t, all.end());
        EXPECT_EQ(rows, qsizetype(t->rows.size())) << table.toStdString();
        EXPECT_EQ(std::count_if(told.begin(), told.end(), [&](const auto &e) { return e.first == table; }), 1)
            << table.toStdString();
        withRows += rows > 0 ? 1 : 0;
    }
    EXPECT_GE(withRows, 20); // the full test project fills nearly every table
}
