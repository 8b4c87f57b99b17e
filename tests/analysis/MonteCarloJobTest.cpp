// Monte Carlo off the GUI thread (issue 7): progress, the same figures as a
// direct run, Cancel leaves no result, errors arrive as a message.
#include "ProjectBuilder.h"

#include "document/MonteCarloJob.h"
#include "canonical/DemoPortfolio.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

using namespace hptest;

namespace {

QCoreApplication &app()
{
    static int argc = 1;
    static char name[] = "test";
    static char *argv[] = {name, nullptr};
    static QCoreApplication instance(argc, argv);
    return instance;
}

/// Runs the event loop until the job ends; returns which signal ended it.
QString waitForEnd(hp::MonteCarloJob &job)
{
    QString how;
    QEventLoop loop;
    QObject::connect(&job, &hp::MonteCarloJob::finished, &loop, [&] { how = QStringLiteral("finished"); loop.quit(); });
    QObject::connect(&job, &hp::MonteCarloJob::cancelled, &loop, [&] { how = QStringLiteral("cancelled"); loop.quit(); });
    QObject::connect(&job, &hp::MonteCarloJob::failed, &loop, [&](const QString &m) { how = QStringLiteral("failed: ") + m; loop.quit(); });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    return how;
}

} // namespace

TEST(MonteCarloJob, DeliversTheSameFiguresAsADirectRunWithProgress)
{
    app();
    const hp::Project demo = hp::DemoPortfolio::load();
    const hp::MonteCarloRequest request{S("Pivot"), S("Status quo"), 400, 42, 2};
    hp::MonteCarloJob job;
    int lastDone = -1, total = 0;
    QObject::connect(&job, &hp::MonteCarloJob::progress, [&](int d, int t) { lastDone = d; total = t; });
    ASSERT_TRUE(job.start(demo, request));
    EXPECT_TRUE(job.isRunning());
    EXPECT_FALSE(job.start(demo, request)); // one run at a time
    EXPECT_EQ(waitForEnd(job), S("finished"));
    EXPECT_FALSE(job.isRunning());
    QCoreApplication::processEvents(); // queued progress reports
    EXPECT_EQ(lastDone, 400);
    EXPECT_EQ(total, 400);
    const auto direct = hp::MonteCarloSimulation::run(demo, request);
    ASSERT_TRUE(job.result() && direct);
    EXPECT_EQ(job.result()->npv, direct->npv);
    EXPECT_EQ(job.result()->monthlyTotal, direct->monthlyTotal);
    EXPECT_EQ(job.result()->probabilityAgainstBeats, direct->probabilityAgainstBeats);
}

TEST(MonteCarloJob, CancelEndsWithoutAResult)
{
    app();
    const hp::Project demo = hp::DemoPortfolio::load();
    hp::MonteCarloJob job;
    ASSERT_TRUE(job.start(demo, {S("Pivot"), QString(), 100'000, 1, 2}));
    QTimer::singleShot(50, &job, &hp::MonteCarloJob::cancel);
    EXPECT_EQ(waitForEnd(job), S("cancelled"));
    EXPECT_FALSE(job.result().has_value());
    // The job can run again after a cancel.
    ASSERT_TRUE(job.start(demo, {S("Pivot"), QString(), 20, 1, 1}));
    EXPECT_EQ(waitForEnd(job), S("finished"));
    EXPECT_TRUE(job.result().has_value());
}

TEST(MonteCarloJob, AnUnknownScenarioFailsWithAMessage)
{
    app();
    hp::MonteCarloJob job;
    ASSERT_TRUE(job.start(hp::DemoPortfolio::load(), {S("Nope"), QString(), 20, 1, 1}));
    const QString how = waitForEnd(job);
    EXPECT_TRUE(how.startsWith(S("failed: "))) << how.toStdString();
    EXPECT_TRUE(how.contains(S("Nope"))) << how.toStdString();
}

TEST(MonteCarloJob, DestroyingARunningJobStopsIt)
{
    app();
    auto job = std::make_unique<hp::MonteCarloJob>();
    ASSERT_TRUE(job->start(hp::DemoPortfolio::load(), {S("Pivot"), QString(), 100'000, 1, 2}));
    job.reset(); // must cancel and join, not hang or crash
    QCoreApplication::processEvents();
    SUCCEED();
}
