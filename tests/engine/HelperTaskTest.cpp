// HelperTask (models/concurrency; docs/performance.md, "Kernel entries and
// the helper threads' heap", item 8): the work runs beside the caller and is waited for, its exception
// comes out of wait() once; with a warm helper, tasks one after another run on
// that one thread, a task that finds it busy gets a thread of its own, and
// once the helper is gone tasks get threads again.
#include "concurrency/HelperTask.h"

#include <gtest/gtest.h>

#include <atomic>
#include <optional>
#include <stdexcept>
#include <thread>

using hp::HelperTask;

namespace {

/// How many tasks ran on the current thread before (a thread's own count:
/// thread ids are reused once a thread has ended, its thread_local is not).
thread_local int tasksHere = 0;

/// Runs a task; returns the thread's id and how many tasks it ran before.
std::pair<std::thread::id, int> runOnHelper()
{
    std::pair<std::thread::id, int> seen;
    HelperTask task([&seen] { seen = {std::this_thread::get_id(), tasksHere++}; });
    task.wait();
    return seen;
}

} // namespace

TEST(HelperTask, TheWorkRunsBesideTheCallerAndIsWaitedFor)
{
    std::atomic<int> runs = 0;
    {
        HelperTask task([&runs] { ++runs; });
    } // the destructor waits
    EXPECT_EQ(runs, 1);
    const auto [id, before] = runOnHelper();
    EXPECT_NE(id, std::thread::id());
    EXPECT_NE(id, std::this_thread::get_id());
    EXPECT_EQ(before, 0) << "a thread of its own";
}

TEST(HelperTask, AnExceptionComesOutOfWaitOnce)
{
    HelperTask task([] { throw std::runtime_error("refused"); });
    try {
        task.wait();
        ADD_FAILURE() << "wait() did not throw";
    } catch (const std::runtime_error &e) {
        EXPECT_STREQ(e.what(), "refused");
    }
    EXPECT_NO_THROW(task.wait());
    // Left unwaited, the destructor waits and drops it.
    EXPECT_NO_THROW({ HelperTask dropped([] { throw std::runtime_error("dropped"); }); });
}

TEST(HelperTask, AWarmHelperRunsTasksOneAfterAnotherOnOneThread)
{
    if (std::thread::hardware_concurrency() < 2)
        GTEST_SKIP() << "no warm helper on a single core";
    std::thread::id first;
    {
        const HelperTask::Warm warm;
        ASSERT_TRUE(warm.active());
        const HelperTask::Warm another; // one at a time in a process
        EXPECT_FALSE(another.active());
        const auto [one, before] = runOnHelper();
        const auto [two, beforeTwo] = runOnHelper();
        first = one;
        EXPECT_EQ(one, two);
        EXPECT_EQ(beforeTwo, before + 1) << "the same thread ran both";
        EXPECT_NE(one, std::this_thread::get_id());

        // While the helper is busy, a task gets a thread of its own.
        std::atomic<bool> release = false;
        std::thread::id busyOn, meanwhile;
        int meanwhileBefore = -1;
        {
            HelperTask blocking([&] {
                busyOn = std::this_thread::get_id();
                while (!release.load())
                    std::this_thread::yield();
            });
            {
                HelperTask other([&] {
                    meanwhile = std::this_thread::get_id();
                    meanwhileBefore = tasksHere++;
                });
                other.wait(); // runs although the helper is busy
            }
            release = true;
            blocking.wait();
        }
        EXPECT_EQ(busyOn, first);
        EXPECT_NE(meanwhile, first);
        EXPECT_EQ(meanwhileBefore, 0) << "a thread of its own";
        EXPECT_NE(meanwhile, std::this_thread::get_id());

        // An exception from a task on the helper comes out of wait() too, and
        // the helper goes on.
        HelperTask failing([] { throw std::logic_error("on the helper"); });
        EXPECT_THROW(failing.wait(), std::logic_error);
        EXPECT_EQ(runOnHelper().first, first);
    }
    // The helper is gone: each task has a thread of its own again.
    EXPECT_EQ(runOnHelper().second, 0);
    EXPECT_EQ(runOnHelper().second, 0);
}
