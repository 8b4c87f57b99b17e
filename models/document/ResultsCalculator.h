#pragma once

#include "document/ProjectDocument.h"
#include "document/ScenarioResults.h"

#include <QObject>
#include <QTimer>

namespace hp {

/// Keeps the dashboard's and the overview's figures current: after any change
/// of the document (coalesced by a short timer) it evaluates the chosen
/// scenario and the comparison scenario — and every scenario while the
/// overview wants them — on a copy of the project in the global thread pool,
/// so typing never waits for the engine and the GUI thread never evaluates.
/// A result that arrives after a newer change is dropped (generation
/// counter); only the newest one is published.
class ResultsCalculator : public QObject {
    Q_OBJECT

public:
    explicit ResultsCalculator(ProjectDocument *document, QObject *parent = nullptr);

    /// `compare` empty: no comparison.
    void setScenarios(const QString &primary, const QString &compare = {});
    const QString &primaryScenario() const { return m_primary; }
    const QString &compareScenario() const { return m_compare; }
    /// True: every evaluation also evaluates every scenario (ScenarioResults::all),
    /// for the overview and the silicon audit page (MainWindow asks while either is
    /// shown); switching it on recomputes unless the latest results have them.
    void setOverviewWanted(bool wanted);
    bool overviewWanted() const { return m_overview; }
    /// How long a change waits for more changes before it is evaluated.
    void setDebounce(int milliseconds) { m_debounce.setInterval(milliseconds); }
    /// The default of setDebounce: short, so the headline figures follow an edit at once.
    static constexpr int kDefaultDebounceMs = 20;
    /// Starts an evaluation of the current state now (no debounce).
    void recompute();

    const ScenarioResults &latest() const { return m_latest; }
    quint64 generation() const { return m_generation; }
    bool isBusy() const { return m_running > 0; }

    /// Evaluates synchronously (the worker's job; also for tests and the CLI-like callers).
    /// `all`: also every scenario of the project (each evaluated once).
    static ScenarioResults evaluate(const Project &project, const QString &primary, const QString &compare, quint64 generation,
                                    bool all = false);

Q_SIGNALS:
    void resultsReady(const hp::ScenarioResults &results);
    void busyChanged(bool busy);

private:
    void schedule();

    ProjectDocument *m_document;
    QTimer m_debounce;
    QString m_primary;
    QString m_compare;
    quint64 m_generation = 0;
    int m_running = 0;
    bool m_overview = false;
    ScenarioResults m_latest;
};

} // namespace hp
