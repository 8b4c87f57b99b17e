// Hostile project files beyond ProjectFileSafetyTest (issue 11): values of the
// wrong storage type behind a STRICT declaration, a huge blob, a file that
// claims to be a Hedgeplan project but is not, a malformed schema, a virtual
// table or an expression index planted in the file, a trigger hidden in a
// -wal another program left, and a folder named like a project. Each is
// refused with a clear message; none crashes or runs anything of the file's.

#include "RawSqlite.h"
#include "StorageRefusal.h"
#include "StorageTestFiles.h"
#include "StorageTestProject.h"
#include "storage/ProjectSchema.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <cstdio>

using namespace hp;
using namespace hp::test;
using Code = StorageError::Code;

namespace {

/// Runs `statements` on `table` with its STRICT keyword and TEXT types removed,
/// as a tool that edits the schema text can, then puts the declaration back:
/// the file then declares STRICT but holds values STRICT would have refused.
void bypassStrict(const QString &path, const QString &table, const QStringList &statements)
{
    const QString select = QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = '%1'").arg(table);
    const QString strict = StorageTestFiles::rawScalar(path, select).toString();
    ASSERT_TRUE(strict.endsWith(QStringLiteral(") STRICT"))) << strict.toStdString();
    QString loose = strict;
    loose.chop(QStringLiteral(" STRICT").size());
    // Without STRICT, TEXT affinity would turn a planted number into text: no affinity at all.
    loose.replace(QStringLiteral(" TEXT "), QStringLiteral(" BLOB "));
    auto setSql = [&](const QString &sql) {
        QString quoted = sql;
        quoted.replace(QStringLiteral("'"), QStringLiteral("''"));
        StorageTestFiles::rawExec(path, {QStringLiteral("PRAGMA writable_schema = ON"),
                                         QStringLiteral("UPDATE sqlite_schema SET sql = '%1' WHERE name = '%2'").arg(quoted, table)});
    };
    setSql(loose);
    StorageTestFiles::rawExec(path, statements);
    setSql(strict);
    ASSERT_EQ(StorageTestFiles::rawScalar(path, select).toString(), strict);
}

} // namespace

TEST(HostileProjectFile, ValuesOfTheWrongStorageTypeAreRefused)
{
    StorageTestFiles files;
    struct Case {
        const char *sql;
        const char *name;
    };
    for (const Case &c : {Case{"UPDATE offerings SET unit_price = x'0102' WHERE id = 'b-trn2'", "blob"},
                          Case{"UPDATE offerings SET unit_price = 2.5 WHERE id = 'b-trn2'", "real"},
                          Case{"UPDATE providers SET exit_egress_waived = 'yes' WHERE id = 'cloud-b'", "text"}}) {
        SCOPED_TRACE(c.name);
        const QString path = files.save(StorageTestProject::full(), QString::fromLatin1(c.name) + QStringLiteral(".hedgeplan"));
        const QString table = QString::fromLatin1(c.sql).section(u' ', 1, 1);
        bypassStrict(path, table, {QStringLiteral("PRAGMA ignore_check_constraints = ON"), QString::fromLatin1(c.sql)});
        const StorageError e = refusal(path);
        EXPECT_EQ(e.code, Code::Corrupt) << e.message.toStdString();
        EXPECT_TRUE(e.message.contains(table)) << e.message.toStdString();
    }
}

TEST(HostileProjectFile, AHugeBlobIsRefusedWithoutReadingIt)
{
    StorageTestFiles files;
    const QString path = files.save(StorageTestProject::full(), QStringLiteral("blob.hedgeplan"));
    // 64 MiB in a contract's notes, eight times the largest value Hedgeplan reads.
    bypassStrict(path, QStringLiteral("contracts"),
                 {QStringLiteral("UPDATE contracts SET notes = zeroblob(67108864) WHERE id = 'c-b'")});
    const StorageError e = refusal(path);
    EXPECT_EQ(e.code, Code::Corrupt) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("contracts"))) << e.message.toStdString();
}

TEST(HostileProjectFile, ADatabaseThatClaimsToBeAProjectButIsNot)
{
    StorageTestFiles files;
    const QString path = files.path(QStringLiteral("impostor.hedgeplan"));
    StorageTestFiles::rawExec(path, {QStringLiteral("PRAGMA application_id = %1").arg(ProjectSchema::kApplicationId),
                                     QStringLiteral("PRAGMA user_version = 1"),
                                     QStringLiteral("CREATE TABLE providers (id TEXT)")});
    const StorageError e = refusal(path);
    EXPECT_EQ(e.code, Code::Corrupt);
    EXPECT_TRUE(e.message.contains(QStringLiteral("is missing"))) << e.message.toStdString();

    const QString unversioned = files.path(QStringLiteral("unversioned.hedgeplan"));
    StorageTestFiles::rawExec(unversioned, {QStringLiteral("PRAGMA application_id = %1").arg(ProjectSchema::kApplicationId),
                                            QStringLiteral("PRAGMA user_version = -3"),
                                            QStringLiteral("CREATE TABLE t (x)")});
    const StorageError e2 = refusal(unversioned);
    EXPECT_EQ(e2.code, Code::Corrupt);
    EXPECT_TRUE(e2.message.contains(QStringLiteral("no valid schema version (-3)"))) << e2.message.toStdString();
}

TEST(HostileProjectFile, AMalformedSchemaIsRefused)
{
    StorageTestFiles files;
    const QString path = files.save(StorageTestProject::full(), QStringLiteral("malformed.hedgeplan"));
    StorageTestFiles::rawExec(path, {QStringLiteral("PRAGMA writable_schema = ON"),
                                     QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE TABLE providers (' "
                                                    "WHERE name = 'providers'")});
    const StorageError e = refusal(path);
    EXPECT_EQ(e.code, Code::Corrupt) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("reading the file's schema: malformed database schema (providers)")))
        << e.message.toStdString();
}

TEST(HostileProjectFile, PlantedVirtualTablesAndExpressionIndexesAreRefused)
{
    StorageTestFiles files;
    const QString fts = files.save(StorageTestProject::full(), QStringLiteral("fts.hedgeplan"));
    StorageTestFiles::rawExec(fts, {QStringLiteral("CREATE VIRTUAL TABLE search USING fts5(body)")});
    const StorageError e = refusal(fts);
    EXPECT_EQ(e.code, Code::Unsafe) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("'search'"))) << e.message.toStdString();

    const QString index = files.save(StorageTestProject::full(), QStringLiteral("index.hedgeplan"));
    StorageTestFiles::rawExec(index, {QStringLiteral("CREATE INDEX evil ON providers (abs(position))")});
    const StorageError e2 = refusal(index);
    EXPECT_EQ(e2.code, Code::Unsafe) << e2.message.toStdString();
    EXPECT_TRUE(e2.message.contains(QStringLiteral("index 'evil'"))) << e2.message.toStdString();
}

TEST(HostileProjectFile, ATriggerHiddenInALeftoverWalIsRefused)
{
    // Another SQLite program wrote a trigger into the -wal and never
    // checkpointed it: the main file alone looks clean.
    StorageTestFiles files;
    const QString path = files.save(StorageTestProject::full(), QStringLiteral("source.hedgeplan"));
    const QString copy = files.path(QStringLiteral("copy.hedgeplan"));
    {
        RawSqlite db(path);
        ASSERT_TRUE(db.isOpen());
        ASSERT_TRUE(db.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        ASSERT_TRUE(db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        ASSERT_TRUE(db.exec(QStringLiteral("CREATE TRIGGER hidden AFTER INSERT ON providers BEGIN "
                                           "DELETE FROM contracts; END")));
        // Copied while the writer is open: the trigger is only in the -wal.
        ASSERT_TRUE(QFile::copy(path, copy));
        ASSERT_TRUE(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    }
    ASSERT_GT(QFile(copy + QStringLiteral("-wal")).size(), 0);
    const QByteArray before = StorageTestFiles::read(copy);
    const StorageError e = refusal(copy);
    EXPECT_EQ(e.code, Code::Unsafe) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("trigger 'hidden'"))) << e.message.toStdString();
    EXPECT_EQ(StorageTestFiles::read(copy), before) << "opening must not checkpoint the other program's -wal";
}

TEST(HostileProjectFile, AFolderNamedLikeAProjectIsNotAFile)
{
    StorageTestFiles files;
    const QString path = files.path(QStringLiteral("folder.hedgeplan"));
    ASSERT_TRUE(QDir().mkpath(path));
    const StorageError e = refusal(path);
    EXPECT_EQ(e.code, Code::NotAProject);
    EXPECT_TRUE(e.message.contains(QStringLiteral("not a file"))) << e.message.toStdString();
}
