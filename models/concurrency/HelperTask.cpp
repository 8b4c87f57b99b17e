#include "concurrency/HelperTask.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <utility>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace hp {

namespace {

inline void relax()
{
#if defined(__x86_64__) || defined(__i386__)
    _mm_pause();
#else
    std::this_thread::yield();
#endif
}

/// The warm helper: a thread that takes one job at a time from `slot`.
struct WarmHelper {
    std::atomic<HelperTask::Job *> slot = nullptr;
    std::atomic<bool> busy = false; ///< a job was handed to it and is not done
    std::thread thread;

    void loop();
};

/// The value of `slot` that ends the helper.
HelperTask::Job *const kStop = reinterpret_cast<HelperTask::Job *>(std::uintptr_t(1));

std::atomic<WarmHelper *> s_warm = nullptr;

void WarmHelper::loop()
{
    using Clock = std::chrono::steady_clock;
    const auto budget = std::chrono::microseconds(HelperTask::Warm::kSpinMicroseconds);
    auto idleSince = Clock::now();
    for (;;) {
        HelperTask::Job *job = slot.load(std::memory_order_acquire);
        for (unsigned spins = 0; !job; ++spins) {
            relax();
            job = slot.load(std::memory_order_acquire);
            if (!job && (spins & 1023) == 1023 && Clock::now() - idleSince > budget) {
                slot.wait(nullptr, std::memory_order_acquire); // asleep until handed a job
                job = slot.load(std::memory_order_acquire);
            }
        }
        if (job == kStop)
            return;
        slot.store(nullptr, std::memory_order_relaxed);
        job->run();
        busy.store(false, std::memory_order_release);
        idleSince = Clock::now();
    }
}

/// Waits for the warm helper's `done`: spinning (the work is usually a
/// millisecond or two), then polling, from every 50 µs to every 1 ms for long
/// work (a large file's integrity check). Not atomic wait/notify: the
/// helper's store of `done` is its last access to the job, which the waiter
/// may destroy as soon as it sees it.
void waitFor(const std::atomic<bool> &done)
{
    for (int spins = 0; spins < 200'000; ++spins) {
        if (done.load(std::memory_order_acquire))
            return;
        relax();
    }
    auto pause = std::chrono::microseconds(50);
    while (!done.load(std::memory_order_acquire)) {
        std::this_thread::sleep_for(pause);
        pause = std::min(2 * pause, std::chrono::microseconds(1000));
    }
}

} // namespace

void HelperTask::Job::run()
{
    try {
        work();
    } catch (...) {
        failure = std::current_exception();
    }
    done.store(true, std::memory_order_release); // the last access to the job
}

HelperTask::HelperTask(std::function<void()> work)
{
    m_job.work = std::move(work);
    WarmHelper *warm = s_warm.load(std::memory_order_acquire);
    if (warm && !warm->busy.exchange(true, std::memory_order_acq_rel)) {
        warm->slot.store(&m_job, std::memory_order_release);
        warm->slot.notify_one();
        return;
    }
    m_thread = std::thread([this] { m_job.run(); });
}

HelperTask::~HelperTask()
{
    if (!m_waited)
        finish();
}

void HelperTask::finish()
{
    m_waited = true;
    if (m_thread.joinable())
        m_thread.join();
    else
        waitFor(m_job.done);
}

void HelperTask::wait()
{
    if (m_waited)
        return;
    finish();
    if (m_job.failure)
        std::rethrow_exception(std::exchange(m_job.failure, nullptr));
}

HelperTask::Warm::Warm()
{
    if (std::thread::hardware_concurrency() < 2 || s_warm.load(std::memory_order_acquire))
        return;
    auto *helper = new WarmHelper;
    helper->thread = std::thread([helper] { helper->loop(); });
    s_warm.store(helper, std::memory_order_release);
    m_active = true;
}

HelperTask::Warm::~Warm()
{
    if (!m_active)
        return;
    WarmHelper *helper = s_warm.exchange(nullptr, std::memory_order_acq_rel);
    // No new job reaches it now; one handed to it before is waited for by its
    // HelperTask, which outlives no Warm made before it (scopes nest).
    while (helper->busy.load(std::memory_order_acquire))
        relax();
    helper->slot.store(kStop, std::memory_order_release);
    helper->slot.notify_one();
    helper->thread.join();
    delete helper;
}

} // namespace hp
