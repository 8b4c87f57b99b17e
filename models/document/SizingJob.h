#pragma once

#include "optimizer/CommitmentSizing.h"

#include "document/BackgroundJob.h"

#include <atomic>
#include <memory>
#include <optional>

namespace hp {

/// Runs commitment sizing (docs/rules.md §12.2) off the GUI thread, like
/// MonteCarloJob: start() copies the project, so edits made during the run
/// never reach it; progress() (candidates done of all) arrives queued on the
/// job's thread; exactly one of finished(), cancelled() or failed() ends every
/// run. A cancelled run delivers nothing and changes nothing. Destroying the
/// job cancels a running sizing and waits for it.
class SizingJob : public BackgroundJob {
    Q_OBJECT

public:
    explicit SizingJob(QObject *parent = nullptr);
    ~SizingJob() override;

    /// Why `request` cannot be sized (CommitmentSizing::refusal: the CLI's
    /// message), or empty. The dialog asks before it starts anything.
    static QString refusal(const Project &project, const SizingRequest &request);

    /// False (and nothing starts) while a run is still going or when the
    /// request is refused (failed() is not emitted then; ask refusal()).
    bool start(const Project &project, const SizingRequest &request);

    /// The result of the last run that finished, if any.
    const std::optional<SizingResult> &result() const { return m_result; }

private:
    void keepResult() override;

    /// Written by the worker before its thread finishes, moved to m_result after.
    std::shared_ptr<std::optional<SizingResult>> m_pending;
    std::optional<SizingResult> m_result;
};

} // namespace hp
