// One writer per project: a second writer is refused, read-only opening is
// offered, and a lock left by a killed process is recovered (docs/storage.md "Lock").

#include "ChildHelper.h"
#include "StorageTestFiles.h"
#include "StorageTestProject.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace hp;
using namespace hp::test;
using Code = StorageError::Code;

TEST(ProjectLock, ASecondWriterInTheSameProcessIsRefusedAndMayReadOnly)
{
    StorageTestFiles files;
    const QString path = files.save(StorageTestProject::full(), QStringLiteral("p.hedgeplan"));
    ProjectFile first, second;
    StorageError error;
    ASSERT_TRUE(first.open(path, ProjectFile::Access::ReadWrite, nullptr, &error)) << error.message.toStdString();
    EXPECT_TRUE(QFileInfo::exists(ProjectLock::lockFilePathFor(path)));

    EXPECT_FALSE(second.open(path, ProjectFile::Access::ReadWrite, nullptr, &error));
    EXPECT_EQ(error.code, Code::Locked);
    EXPECT_TRUE(error.message.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())))
        << error.message.toStdString();
    EXPECT_FALSE(second.isOpen());

    Project readOnly;
    ASSERT_TRUE(second.open(path, ProjectFile::Access::ReadOnly, &readOnly, &error)) << error.message.toStdString();
    EXPECT_TRUE(second.isReadOnly());
    EXPECT_TRUE(sameProject(readOnly, StorageTestProject::full()));
    EXPECT_FALSE(second.save(readOnly, &error));
    EXPECT_EQ(error.code, Code::ReadOnly);
    EXPECT_FALSE(ProjectFile::write(readOnly, path, &error));
    EXPECT_EQ(error.code, Code::Locked);

    first.close();
    EXPECT_FALSE(QFileInfo::exists(ProjectLock::lockFilePathFor(path)));
    EXPECT_TRUE(second.saveAs(readOnly, path, &error)) << error.message.toStdString();
    EXPECT_FALSE(second.isReadOnly());
}

TEST(ProjectLock, AnotherProcessHoldsTheLock)
{
    StorageTestFiles files;
    const QString path = files.save(StorageTestProject::full(), QStringLiteral("p.hedgeplan"));
    ChildHelper holder({QStringLiteral("hold-lock"), path});
    ASSERT_TRUE(holder.waitForLine(QStringLiteral("locked"))) << holder.errorOutput().toStdString();

    ProjectFile file;
    StorageError error;
    EXPECT_FALSE(file.open(path, ProjectFile::Access::ReadWrite, nullptr, &error));
    EXPECT_EQ(error.code, Code::Locked);
    EXPECT_TRUE(error.message.contains(QStringLiteral("process %1").arg(holder.pid()))) << error.message.toStdString();
    const QByteArray before = StorageTestFiles::read(path);
    EXPECT_FALSE(ProjectFile::write(StorageTestProject::numbered(1), path, &error));
    EXPECT_EQ(error.code, Code::Locked);
    EXPECT_EQ(StorageTestFiles::read(path), before);
    EXPECT_TRUE(file.open(path, ProjectFile::Access::ReadOnly, nullptr, &error)) << error.message.toStdString();
}

TEST(ProjectLock, TheStaleLockOfAKilledProcessIsRecovered)
{
    StorageTestFiles files;
    const QString path = files.save(StorageTestProject::full(), QStringLiteral("p.hedgeplan"));
    {
        ChildHelper holder({QStringLiteral("hold-lock"), path});
        ASSERT_TRUE(holder.waitForLine(QStringLiteral("locked"))) << holder.errorOutput().toStdString();
        holder.kill();
    }
    ASSERT_TRUE(QFileInfo::exists(ProjectLock::lockFilePathFor(path))) << "SIGKILL leaves the lock file behind";
    ProjectFile file;
    StorageError error;
    EXPECT_TRUE(file.open(path, ProjectFile::Access::ReadWrite, nullptr, &error)) << error.message.toStdString();
    EXPECT_FALSE(file.isReadOnly());
}

namespace {
void makeOld(const QString &path)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.setFileTime(QDateTime::currentDateTime().addSecs(-10), QFileDevice::FileModificationTime));
}
} // namespace

TEST(ProjectLock, AnEmptyLockFileIsALeftoverOnceItIsOld)
{
    // A process killed between creating the lock file and writing its pid.
    StorageTestFiles files;
    const QString path = files.save(StorageTestProject::full(), QStringLiteral("p.hedgeplan"));
    StorageTestFiles::write(ProjectLock::lockFilePathFor(path), {});
    ProjectLock lock(path);
    EXPECT_FALSE(lock.tryLock()) << "a fresh empty lock file may belong to a live process still writing it";
    EXPECT_TRUE(lock.heldByOther());
    makeOld(ProjectLock::lockFilePathFor(path));
    EXPECT_TRUE(lock.tryLock());
    EXPECT_TRUE(lock.owner().has_value());
}

TEST(ProjectLock, ALeftoverRemovalLockDoesNotBlockForever)
{
    // A process killed while QLockFile removed a stale lock leaves `.rmlock`
    // (here empty: killed right after creating it) next to the stale lock.
    StorageTestFiles files;
    const QString path = files.save(StorageTestProject::full(), QStringLiteral("p.hedgeplan"));
    {
        ChildHelper holder({QStringLiteral("hold-lock"), path});
        ASSERT_TRUE(holder.waitForLine(QStringLiteral("locked")));
        holder.kill();
    }
    const QString removalLock = ProjectLock::lockFilePathFor(path) + QStringLiteral(".rmlock");
    StorageTestFiles::write(removalLock, {});
    ProjectLock lock(path);
    EXPECT_FALSE(lock.tryLock());
    makeOld(removalLock);
    EXPECT_TRUE(lock.tryLock());
    EXPECT_FALSE(QFileInfo::exists(removalLock));
}

TEST(ProjectLock, ARemovalLockLeftNextToAFreeLockIsCleanedUp)
{
    // Killed after removing the stale lock, before dropping its `.rmlock`:
    // the lock is free, the `.rmlock` (with its dead owner) stays behind.
    StorageTestFiles files;
    const QString path = files.save(StorageTestProject::full(), QStringLiteral("p.hedgeplan"));
    const QString removalLock = ProjectLock::lockFilePathFor(path) + QStringLiteral(".rmlock");
    {
        ChildHelper holder({QStringLiteral("hold-lock"), path});
        ASSERT_TRUE(holder.waitForLine(QStringLiteral("locked")));
        holder.kill();
    }
    ASSERT_TRUE(QFile::rename(ProjectLock::lockFilePathFor(path), removalLock));
    ProjectLock lock(path);
    EXPECT_TRUE(lock.tryLock());
    EXPECT_FALSE(QFileInfo::exists(removalLock));
}

TEST(ProjectLock, SaveAsTakesTheNewLockAndReleasesTheOld)
{
    StorageTestFiles files;
    const QString a = files.save(StorageTestProject::full(), QStringLiteral("a.hedgeplan"));
    const QString b = files.path(QStringLiteral("b.hedgeplan"));
    ProjectFile file;
    Project project;
    StorageError error;
    ASSERT_TRUE(file.open(a, ProjectFile::Access::ReadWrite, &project, &error));
    ASSERT_TRUE(file.saveAs(project, b, &error)) << error.message.toStdString();
    EXPECT_EQ(file.path(), b);

    ProjectFile other;
    EXPECT_TRUE(other.open(a, ProjectFile::Access::ReadWrite, nullptr, &error)) << error.message.toStdString();
    ProjectFile third;
    EXPECT_FALSE(third.open(b, ProjectFile::Access::ReadWrite, nullptr, &error));
    EXPECT_EQ(error.code, Code::Locked);
    // Save As onto a file another document holds is refused; the document stays on b.
    EXPECT_FALSE(file.saveAs(project, a, &error));
    EXPECT_EQ(error.code, Code::Locked);
    EXPECT_EQ(file.path(), b);
}

TEST(ProjectLock, ALinkAndItsTargetShareOneLockAndSavesKeepTheLink)
{
    StorageTestFiles files;
    const QString target = files.save(StorageTestProject::full(), QStringLiteral("target.hedgeplan"));
    const QString link = files.path(QStringLiteral("link.hedgeplan"));
    ASSERT_TRUE(QFile::link(target, link));
    ProjectFile viaLink, viaTarget;
    Project project;
    StorageError error;
    ASSERT_TRUE(viaLink.open(link, ProjectFile::Access::ReadWrite, &project, &error)) << error.message.toStdString();
    EXPECT_FALSE(viaTarget.open(target, ProjectFile::Access::ReadWrite, nullptr, &error));
    project.title = QStringLiteral("saved through the link");
    ASSERT_TRUE(viaLink.save(project, &error)) << error.message.toStdString();
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    auto reread = StorageTestFiles::load(target, &error);
    ASSERT_TRUE(reread);
    EXPECT_EQ(reread->title, QStringLiteral("saved through the link"));
}

TEST(ProjectLock, NamesWithWildcardCharactersAndMissingFolders)
{
    StorageTestFiles files;
    // A crashed save of "plan1" left a temporary file; saving "plan[1]" must not take it for its own.
    const QString other = files.path(QStringLiteral(".plan1.hedgeplan.saving-0123456789ab"));
    StorageTestFiles::write(other, "another project's save in progress");
    const QString odd = files.save(StorageTestProject::full(), QStringLiteral("plan[1].hedgeplan"));
    StorageError error;
    ASSERT_TRUE(StorageTestFiles::load(odd, &error)) << error.message.toStdString();
    EXPECT_TRUE(QFileInfo::exists(other));

    EXPECT_FALSE(ProjectFile::write(StorageTestProject::full(), files.path(QStringLiteral("no/such/dir/p.hedgeplan")), &error));
    EXPECT_EQ(error.code, Code::Io);
    EXPECT_TRUE(error.message.contains(QStringLiteral("does not exist"))) << error.message.toStdString();
}

TEST(ProjectLock, AFolderWithoutWriteAccessOffersReadOnly)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root ignores folder permissions";
    StorageTestFiles files;
    const QString path = files.save(StorageTestProject::full(), QStringLiteral("p.hedgeplan"));
    QFile::setPermissions(files.dir(), QFile::ReadOwner | QFile::ExeOwner);
    ProjectFile file;
    StorageError error;
    EXPECT_FALSE(file.open(path, ProjectFile::Access::ReadWrite, nullptr, &error));
    EXPECT_EQ(error.code, Code::ReadOnly) << error.message.toStdString();
    Project project;
    EXPECT_TRUE(file.open(path, ProjectFile::Access::ReadOnly, &project, &error)) << error.message.toStdString();
    EXPECT_TRUE(sameProject(project, StorageTestProject::full()));
    QFile::setPermissions(files.dir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}
