// Child process of the storage tests (tests/storage/*Test.cpp):
//   save-loop PATH FIRST     save StorageTestProject::numbered(FIRST), FIRST+1, … to PATH
//                            until killed, printing "saved N" after each save returns
//                            ("lock busy" when it waits for a leftover lock to age)
//   hold-lock PATH           open PATH read-write (taking its lock), print "locked",
//                            then wait until killed or stdin closes
//   recovery DIR ORIGINAL N  write StorageTestProject::numbered(N) as the recovery copy
//                            of ORIGINAL in DIR, print "written", wait until killed
//   write-fixture PATH       write StorageTestProject::full() to PATH (the fixture of
//                            the current schema version, tests/data/storage/vN.hedgeplan)
// Every line is flushed at once so the parent sees it before a SIGKILL.

#include "StorageTestProject.h"
#include "storage/ProjectFile.h"
#include "storage/RecoverySession.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>
#include <cstring>
#include <string>

namespace {

void say(const std::string &line)
{
    std::fputs((line + '\n').c_str(), stdout);
    std::fflush(stdout);
}

int fail(const hp::StorageError &error)
{
    std::fprintf(stderr, "%s\n", error.message.toLocal8Bit().constData());
    return 1;
}

void waitForStdinToClose()
{
    char buffer[64];
    while (std::fgets(buffer, sizeof buffer, stdin)) {
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    hp::StorageError error;
    if (args.size() == 4 && args[1] == QLatin1String("save-loop")) {
        say("ready");
        for (int n = args[3].toInt();; ++n) {
            // A predecessor killed inside QLockFile may leave a lock file that is
            // only recognised as a leftover after a moment (ProjectLock): retry.
            for (int attempt = 0; !hp::ProjectFile::write(hp::test::StorageTestProject::numbered(n), args[2], &error);
                 ++attempt) {
                if (error.code != hp::StorageError::Code::Locked || attempt == 100)
                    return fail(error);
                say("lock busy");
                QThread::msleep(20);
            }
            say("saved " + std::to_string(n));
        }
    }
    if (args.size() == 3 && args[1] == QLatin1String("hold-lock")) {
        hp::ProjectFile file;
        if (!file.open(args[2], hp::ProjectFile::Access::ReadWrite, nullptr, &error))
            return fail(error);
        say("locked");
        waitForStdinToClose();
        return 0;
    }
    if (args.size() == 5 && args[1] == QLatin1String("recovery")) {
        hp::RecoverySession session(args[2], args[3]);
        if (!session.write(hp::test::StorageTestProject::numbered(args[4].toInt()), &error))
            return fail(error);
        say("written");
        waitForStdinToClose();
        return 0;
    }
    if (args.size() == 3 && args[1] == QLatin1String("write-fixture")) {
        if (!hp::ProjectFile::write(hp::test::StorageTestProject::full(), args[2], &error))
            return fail(error);
        return 0;
    }
    std::fprintf(stderr, "usage: see the comment at the top of StorageTestHelper.cpp\n");
    return 2;
}
