#pragma once

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace hp {

/// One long analysis run off the GUI thread, the part every analysis job
/// (MonteCarloJob, SizingJob) shares: the work runs on a thread of its own,
/// progress() arrives queued on the thread that owns the job, and exactly one
/// of finished(), cancelled() or failed() ends every run. A cancelled run
/// delivers nothing. Destroying the job cancels a running one and waits for it.
class BackgroundJob : public QObject {
    Q_OBJECT

public:
    ~BackgroundJob() override;

    bool isRunning() const { return m_thread != nullptr; }
    /// Asks the running work to stop; cancelled() follows.
    void cancel();

Q_SIGNALS:
    void progress(int done, int total);
    void finished();
    void cancelled();
    void failed(const QString &message);

protected:
    using Progress = std::function<void(int done, int total)>;
    /// The work, on the job's thread: true when it produced its result, false
    /// when it was cancelled. An exception (EngineError…) becomes failed().
    using Work = std::function<bool(const std::atomic<bool> *cancel, const Progress &progress)>;

    explicit BackgroundJob(QObject *parent);
    /// Starts `work`; false (and nothing starts) while a run is still going.
    bool run(Work work);
    /// Called on the owner's thread when a run produced its result, before finished().
    virtual void keepResult() = 0;

private:
    void onThreadFinished();

    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    /// Written by the worker before its thread finishes, read after.
    struct Outcome {
        bool produced = false;
        QString error;
    };
    std::shared_ptr<Outcome> m_outcome;
};

} // namespace hp
