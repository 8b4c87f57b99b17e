#pragma once

#include "optimizer/CommitmentSizing.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace hp {

/// Runs commitment sizing (docs/rules.md §12.2) off the GUI thread, like
/// MonteCarloJob: start() copies the project, so edits made during the run
/// never reach it; progress() (candidates done of all) arrives queued on the
/// job's thread; exactly one of finished(), cancelled() or failed() ends every
/// run. A cancelled run delivers nothing and changes nothing. Destroying the
/// job cancels a running sizing and waits for it.
class SizingJob : public QObject {
    Q_OBJECT

public:
    explicit SizingJob(QObject *parent = nullptr);
    ~SizingJob() override;

    /// Why `request` cannot be sized (CommitmentSizing::refusal: the CLI's
    /// message), or empty. The dialog asks before it starts anything.
    static QString refusal(const Project &project, const SizingRequest &request);

    bool isRunning() const { return m_thread != nullptr; }
    /// False (and nothing starts) while a run is still going or when the
    /// request is refused (failed() is not emitted then; ask refusal()).
    bool start(const Project &project, const SizingRequest &request);
    /// Asks the running sizing to stop; cancelled() follows.
    void cancel();

    /// The result of the last run that finished, if any.
    const std::optional<SizingResult> &result() const { return m_result; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished();
    void cancelled();
    void failed(const QString &message);

private:
    void onThreadFinished();

    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    /// Written by the worker before its thread finishes, read after.
    struct Outcome {
        std::optional<SizingResult> result;
        QString error;
    };
    std::shared_ptr<Outcome> m_outcome;
    std::optional<SizingResult> m_result;
};

} // namespace hp
