// The desktop app on a real PostgreSQL server (docs/gui.md "Team projects"):
// offscreen widgets, settings in Qt's test locations (never the user's), and
// the throwaway cluster stopped at the end, also when tests failed.
#include "PgTestCluster.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

namespace {

class PgTestEnvironment : public ::testing::Environment {
public:
    void TearDown() override { hp::test::PgTestCluster::shutdown(); }
};

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) // offscreen unless run under a display (screenshots under Xvfb)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("hedgeplan-tests"));
    QApplication::setApplicationName(QStringLiteral("pg-desktop"));
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new PgTestEnvironment);
    const int result = RUN_ALL_TESTS();
    hp::test::PgTestCluster::shutdown();
    return result;
}
