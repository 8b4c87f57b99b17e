// A save prepares the next table on a thread of its own while the server
// inserts the previous one (PgSavePipeline, docs/storage.md "Benchmark
// (PostgreSQL)"): an error half-way still rolls back everything, the
// in-memory write's refusal still comes before any statement, and a refused
// save leaves nothing running (the next save works).
#include "PgTestDatabase.h"
#include "StorageTestProject.h"
#include "canonical/DemoPortfolio.h"
#include "postgres/PgProjectStore.h"
#include "storage/ProjectTables.h"

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

} // namespace

TEST(PgSavePipeline, AnErrorHalfWayRollsBackEveryTableAndTheNextSaveWorks)
{
    const Database db;
    const ProjectUri uri = db.uri(QStringLiteral("p"));
    write(uri, hp::test::StorageTestProject::full());
    PgSnapshot snapshot;
    const Project original = loaded(uri, &snapshot);
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

TEST(PgSavePipeline, AnInvalidProjectIsRefusedBeforeAnyStatement)
{
    // The in-memory write runs on the pipeline's thread; its refusal still comes first,
    // before the role's (read-only here) and with the file's message.
    const Database db;
    const ProjectUri uri = db.uri(QStringLiteral("p"));
    write(uri, DemoPortfolio::load());
    db.sql(QStringLiteral("CREATE ROLE hp_select LOGIN; GRANT USAGE ON SCHEMA hedgeplan TO hp_select; "
                          "GRANT SELECT ON ALL TABLES IN SCHEMA hedgeplan TO hp_select;"));
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
}
