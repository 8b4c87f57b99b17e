#pragma once

#include "analysis/MonteCarloSimulation.h"

#include "document/BackgroundJob.h"

#include <atomic>
#include <memory>
#include <optional>

namespace hp {

/// Runs one Monte Carlo simulation (docs/rules.md §5.7) off the GUI thread.
///
/// start() copies the project, so edits made while the run goes on never
/// reach it; progress() arrives on the thread that owns the job (queued);
/// exactly one of finished(), cancelled() or failed() ends every run. A
/// cancelled run delivers nothing: there is no partial result to show or to
/// keep. Destroying the job cancels a running simulation and waits for it.
class MonteCarloJob : public BackgroundJob {
    Q_OBJECT

public:
    explicit MonteCarloJob(QObject *parent = nullptr);
    ~MonteCarloJob() override;

    /// False (and nothing starts) while a run is still going.
    bool start(const Project &project, const MonteCarloRequest &request);

    /// The result of the last run that finished, if any.
    const std::optional<MonteCarloResult> &result() const { return m_result; }

private:
    void keepResult() override;

    /// Written by the worker before its thread finishes, moved to m_result after.
    std::shared_ptr<std::optional<MonteCarloResult>> m_pending;
    std::optional<MonteCarloResult> m_result;
};

} // namespace hp
