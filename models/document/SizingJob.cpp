#include "SizingJob.h"

#include <QPointer>
#include <QThread>

namespace hp {

SizingJob::SizingJob(QObject *parent)
    : QObject(parent)
{
}

SizingJob::~SizingJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

QString SizingJob::refusal(const Project &project, const SizingRequest &request)
{
    return CommitmentSizing::refusal(project, request);
}

bool SizingJob::start(const Project &project, const SizingRequest &request)
{
    if (m_thread || !refusal(project, request).isEmpty())
        return false;
    m_cancel = false;
    m_result.reset();
    auto outcome = std::make_shared<Outcome>();
    m_outcome = outcome;
    QPointer<SizingJob> self(this);
    const std::atomic<bool> *cancel = &m_cancel;
    m_thread = QThread::create([project, request, outcome, cancel, self] {
        const auto report = [self](int done, int total) {
            // Queued to the job's thread; dropped when the job is gone.
            if (self)
                QMetaObject::invokeMethod(self.data(), [self, done, total] {
                    if (self)
                        Q_EMIT self->progress(done, total);
                }, Qt::QueuedConnection);
        };
        try {
            outcome->result = CommitmentSizing::run(project, request, cancel, report);
        } catch (const EngineError &e) {
            outcome->error = e.message();
        } catch (const std::exception &e) {
            outcome->error = QString::fromLocal8Bit(e.what());
        }
    });
    connect(m_thread, &QThread::finished, this, &SizingJob::onThreadFinished);
    m_thread->start();
    return true;
}

void SizingJob::cancel()
{
    m_cancel = true;
}

void SizingJob::onThreadFinished()
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    if (!outcome->error.isEmpty())
        Q_EMIT failed(outcome->error);
    else if (!outcome->result)
        Q_EMIT cancelled();
    else {
        m_result = std::move(outcome->result);
        Q_EMIT finished();
    }
}

} // namespace hp
