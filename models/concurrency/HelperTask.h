#pragma once

#include <atomic>
#include <exception>
#include <functional>
#include <thread>

namespace hp {

/// A piece of work run beside the caller and waited for: the engine's rules
/// that run beside the others, a file's integrity check, the last part of a
/// long JSON array (docs/performance.md, "Kernel entries and the helper
/// threads' heap", item 8).
///
/// Each task gets a thread of its own, unless the process keeps a warm helper
/// (Warm): one thread that waits for tasks spinning on the other core, so that
/// a task starts at once. A new thread, or one asleep, starts on the other
/// core only when that core wakes up: 0.2 to 3 ms on a virtual machine, where
/// the caller often came to wait for the task before it had even started.
/// A task that finds the warm helper busy gets a thread of its own.
class HelperTask {
public:
    /// Starts `work`. An exception it throws is rethrown by wait().
    explicit HelperTask(std::function<void()> work);
    /// Waits for the work (an exception it threw is dropped).
    ~HelperTask();
    HelperTask(const HelperTask &) = delete;
    HelperTask &operator=(const HelperTask &) = delete;

    /// Waits until the work has run; rethrows what it threw (once).
    void wait();

    /// Keeps a warm helper while it lives (one at a time in a process). For
    /// a short command that hands several tasks, one after another, to the
    /// other core: the helper spins between tasks, using that core, for up to
    /// kSpinMicroseconds after the last one, then sleeps. Nothing is kept
    /// warm on a single core (the spinning would take the caller's core).
    class Warm {
    public:
        static constexpr int kSpinMicroseconds = 20'000;
        Warm();
        ~Warm();
        Warm(const Warm &) = delete;
        Warm &operator=(const Warm &) = delete;
        /// Whether a warm helper was started.
        bool active() const { return m_active; }

    private:
        bool m_active = false;
    };

    /// The work and its outcome, shared with the thread that runs it.
    struct Job {
        std::function<void()> work;
        std::exception_ptr failure;
        std::atomic<bool> done = false;
        void run();
    };

private:
    void finish();

    Job m_job;
    std::thread m_thread; ///< when the warm helper was not free
    bool m_waited = false;
};

} // namespace hp
