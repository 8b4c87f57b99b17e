// Merging others' saved rows into an editor's unsaved ones (PgMerge,
// docs/storage.md "Live updates"), over real rows and versions read from the
// server: only-theirs taken, only-mine kept, both changed = a conflict settled
// per row, their insertions taken in.
#include "PgTestCluster.h"
#include "canonical/DemoPortfolio.h"
#include "postgres/PgMerge.h"
#include "postgres/PgProjectStore.h"

#include <gtest/gtest.h>

using namespace hp;

namespace {

ProjectUri demoUri()
{
    auto &cluster = hp::test::PgTestCluster::instance();
    QString error;
    const auto uri = ProjectUri::parse(cluster.uri(cluster.createDatabase(), QStringLiteral("demo"), QStringLiteral("hp_editor")), &error);
    if (!uri)
        throw std::runtime_error(error.toStdString());
    return *uri;
}

} // namespace

TEST(PgMerge, TakesTheirsKeepsMineAndSettlesConflictsPerRow)
{
    const ProjectUri uri = demoUri();
    const Project demo = DemoPortfolio::load();
    ASSERT_TRUE(PgProjectStore::write(uri, demo, PgProjectStore::Overwrite::Refuse));
    Project read;
    PgSnapshot base;
    ASSERT_TRUE(PgProjectStore::load(uri, &read, nullptr, &base));

    Project theirs = read;
    PgSnapshot theirBase = base;
    theirs.providers[0].name = QStringLiteral("Theirs 0"); // both change: a conflict
    theirs.providers[1].name = QStringLiteral("Theirs 1"); // only they change
    Provider added = theirs.providers[1];                  // they insert a provider (and its egress tiers)
    added.id = QStringLiteral("theirs-new");
    theirs.providers.push_back(added);
    StorageError error;
    ASSERT_TRUE(PgProjectStore::save(uri, theirs, &theirBase, &error)) << error.message.toStdString();
    Project now;
    PgSnapshot current;
    ASSERT_TRUE(PgProjectStore::load(uri, &now, nullptr, &current));

    Project mine = read;
    mine.providers[0].name = QStringLiteral("Mine 0");
    mine.providers[2].name = QStringLiteral("Mine 2"); // only I change
    const auto mineTables = ProjectTables::fromProject(mine);

    const PgMerge::Result kept = PgMerge::merge(base, current, mineTables);
    // Hand-counted: providers 0 and 1 updated, one provider inserted (plus its egress-tier rows).
    ASSERT_EQ(kept.conflicts.size(), 1u);
    EXPECT_TRUE(kept.conflicts[0].description.contains(read.providers[0].id)) << kept.conflicts[0].description.toStdString();
    EXPECT_EQ(kept.conflicts[0].difference, QStringLiteral("name: yours 'Mine 0', theirs 'Theirs 0'"));
    EXPECT_GE(kept.changedByThem.size(), 3u);
    const Project keptProject = ProjectTables::toProject(kept.tables);
    EXPECT_EQ(keptProject.providers[0].name, QStringLiteral("Mine 0"));
    EXPECT_EQ(keptProject.providers[1].name, QStringLiteral("Theirs 1"));
    EXPECT_EQ(keptProject.providers[2].name, QStringLiteral("Mine 2"));
    ASSERT_EQ(keptProject.providers.size(), read.providers.size() + 1);
    EXPECT_EQ(keptProject.providers.back().id, QStringLiteral("theirs-new"));

    const PgMerge::Result taken = PgMerge::merge(base, current, mineTables, {kept.conflicts[0].id});
    const Project takenProject = ProjectTables::toProject(taken.tables);
    EXPECT_EQ(takenProject.providers[0].name, QStringLiteral("Theirs 0"));
    EXPECT_EQ(takenProject.providers[2].name, QStringLiteral("Mine 2"));

    // Nothing changed on the server since: no row of theirs, mine as it is.
    const PgMerge::Result none = PgMerge::merge(current, current, mineTables);
    EXPECT_TRUE(none.changedByThem.empty());
}
