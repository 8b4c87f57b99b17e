#include "ChartExportCommand.h"

#include "CommandLine.h"
#include "DocumentExport.h"
#include "ProjectSource.h"
#include "charts/ChartExporter.h"
#include "engine/ScenarioEngine.h"
#include "report/ChartCatalog.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

#include <cstring>

namespace hp::cli {

ChartExportCommand::ChartExportCommand()
{
    for (const char *format : {"png", "svg", "pdf"})
        m_writers.emplace(QLatin1String(format), &ChartExportCommand::writeChart);
    for (const char *format : {"pptx", "xlsx", "csv"})
        m_writers.emplace(QLatin1String(format), &ChartExportCommand::writeDocument);
}

QString ChartExportCommand::synopsis() const
{
    return QStringLiteral("export SOURCE --scenario NAME [--chart KIND]… [--against B] [--contract C [--clause K]] "
                          "--format png|svg|pdf|pptx|xlsx|csv -o OUT [--width W] [--height H] [--dpi D] [--trials N --seed S]");
}

QString ChartExportCommand::summary() const
{
    return QStringLiteral("Draw a chart (png, svg, pdf) or write a slide deck, workbook or CSV tables of a scenario. KIND: %1.")
        .arg(ChartCatalog::names().join(QStringLiteral(", ")));
}

bool ChartExportCommand::needsGui(int argc, char **argv)
{
    if (argc < 2 || std::strcmp(argv[1], "export") != 0)
        return false;
    // A chart, or a deck or workbook (charts they cannot hold natively are
    // pictures drawn by the chart layer).
    for (int i = 2; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        for (const QByteArray &format : {QByteArrayLiteral("pptx"), QByteArrayLiteral("xlsx")})
            if (arg == format || arg == "--format=" + format || arg.endsWith(QByteArray('.' + format)))
                return true;
        if (arg == "--chart" || arg.startsWith("--chart="))
            return true;
    }
    return false;
}

void ChartExportCommand::chooseHeadlessPlatform()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt warns on every run without a runtime directory; give it a private one.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString dir = QDir::tempPath() + QStringLiteral("/hedgeplan-runtime-") + QString::number(getuid());
        if (QDir().mkpath(dir) && QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
}

int ChartExportCommand::run(const QStringList &arguments, CliStreams io)
{
    CommandLine cl(*this, {QStringLiteral("SOURCE")});
    const QCommandLineOption chart(QStringLiteral("chart"), QStringLiteral("The chart kind."), QStringLiteral("KIND"));
    const QCommandLineOption scenario(QStringLiteral("scenario"), QStringLiteral("The scenario."), QStringLiteral("NAME"));
    const QCommandLineOption against(QStringLiteral("against"), QStringLiteral("Scenario B (compare; switching: baseline of the lost discount; pptx: the summary compares A and B)."), QStringLiteral("B"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("png, svg or pdf (default: from OUT's suffix)."), QStringLiteral("FORMAT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The file to write."), QStringLiteral("OUT"));
    const QCommandLineOption width(QStringLiteral("width"), QStringLiteral("Width in pixels (default 1920)."), QStringLiteral("W"), QStringLiteral("1920"));
    const QCommandLineOption height(QStringLiteral("height"), QStringLiteral("Height in pixels (default 1080)."), QStringLiteral("H"), QStringLiteral("1080"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), QStringLiteral("Resolution recorded in the file (default 96)."), QStringLiteral("D"), QStringLiteral("96"));
    const QCommandLineOption trials(QStringLiteral("trials"), QStringLiteral("Monte Carlo trials of the fan (default 1000) and of sizing (default 10000)."), QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Monte Carlo seed of the fan (default 1) and of sizing (default 0)."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption contract(QStringLiteral("contract"), QStringLiteral("sizing: the contract whose commitment is sized."), QStringLiteral("C"));
    const QCommandLineOption clause(QStringLiteral("clause"), QStringLiteral("sizing: which commitment clause of the contract, from 1 (default 1)."),
                                    QStringLiteral("K"), QStringLiteral("1"));
    const QCommandLineOption money(QStringLiteral("money"), QStringLiteral("pptx: the summary slide's money, compact (default, $184.76B) or exact (to the cent)."),
                                   QStringLiteral("compact|exact"), QStringLiteral("compact"));
    for (const auto &o : {chart, scenario, against, format, output, width, height, dpi, trials, seed, money, contract, clause})
        cl.parser().addOption(o);
    int code = Ok;
    if (!cl.parse(arguments, io, &code))
        return code;
    const QCommandLineParser &p = cl.parser();
    ExportJob job;
    job.source = cl.positional().front();
    job.charts = p.values(chart);
    job.scenario = p.value(scenario);
    job.against = p.value(against);
    job.output = p.value(output);
    job.format = p.isSet(format) ? p.value(format).toLower() : QFileInfo(job.output).suffix().toLower();
    bool okW = false, okH = false, okD = false, okT = false, okS = false;
    job.width = p.value(width).toInt(&okW);
    job.height = p.value(height).toInt(&okH);
    job.dpi = p.value(dpi).toInt(&okD);
    job.trials = p.value(trials).toInt(&okT);
    job.trialsGiven = p.isSet(trials);
    job.seed = p.value(seed).toULongLong(&okS);
    job.seedGiven = p.isSet(seed);
    job.contract = p.value(contract);
    bool okC = false;
    job.clause = p.value(clause).toInt(&okC);
    const auto usage = [&](const QString &message) {
        io.err << QStringLiteral("hedgeplan-cli export: %1\nUsage: hedgeplan-cli %2\n").arg(message, synopsis());
        return UsageError;
    };
    if (job.output.isEmpty())
        return usage(QStringLiteral("-o OUT is required"));
    if (p.value(money) != u"compact" && p.value(money) != u"exact")
        return usage(QStringLiteral("--money takes compact or exact (got '%1')").arg(p.value(money)));
    job.money = p.value(money) == u"exact" ? MoneyStyle::Exact : MoneyStyle::Compact;
    if (!okW || !okH || !okD || !okT || !okS || job.trials < 1)
        return usage(QStringLiteral("--width, --height, --dpi, --trials and --seed take whole numbers"));
    if (!okC || job.clause < 1)
        return usage(QStringLiteral("--clause takes a whole number ≥ 1 (got '%1')").arg(p.value(clause)));
    const auto writer = m_writers.find(job.format);
    if (writer == m_writers.end())
        return usage(QStringLiteral("unknown format '%1' (png, svg, pdf, pptx, xlsx, csv)").arg(job.format));
    Project project;
    QString error;
    if (!ProjectSource::load(job.source, &project, &error)) {
        io.err << error << '\n';
        return UsageError;
    }
    return writer->second(project, job, io);
}

ChartRequest ChartExportCommand::chartRequest(const ExportJob &job, ChartKind kind)
{
    ChartRequest request;
    request.kind = kind;
    request.scenario = job.scenario;
    request.against = job.against;
    request.trials = job.trials;
    request.seed = job.seed;
    request.contract = job.contract;
    request.clause = job.clause;
    if (kind == ChartKind::CommitmentSizing) { // size-commitment's defaults, so the chart shows its figures
        request.trials = job.trialsGiven ? job.trials : 10000;
        request.seed = job.seedGiven ? job.seed : 0;
    }
    request.date = QDate::currentDate();
    return request;
}

int ChartExportCommand::writeChart(const Project &project, const ExportJob &job, CliStreams io)
{
    const auto fail = [&](const QString &message, int code) {
        io.err << QStringLiteral("hedgeplan-cli export: %1\n").arg(message);
        return code;
    };
    if (job.charts.size() != 1)
        return fail(QStringLiteral("--format %1 draws exactly one --chart").arg(job.format), UsageError);
    const auto kind = ChartCatalog::parse(job.charts.front());
    if (!kind)
        return fail(QStringLiteral("unknown chart '%1' (%2)").arg(job.charts.front(), ChartCatalog::names().join(QStringLiteral(", "))),
                    UsageError);
    if (job.scenario.isEmpty())
        return fail(QStringLiteral("--scenario is required"), UsageError);
    const ChartRequest request = chartRequest(job, *kind);
    ChartData data;
    try {
        data = ChartCatalog::build(project, request);
    } catch (const EngineError &e) {
        return fail(e.message(), Failed);
    }
    if (!data.emptyState.isEmpty()) // an empty chart would say nothing: say why
        return fail(data.emptyState, Failed);
    QString error;
    if (!ChartExporter::write(data, ChartStyle::forProject(project), *ChartExporter::parseFormat(job.format), job.output,
                              {job.width, job.height, job.dpi}, &error))
        return fail(error, Failed);
    return Ok;
}

int ChartExportCommand::writeDocument(const Project &project, const ExportJob &job, CliStreams io)
{
    if (job.scenario.isEmpty()) {
        io.err << QStringLiteral("hedgeplan-cli export: --scenario is required\n");
        return UsageError;
    }
    ChartRequest request = chartRequest(job, ChartKind::CostByComponent);
    DocumentExportOptions options;
    options.monteCarloTrials = job.trialsGiven ? job.trials : 0;
    options.seed = job.seed;
    options.date = request.date;
    options.against = job.against;
    options.money = job.money;
    // Named charts must all draw; without --chart, every chart the scenario
    // can draw goes in (comparison only with --against, actuals only when
    // there are some). CSV holds tables only.
    if (job.charts.isEmpty()) {
        if (job.format != u"csv")
            options.charts = DocumentExporter::drawableCharts(project, request);
        return exportDocument(project, job.scenario, job.format, job.output, io.err, options);
    }
    for (const QString &name : job.charts) {
        const auto kind = ChartCatalog::parse(name);
        if (!kind) {
            io.err << QStringLiteral("hedgeplan-cli export: unknown chart '%1' (%2)\n").arg(name, ChartCatalog::names().join(QStringLiteral(", ")));
            return UsageError;
        }
        request = chartRequest(job, *kind);
        try {
            options.charts.push_back(ChartCatalog::build(project, request));
        } catch (const EngineError &e) {
            io.err << QStringLiteral("hedgeplan-cli export: %1\n").arg(e.message());
            return Failed;
        }
    }
    return exportDocument(project, job.scenario, job.format, job.output, io.err, options);
}

} // namespace hp::cli
