#include "SizingJob.h"

namespace hp {

SizingJob::SizingJob(QObject *parent)
    : BackgroundJob(parent)
{
}

SizingJob::~SizingJob() = default;

QString SizingJob::refusal(const Project &project, const SizingRequest &request)
{
    return CommitmentSizing::refusal(project, request);
}

bool SizingJob::start(const Project &project, const SizingRequest &request)
{
    if (isRunning() || !refusal(project, request).isEmpty())
        return false;
    m_result.reset();
    auto pending = std::make_shared<std::optional<SizingResult>>();
    m_pending = pending;
    return run([project, request, pending](const std::atomic<bool> *cancel, const Progress &progress) {
        *pending = CommitmentSizing::run(project, request, cancel, progress);
        return pending->has_value();
    });
}

void SizingJob::keepResult()
{
    m_result = std::move(*m_pending);
    m_pending.reset();
}

} // namespace hp
