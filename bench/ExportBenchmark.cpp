// Presenters' exports of the demo portfolio (issue 9, docs/exports.md).
// Goal: a 12-slide deck (title, summary, ten native charts with their
// embedded workbooks) written in ≤ 3 s.
#include "engine/ScenarioEngine.h"
#include "export/CsvTableExporter.h"
#include "canonical/DemoPortfolio.h"
#include "export/PptxDeckWriter.h"
#include "export/XlsxResultWriter.h"
#include "report/BasicCharts.h"
#include "report/EvaluationTables.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

/// The demo deck of its first scenario, topped up with the basic charts of
/// the other scenarios to ten chart slides (twelve slides in all).
hp::DeckContent twelveSlideDemoDeck()
{
    const hp::Project project = hp::DemoPortfolio::load();
    const hp::ScenarioEngine engine(project);
    hp::DeckContent deck =
        hp::DeckContent::fromEvaluation(project, engine.evaluate(project.scenarios.front().name), QDate(2026, 11, 30));
    for (std::size_t s = 1; deck.charts.size() < 10; ++s) {
        const hp::EngineResult result = engine.evaluate(project.scenarios[s % project.scenarios.size()].name);
        for (hp::ChartData chart : hp::BasicCharts::all(result))
            if (deck.charts.size() < 10)
                deck.charts.push_back(chart);
    }
    return deck;
}

void BM_DemoDeckTwelveSlides(benchmark::State &state)
{
    const hp::DeckContent deck = twelveSlideDemoDeck();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.pptx"));
    for (auto _ : state) {
        QString error;
        if (!hp::PptxDeckWriter().write(deck, path, &error))
            state.SkipWithError(error.toUtf8().constData());
    }
    state.counters["slides"] = double(deck.charts.size() + 2);
}
BENCHMARK(BM_DemoDeckTwelveSlides)->Unit(benchmark::kMillisecond);

void BM_DemoWorkbook(benchmark::State &state)
{
    const hp::Project project = hp::DemoPortfolio::load();
    const hp::EngineResult result = hp::ScenarioEngine(project).evaluate(project.scenarios.front().name);
    const hp::XlsxResultWriter::Content content{QStringLiteral("Demo"), hp::EvaluationTables::evaluation(result),
                                                hp::BasicCharts::all(result)};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.xlsx"));
    for (auto _ : state) {
        QString error;
        if (!hp::XlsxResultWriter::write(content, path, &error))
            state.SkipWithError(error.toUtf8().constData());
    }
}
BENCHMARK(BM_DemoWorkbook)->Unit(benchmark::kMillisecond);

void BM_DemoMonthlyCsv(benchmark::State &state)
{
    const hp::Project project = hp::DemoPortfolio::load();
    const hp::ResultTable table =
        hp::EvaluationTables::monthly(hp::ScenarioEngine(project).evaluate(project.scenarios.front().name));
    for (auto _ : state)
        benchmark::DoNotOptimize(hp::CsvTableExporter::toCsv(table));
}
BENCHMARK(BM_DemoMonthlyCsv)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
