#include "export/DocumentExporter.h"

#include "analysis/MonteCarloSimulation.h"
#include "engine/ScenarioEngine.h"
#include "export/CsvTableExporter.h"
#include "export/PptxDeckWriter.h"
#include "export/XlsxResultWriter.h"
#include "report/DeckContent.h"
#include "report/EvaluationTables.h"

#include <QDir>
#include <QFileInfo>

namespace hp {

namespace {

DeckContent deckOf(const Project &project, const EngineResult &result, const DocumentExportOptions &options)
{
    std::optional<EngineResult> against;
    if (!options.against.isEmpty() && options.against != result.scenario)
        against = ScenarioEngine(project).evaluate(options.against);
    DeckContent deck = DeckContent::fromEvaluation(project, result, options.date, against ? &*against : nullptr, options.money);
    if (!options.charts.empty()) {
        deck.charts = options.charts;
        for (ChartData &chart : deck.charts) {
            if (chart.footnote.isEmpty())
                chart.footnote = deck.footnote;
            chart.illustrative = chart.illustrative || deck.illustrative;
        }
    }
    return deck;
}

bool writeCsv(const std::vector<ResultTable> &tables, const EngineResult &result, const QString &out, QString *error)
{
    if (!QFileInfo(out).isDir())
        return CsvTableExporter::write(tables.front(), out, error);
    for (const ResultTable &table : tables) {
        QString name = QStringLiteral("%1-%2.csv").arg(result.scenario, table.name).toLower();
        name.replace(u' ', u'-');
        name.replace(u'/', u'-');
        if (!CsvTableExporter::write(table, QDir(out).filePath(name), error))
            return false;
    }
    return true;
}

std::vector<ResultTable> tablesOf(const Project &project, const QString &scenario, const EngineResult &result,
                                  const DocumentExportOptions &options)
{
    std::vector<ResultTable> tables = EvaluationTables::evaluation(result);
    if (options.monteCarloTrials > 0) {
        MonteCarloRequest request;
        request.scenario = scenario;
        request.trials = options.monteCarloTrials;
        request.seed = options.seed;
        if (const auto mc = MonteCarloSimulation::run(project, request)) {
            const std::vector<ResultTable> mcTables = EvaluationTables::monteCarlo(*mc);
            tables.insert(tables.end(), mcTables.begin(), mcTables.end());
        }
    }
    return tables;
}

} // namespace

std::optional<DocumentFormat> DocumentExporter::parseFormat(QStringView name)
{
    if (name == u"pptx")
        return DocumentFormat::Pptx;
    if (name == u"xlsx")
        return DocumentFormat::Xlsx;
    if (name == u"csv")
        return DocumentFormat::Csv;
    return std::nullopt;
}

std::vector<ChartData> DocumentExporter::drawableCharts(const Project &project, ChartRequest request)
{
    std::vector<ChartData> charts;
    for (ChartKind kind : ChartCatalog::kinds()) {
        request.kind = kind;
        try {
            ChartData chart = ChartCatalog::build(project, request);
            // A chart with an empty state (a tornado without uncertainty
            // ranges) would be an empty slide: it stays out.
            if (!chart.series.empty() && chart.emptyState.isEmpty())
                charts.push_back(std::move(chart));
        } catch (const EngineError &) {
            // a chart this scenario cannot draw stays out
        }
    }
    return charts;
}

PreparedExport DocumentExporter::prepare(const Project &project, const QString &scenario, DocumentFormat format,
                                         const DocumentExportOptions &options)
{
    PreparedExport prepared;
    prepared.result = ScenarioEngine(project).evaluate(scenario);
    if (format != DocumentFormat::Csv)
        prepared.deck = deckOf(project, prepared.result, options);
    if (format != DocumentFormat::Pptx)
        prepared.tables = tablesOf(project, scenario, prepared.result, options);
    return prepared;
}

bool DocumentExporter::write(const PreparedExport &prepared, DocumentFormat format, const QString &out, QString *error)
{
    switch (format) {
    case DocumentFormat::Pptx:
        return PptxDeckWriter().write(prepared.deck, out, error);
    case DocumentFormat::Xlsx:
        return XlsxResultWriter::write({prepared.deck.title + QStringLiteral(", ") + prepared.deck.subtitle, prepared.tables,
                                        prepared.deck.charts},
                                       out, error);
    case DocumentFormat::Csv:
        return writeCsv(prepared.tables, prepared.result, out, error);
    }
    return false;
}

bool DocumentExporter::write(const Project &project, const QString &scenario, DocumentFormat format, const QString &out,
                             const DocumentExportOptions &options, QString *error)
{
    return write(prepare(project, scenario, format, options), format, out, error);
}

} // namespace hp
