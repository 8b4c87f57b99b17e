// The digests of the built-in chain's schema that opening a file compares
// sqlite_master with (ProjectSchema::knownDigest, docs/storage.md): they must
// be those of the chain, and a file that differs from the known schema in one
// character still goes through the full comparison and is refused.

#include "StorageRefusal.h"
#include "StorageTestFiles.h"
#include "StorageTestProject.h"
#include "storage/ProjectSchema.h"
#include "storage/SqliteConnection.h"

#include <gtest/gtest.h>

#include <sqlite3.h>

using namespace hp;
using namespace hp::test;
using Code = StorageError::Code;

TEST(ProjectSchema, KnownDigestsAreThoseOfTheChain)
{
    // This build runs the SQLite it was compiled with, so the digests apply.
    ASSERT_EQ(sqlite3_libversion_number(), SQLITE_VERSION_NUMBER);
    for (int version = 1; version <= ProjectSchema::kCurrentVersion; ++version)
        EXPECT_EQ(ProjectSchema::knownDigest(version).toStdString(),
                  ProjectSchema::digest(ProjectSchema::expectedObjects(version)).toStdString())
            << "schema version " << version << ": write this digest in ProjectSchema::knownDigest";
    EXPECT_TRUE(ProjectSchema::knownDigest(0).isEmpty());
    EXPECT_TRUE(ProjectSchema::knownDigest(ProjectSchema::kCurrentVersion + 1).isEmpty());
}

TEST(ProjectSchema, TheDigestTellsEveryFieldAndTheirBoundaries)
{
    const ProjectSchema::SchemaObject table{QStringLiteral("table"), QStringLiteral("a"), QStringLiteral("a"),
                                            QStringLiteral("CREATE TABLE a (x)")};
    const QByteArray one = ProjectSchema::digest({table});
    EXPECT_EQ(one.size(), 64); // SHA-256 in hex
    EXPECT_EQ(one, ProjectSchema::digest({table}));
    auto changed = table;
    changed.sql = QStringLiteral("CREATE TABLE a (y)");
    EXPECT_NE(ProjectSchema::digest({changed}), one);
    // Moving a character from one field to the next changes the digest: the fields are ended.
    const ProjectSchema::SchemaObject shifted{QStringLiteral("table"), QStringLiteral("aa"), QString(), QStringLiteral("CREATE TABLE a (x)")};
    const ProjectSchema::SchemaObject unshifted{QStringLiteral("table"), QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("CREATE TABLE a (x)")};
    EXPECT_NE(ProjectSchema::digest({shifted}), ProjectSchema::digest({unshifted}));
    EXPECT_NE(ProjectSchema::digest({table, table}), one);
    EXPECT_NE(ProjectSchema::digest({}), one);
}

TEST(ProjectSchema, AFileOfTheKnownSchemaHasItsDigest)
{
    StorageTestFiles files;
    const QString path = files.save(StorageTestProject::full(), QStringLiteral("known.hedgeplan"));
    SqliteConnection c(path, SqliteConnection::Mode::ReadOnly);
    EXPECT_EQ(ProjectSchema::digest(ProjectSchema::actualObjects(c)), ProjectSchema::knownDigest(ProjectSchema::kCurrentVersion));
}

TEST(ProjectSchema, ATableWhoseTextDiffersByOneCharacterIsStillRefused)
{
    StorageTestFiles files;
    const QString path = files.save(StorageTestProject::full(), QStringLiteral("tampered.hedgeplan"));
    // One column more in the declaration, as a tool that edits the schema text can plant it.
    const QString select = QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'providers'");
    QString sql = StorageTestFiles::rawScalar(path, select).toString();
    const int paren = sql.indexOf(u'(');
    ASSERT_GT(paren, 0);
    sql.insert(paren + 1, QStringLiteral("planted ANY, "));
    sql.replace(QStringLiteral("'"), QStringLiteral("''"));
    StorageTestFiles::rawExec(path, {QStringLiteral("PRAGMA writable_schema = ON"),
                                     QStringLiteral("UPDATE sqlite_schema SET sql = '%1' WHERE name = 'providers'").arg(sql)});
    const StorageError e = refusal(path);
    EXPECT_EQ(e.code, Code::Unsafe) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("the table 'providers' differs from the one Hedgeplan writes (schema version %1)")
                                       .arg(ProjectSchema::kCurrentVersion)))
        << e.message.toStdString();
}
