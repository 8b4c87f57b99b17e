#include "EvaluationThreadProbe.h"

#include <QCoreApplication>
#include <QThread>

#include <atomic>

namespace hp {

namespace {
// The probe's state: written only by tests (arm) and by record(); atomics,
// since the engine evaluates on pool threads.
std::atomic<bool> g_armed{false};
std::atomic<int> g_mainThreadEvaluations{0};
} // namespace

void EvaluationThreadProbe::arm(bool armed)
{
    g_mainThreadEvaluations.store(0);
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
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread())
        g_mainThreadEvaluations.fetch_add(1);
}

} // namespace hp
