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

/// The evaluation of `name` among `all`, or a fresh one when it is not a scenario of the project.
ScenarioEvaluation pick(const std::vector<ScenarioEvaluation> &all, const ScenarioEngine &engine, const QString &name)
{
    for (const ScenarioEvaluation &e : all)
        if (e.scenario == name)
            return e;
    return evaluateOne(engine, name);
}
} // namespace

ResultsCalculator::ResultsCalculator(ProjectDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounceMs);
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

void ResultsCalculator::setOverviewWanted(bool wanted)
{
    if (wanted == m_overview)
        return;
    m_overview = wanted;
    const bool fresh = m_latest.generation == m_generation && m_latest.all.has_value();
    if (wanted && !fresh)
        schedule();
}

void ResultsCalculator::schedule()
{
    ++m_generation; // whatever is running now is stale
    m_debounce.start();
}

ScenarioResults ResultsCalculator::evaluate(const Project &project, const QString &primary, const QString &compare,
                                            quint64 generation, bool all)
{
    const ScenarioEngine engine(project);
    ScenarioResults r;
    r.generation = generation;
    r.currency = project.reportingCurrency;
    if (all) {
        std::vector<ScenarioEvaluation> every;
        every.reserve(project.scenarios.size());
        for (const Scenario &s : project.scenarios)
            every.push_back(evaluateOne(engine, s.name));
        r.all = std::move(every);
    }
    const std::vector<ScenarioEvaluation> none;
    const std::vector<ScenarioEvaluation> &known = r.all ? *r.all : none;
    r.primary = pick(known, engine, primary);
    if (!compare.isEmpty())
        r.compare = pick(known, engine, compare);
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
            Q_EMIT busyChanged(false);
        const ScenarioResults results = watcher->result();
        if (results.generation != m_generation)
            return; // the document changed since: a newer evaluation follows
        m_latest = results;
        Q_EMIT resultsReady(m_latest);
    });
    if (m_running++ == 0)
        Q_EMIT busyChanged(true);
    watcher->setFuture(QtConcurrent::run(
        [project = m_document->snapshot(), primary = m_primary, compare = m_compare, generation, all = m_overview] {
            return evaluate(*project, primary, compare, generation, all);
        }));
}

} // namespace hp
