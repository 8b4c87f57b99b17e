#include "DocumentExport.h"

#include "CliCommand.h"
#include "engine/MonteCarloSimulation.h"
#include "engine/ScenarioEngine.h"
#include "io/CsvTableExporter.h"
#include "io/PptxDeckWriter.h"
#include "io/XlsxResultWriter.h"
#include "report/DeckContent.h"
#include "report/EvaluationTables.h"

#include <QDir>
#include <QFileInfo>

namespace hp::cli {

namespace {

DeckContent deckOf(const Project &project, const EngineResult &result, const DocumentExportOptions &options)
{
    DeckContent deck = DeckContent::fromEvaluation(project, result, options.date);
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

} // namespace

int exportDocument(const Project &project, const QString &scenario, const QString &format, const QString &out,
                   QTextStream &err, const DocumentExportOptions &options)
{
    const QString prefix = QStringLiteral("hedgeplan-cli export: ");
    if (format != u"pptx" && format != u"xlsx" && format != u"csv") {
        err << prefix << QStringLiteral("unknown format '%1' (pptx, xlsx, csv)\n").arg(format);
        return UsageError;
    }
    if (out.isEmpty()) {
        err << prefix << QStringLiteral("-o OUT is required\n");
        return UsageError;
    }
    if (!project.scenario(scenario)) {
        err << prefix << QStringLiteral("no scenario named '%1'\n").arg(scenario);
        return UsageError;
    }
    QString error;
    bool ok = false;
    try {
        const EngineResult result = ScenarioEngine(project).evaluate(scenario);
        if (format == u"pptx") {
            ok = PptxDeckWriter(options.renderer).write(deckOf(project, result, options), out, &error);
        } else {
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
            if (format == u"csv") {
                ok = writeCsv(tables, result, out, &error);
            } else {
                const DeckContent deck = deckOf(project, result, options);
                ok = XlsxResultWriter::write({deck.title + QStringLiteral(", ") + deck.subtitle, tables, deck.charts}, out, &error);
            }
        }
    } catch (const EngineError &e) {
        err << prefix << e.message() << '\n';
        return Failed;
    }
    if (!ok) {
        err << prefix << error << '\n';
        return Failed;
    }
    return Ok;
}

} // namespace hp::cli
