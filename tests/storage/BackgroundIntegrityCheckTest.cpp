// BackgroundIntegrityCheck (docs/storage.md, "Opening a file", step 6): the
// check runs on its own connection only once released, its failure (or its
// connection's) comes out of finish(), and an unreleased check ends unrun.

#include "StorageRefusal.h"
#include "StorageTestFiles.h"
#include "StorageTestProject.h"
#include "storage/BackgroundIntegrityCheck.h"
#include "storage/StorageException.h"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>

using namespace hp;
using namespace hp::test;
using Mode = SqliteConnection::Mode;

namespace {

QString savedProject(StorageTestFiles &files) { return files.save(StorageTestProject::full(), QStringLiteral("p.hedgeplan")); }

} // namespace

TEST(BackgroundIntegrityCheck, ReleasedItRunsOnItsOwnOpenConnection)
{
    StorageTestFiles files;
    const QString path = savedProject(files);
    std::atomic<long long> providers = -1;
    const SqliteConnection *seen = nullptr;
    BackgroundIntegrityCheck check(path, Mode::ReadOnlySnapshot, [&](const SqliteConnection &c) {
        seen = &c;
        providers = c.scalar(QStringLiteral("SELECT count(*) FROM providers")).toLongLong();
    });
    const SqliteConnection mine(path, Mode::ReadOnlySnapshot);
    check.release();
    check.finish();
    EXPECT_EQ(providers, mine.scalar(QStringLiteral("SELECT count(*) FROM providers")).toLongLong());
    EXPECT_GT(providers, 0);
    EXPECT_NE(seen, &mine);
}

TEST(BackgroundIntegrityCheck, UnreleasedItNeverRuns)
{
    StorageTestFiles files;
    const QString path = savedProject(files);
    std::atomic<bool> ran = false;
    {
        BackgroundIntegrityCheck check(path, Mode::ReadOnlySnapshot, [&](const SqliteConnection &) { ran = true; });
    } // the caller's error propagating: destroyed unreleased
    EXPECT_FALSE(ran);
    {
        BackgroundIntegrityCheck check(path, Mode::ReadOnlySnapshot, [&](const SqliteConnection &) { ran = true; });
        EXPECT_NO_THROW(check.finish()); // finished unreleased: ends without checking
    }
    EXPECT_FALSE(ran);
}

TEST(BackgroundIntegrityCheck, TheChecksFailureComesOutOfFinish)
{
    StorageTestFiles files;
    const QString path = savedProject(files);
    BackgroundIntegrityCheck check(path, Mode::ReadOnlySnapshot, [](const SqliteConnection &) {
        throw StorageException(StorageError::Code::Corrupt, QStringLiteral("the file is damaged (integrity_check: x)"));
    });
    check.release();
    const StorageError e = thrownBy([&] { check.finish(); });
    EXPECT_EQ(e.code, StorageError::Code::Corrupt);
    EXPECT_EQ(e.message, QStringLiteral("the file is damaged (integrity_check: x)"));
    EXPECT_NO_THROW(check.finish()) << "reported once";
}

TEST(BackgroundIntegrityCheck, AConnectionThatCannotOpenIsTheFailure)
{
    StorageTestFiles files;
    const QString path = files.path(QStringLiteral("missing.hedgeplan"));
    std::atomic<bool> ran = false;
    BackgroundIntegrityCheck check(path, Mode::ReadOnly, [&](const SqliteConnection &) { ran = true; });
    check.release();
    const StorageError e = thrownBy([&] { check.finish(); });
    EXPECT_EQ(e.code, StorageError::Code::Io);
    EXPECT_TRUE(e.message.startsWith(QStringLiteral("cannot open '%1'").arg(path))) << e.message.toStdString();
    EXPECT_FALSE(ran);
}
