#include "ResultsCalculator.h"

#include "engine/ScenarioEngine.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace hp {

namespace {
ScenarioEvaluation evaluateOne(const ScenarioEngine &engine, const QString &name)
{
    ScenarioEvaluation e;
    e.scenario = name;
    try {
        e.result = engine.evaluate(name);
    } catch (const EngineError &error) {
        e.error = error.message();
    } catch (const std::exception &error) {
        e.error = QString::fromStdString(error.what());
    }
    return e;
}
} // namespace

ResultsCalculator::ResultsCalculator(ProjectDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &ResultsCalculator::recompute);
    connect(document, &ProjectDocument::changed, this, &ResultsCalculator::schedule);
}

void ResultsCalculator::setScenarios(const QString &primary, const QString &compare)
{
    if (primary == m_primary && compare == m_compare)
        return;
    m_primary = primary;
    m_compare = compare;
    schedule();
}

void ResultsCalculator::schedule()
{
    ++m_generation; // whatever is running now is stale
    m_debounce.start();
}

ScenarioResults ResultsCalculator::evaluate(const Project &project, const QString &primary, const QString &compare,
                                            quint64 generation)
{
    const ScenarioEngine engine(project);
    ScenarioResults r;
    r.generation = generation;
    r.primary = evaluateOne(engine, primary);
    if (!compare.isEmpty())
        r.compare = evaluateOne(engine, compare);
    return r;
}

void ResultsCalculator::recompute()
{
    m_debounce.stop();
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<ScenarioResults>(this);
    connect(watcher, &QFutureWatcher<ScenarioResults>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (--m_running == 0)
            emit busyChanged(false);
        const ScenarioResults results = watcher->result();
        if (results.generation != m_generation)
            return; // the document changed since: a newer evaluation follows
        m_latest = results;
        emit resultsReady(m_latest);
    });
    if (m_running++ == 0)
        emit busyChanged(true);
    watcher->setFuture(QtConcurrent::run(
        [project = m_document->project(), primary = m_primary, compare = m_compare, generation] {
            return evaluate(project, primary, compare, generation);
        }));
}

} // namespace hp
