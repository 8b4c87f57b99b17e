#include "BackgroundJob.h"

#include "engine/ScenarioEngine.h"

#include <QPointer>
#include <QThread>

namespace hp {

BackgroundJob::BackgroundJob(QObject *parent)
    : QObject(parent)
{
}

BackgroundJob::~BackgroundJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundJob::run(Work work)
{
    if (m_thread)
        return false;
    m_cancel = false;
    auto outcome = std::make_shared<Outcome>();
    m_outcome = outcome;
    QPointer<BackgroundJob> self(this);
    const std::atomic<bool> *cancel = &m_cancel;
    m_thread = QThread::create([work = std::move(work), outcome, cancel, self] {
        const Progress report = [self](int done, int total) {
            // Queued to the job's thread; dropped when the job is gone.
            if (self)
                QMetaObject::invokeMethod(self.data(), [self, done, total] {
                    if (self)
                        Q_EMIT self->progress(done, total);
                }, Qt::QueuedConnection);
        };
        try {
            outcome->produced = work(cancel, report);
        } catch (const EngineError &e) {
            outcome->error = e.message();
        } catch (const std::exception &e) {
            outcome->error = QString::fromLocal8Bit(e.what());
        }
    });
    connect(m_thread, &QThread::finished, this, &BackgroundJob::onThreadFinished);
    m_thread->start();
    return true;
}

void BackgroundJob::cancel()
{
    m_cancel = true;
}

void BackgroundJob::onThreadFinished()
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    if (!outcome->error.isEmpty()) {
        Q_EMIT failed(outcome->error);
    } else if (!outcome->produced) {
        Q_EMIT cancelled();
    } else {
        keepResult();
        Q_EMIT finished();
    }
}

} // namespace hp
