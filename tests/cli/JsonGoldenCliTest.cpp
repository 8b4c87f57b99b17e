// hedgeplan-cli streams evaluate, compare and montecarlo to standard output:
// the bytes of the QJsonDocument-built reports of before (tests/data/json_golden).
#include "CliRun.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hptest;

namespace {
QByteArray golden(const char *name)
{
    QFile f(data("json_golden/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        ADD_FAILURE() << "missing golden file " << name;
    return f.readAll();
}

class JsonGoldenCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const CliRun r = cli({QStringLiteral("demo"), demo()});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }
    QString demo() const { return m_dir.filePath(QStringLiteral("demo.hedgeplan")); }

private:
    QTemporaryDir m_dir;
};
} // namespace

TEST_F(JsonGoldenCli, EvaluateStreamsTheBytesOfBefore)
{
    const CliRun r = cli({QStringLiteral("evaluate"), demo(), QStringLiteral("--scenario"), QStringLiteral("Hedge 60/40"), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out == golden("evaluate-hedge-60-40.json"));
}

TEST_F(JsonGoldenCli, CompareStreamsTheBytesOfBefore)
{
    const CliRun r = cli({QStringLiteral("compare"), demo(), QStringLiteral("Status quo"), QStringLiteral("Full exit"), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out == golden("compare-status-quo-full-exit.json"));
}

TEST_F(JsonGoldenCli, MonteCarloStreamsTheBytesOfBefore)
{
    const CliRun r = cli({QStringLiteral("montecarlo"), demo(), QStringLiteral("--scenario"), QStringLiteral("Pivot"), QStringLiteral("--against"),
                          QStringLiteral("Status quo"), QStringLiteral("--trials"), QStringLiteral("1000"), QStringLiteral("--seed"),
                          QStringLiteral("7"), QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out == golden("montecarlo-pivot-against-status-quo.json"));
}
