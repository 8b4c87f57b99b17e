// Autosave copies: written atomically by a live session, listed after its
// process died, restored or discarded (docs/storage.md "Recovery copies").

#include "ChildHelper.h"
#include "StorageTestFiles.h"
#include "StorageTestProject.h"
#include "storage/ProjectFile.h"
#include "storage/RecoverySession.h"
#include "storage/RecoveryStore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace hp;
using namespace hp::test;

TEST(RecoveryStore, TheCopyOfAKilledSessionIsOfferedAndRestores)
{
    StorageTestFiles files;
    const QString dir = files.path(QStringLiteral("recovery"));
    const QString original = files.path(QStringLiteral("plan.hedgeplan"));
    ChildHelper session({QStringLiteral("recovery"), dir, original, QStringLiteral("3")});
    ASSERT_TRUE(session.waitForLine(QStringLiteral("written"))) << session.errorOutput().toStdString();
    const QDateTime written = QDateTime::currentDateTimeUtc();

    RecoveryStore store(dir);
    EXPECT_TRUE(store.orphans().empty()) << "a running session is not a crash";

    session.kill();
    const auto orphans = store.orphans();
    ASSERT_EQ(orphans.size(), 1u);
    const RecoveryEntry &entry = orphans[0];
    EXPECT_EQ(entry.originalPath, original);
    EXPECT_EQ(entry.title, QStringLiteral("state 3"));
    EXPECT_LE(qAbs(entry.savedAt.secsTo(written)), 60);

    Project restored;
    StorageError error;
    ASSERT_TRUE(store.restore(entry, &restored, &error)) << error.message.toStdString();
    EXPECT_TRUE(sameProject(restored, StorageTestProject::numbered(3)));

    ASSERT_TRUE(store.discard(entry, &error)) << error.message.toStdString();
    EXPECT_TRUE(store.orphans().empty());
    EXPECT_TRUE(QDir(dir).entryList(QDir::Files | QDir::Hidden).isEmpty())
        << QDir(dir).entryList(QDir::Files | QDir::Hidden).join(u' ').toStdString();
}

TEST(RecoveryStore, EachWriteReplacesTheCopyAndAnOrderlyEndDiscardsIt)
{
    StorageTestFiles files;
    const QString dir = files.path(QStringLiteral("recovery"));
    QString copy;
    {
        RecoverySession session(dir, QString());
        StorageError error;
        ASSERT_TRUE(session.write(StorageTestProject::numbered(1), &error)) << error.message.toStdString();
        ASSERT_TRUE(session.write(StorageTestProject::numbered(2), &error)) << error.message.toStdString();
        copy = session.recoveryPath();
        auto loaded = StorageTestFiles::load(copy, &error);
        ASSERT_TRUE(loaded);
        EXPECT_EQ(loaded->title, QStringLiteral("state 2"));

        RecoveryStore store(dir);
        EXPECT_TRUE(store.orphans().empty());
        EXPECT_FALSE(store.discard({session.id(), copy, QString(), QString(), QDateTime()}, &error));
        EXPECT_EQ(error.code, StorageError::Code::Locked);
    }
    EXPECT_FALSE(QFileInfo::exists(copy));
    EXPECT_TRUE(QDir(dir).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST(RecoveryStore, IncompleteLeftoversAreRemovedNotOffered)
{
    StorageTestFiles files;
    const QString dir = files.path(QStringLiteral("recovery"));
    ASSERT_TRUE(QDir().mkpath(dir));
    // A crash during the very first autosave: a copy without its metadata.
    StorageTestFiles::write(QDir(dir).filePath(QStringLiteral("0000.hedgeplan")), "half");
    // Metadata whose copy is gone.
    StorageTestFiles::write(QDir(dir).filePath(QStringLiteral("1111.json")), "{}");
    RecoveryStore store(dir);
    EXPECT_TRUE(store.orphans().empty());
    EXPECT_TRUE(QDir(dir).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST(RecoveryStore, NewestCopiesComeFirst)
{
    StorageTestFiles files;
    const QString dir = files.path(QStringLiteral("recovery"));
    ChildHelper older({QStringLiteral("recovery"), dir, QStringLiteral("/x/old.hedgeplan"), QStringLiteral("1")});
    ASSERT_TRUE(older.waitForLine(QStringLiteral("written")));
    ChildHelper newer({QStringLiteral("recovery"), dir, QStringLiteral("/x/new.hedgeplan"), QStringLiteral("2")});
    ASSERT_TRUE(newer.waitForLine(QStringLiteral("written")));
    older.kill();
    newer.kill();
    const auto orphans = RecoveryStore(dir).orphans();
    ASSERT_EQ(orphans.size(), 2u);
    EXPECT_EQ(orphans[0].originalPath, QStringLiteral("/x/new.hedgeplan"));
    EXPECT_EQ(orphans[1].originalPath, QStringLiteral("/x/old.hedgeplan"));
}
