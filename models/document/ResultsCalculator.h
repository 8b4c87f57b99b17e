#pragma once

#include "document/ProjectDocument.h"
#include "document/ScenarioResults.h"

#include <QObject>
#include <QTimer>

namespace hp {

/// Keeps the dashboard's figures current: after any change of the document
/// (debounced) it evaluates the chosen scenario and the comparison scenario
/// on a copy of the project in the global thread pool, so typing never
/// waits for the engine. A result that arrives after a newer change is
/// dropped (generation counter); only the newest one is published.
class ResultsCalculator : public QObject {
    Q_OBJECT

public:
    explicit ResultsCalculator(ProjectDocument *document, QObject *parent = nullptr);

    /// `compare` empty: no comparison.
    void setScenarios(const QString &primary, const QString &compare = {});
    const QString &primaryScenario() const { return m_primary; }
    const QString &compareScenario() const { return m_compare; }
    void setDebounce(int milliseconds) { m_debounce.setInterval(milliseconds); }
    /// Starts an evaluation of the current state now (no debounce).
    void recompute();

    const ScenarioResults &latest() const { return m_latest; }
    quint64 generation() const { return m_generation; }
    bool isBusy() const { return m_running > 0; }

    /// Evaluates synchronously (the worker's job; also for tests and the CLI-like callers).
    static ScenarioResults evaluate(const Project &project, const QString &primary, const QString &compare, quint64 generation);

signals:
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
    ScenarioResults m_latest;
};

} // namespace hp
