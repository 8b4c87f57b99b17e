#include "MonteCarloJob.h"

namespace hp {

MonteCarloJob::MonteCarloJob(QObject *parent)
    : BackgroundJob(parent)
{
}

MonteCarloJob::~MonteCarloJob() = default;

bool MonteCarloJob::start(const Project &project, const MonteCarloRequest &request)
{
    if (isRunning())
        return false;
    m_result.reset();
    auto pending = std::make_shared<std::optional<MonteCarloResult>>();
    m_pending = pending;
    return run([project, request, pending](const std::atomic<bool> *cancel, const Progress &progress) {
        *pending = MonteCarloSimulation::run(project, request, cancel, progress);
        return pending->has_value();
    });
}

void MonteCarloJob::keepResult()
{
    m_result = std::move(*m_pending);
    m_pending.reset();
}

} // namespace hp
