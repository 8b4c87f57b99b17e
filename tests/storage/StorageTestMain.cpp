// The storage tests start child processes (QProcess) and use QLockFile, which
// want a QCoreApplication; this main replaces GTest's (a static library, so
// the linker takes this one).
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
