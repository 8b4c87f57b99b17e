// The PostgreSQL tests start child processes (QProcess) and want a
// QCoreApplication; the environment stops the test cluster at the end, also
// when tests failed.
#include "PgTestCluster.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

namespace {

class PgTestEnvironment : public ::testing::Environment {
public:
    void TearDown() override { hp::test::PgTestCluster::shutdown(); }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new PgTestEnvironment);
    const int result = RUN_ALL_TESTS();
    hp::test::PgTestCluster::shutdown();
    return result;
}
