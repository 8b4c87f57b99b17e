#pragma once

#include "analysis/MonteCarloSimulation.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace hp {

/// Runs one Monte Carlo simulation (docs/rules.md §5.7) off the GUI thread.
///
/// start() copies the project, so edits made while the run goes on never
/// reach it; progress() arrives on the thread that owns the job (queued);
/// exactly one of finished(), cancelled() or failed() ends every run. A
/// cancelled run delivers nothing: there is no partial result to show or to
/// keep. Destroying the job cancels a running simulation and waits for it.
class MonteCarloJob : public QObject {
    Q_OBJECT

public:
    explicit MonteCarloJob(QObject *parent = nullptr);
    ~MonteCarloJob() override;

    bool isRunning() const { return m_thread != nullptr; }
    /// False (and nothing starts) while a run is still going.
    bool start(const Project &project, const MonteCarloRequest &request);
    /// Asks the running simulation to stop; cancelled() follows.
    void cancel();

    /// The result of the last run that finished, if any.
    const std::optional<MonteCarloResult> &result() const { return m_result; }

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
        std::optional<MonteCarloResult> result;
        QString error;
    };
    std::shared_ptr<Outcome> m_outcome;
    std::optional<MonteCarloResult> m_result;
};

} // namespace hp
