#include "EvaluationThreadProbe.h"

#include <QThread>

#include <atomic>

namespace hp {

namespace {
// The probe's state: written only by tests (arm) and by record(); atomics,
// since the engine evaluates on pool threads.
std::atomic<bool> g_armed{false};
std::atomic<int> g_mainThreadEvaluations{0};
// The GUI thread: the thread that armed the probe (tests arm it from the GUI
// thread), so the check does not depend on QCoreApplication's bookkeeping.
std::atomic<QThread *> g_guiThread{nullptr};
} // namespace

void EvaluationThreadProbe::arm(bool armed)
{
    if (armed) { // disarming keeps the count for the test to read
        g_mainThreadEvaluations.store(0);
        g_guiThread.store(QThread::currentThread());
    }
    g_armed.store(armed);
}

bool EvaluationThreadProbe::isArmed()
{
    return g_armed.load();
}

int EvaluationThreadProbe::mainThreadEvaluations()
{
    return g_mainThreadEvaluations.load();
}

void EvaluationThreadProbe::record()
{
    if (!g_armed.load(std::memory_order_relaxed))
        return;
    if (QThread::currentThread() == g_guiThread.load())
        g_mainThreadEvaluations.fetch_add(1);
}

} // namespace hp
