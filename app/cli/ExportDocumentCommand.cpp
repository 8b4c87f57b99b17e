#include "ExportDocumentCommand.h"

#include "CommandLine.h"
#include "DocumentExport.h"
#include "ProjectSource.h"

namespace hp::cli {

int ExportDocumentCommand::run(const QStringList &arguments, CliStreams io)
{
    CommandLine cl(*this, {QStringLiteral("SOURCE")});
    const QCommandLineOption scenario(QStringLiteral("scenario"), QStringLiteral("The scenario to export."), QStringLiteral("NAME"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("pptx, xlsx or csv."), QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The file to write (csv: a folder for every table)."), QStringLiteral("OUT"));
    const QCommandLineOption trials(QStringLiteral("trials"), QStringLiteral("Add Monte Carlo percentiles over N trials (csv, xlsx)."),
                                    QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Monte Carlo seed (default 1)."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    for (const auto &o : {scenario, format, output, trials, seed})
        cl.parser().addOption(o);
    int code = Ok;
    if (!cl.parse(arguments, io, &code))
        return code;
    DocumentExportOptions options;
    bool okTrials = false, okSeed = false;
    options.monteCarloTrials = cl.parser().value(trials).toInt(&okTrials);
    options.seed = cl.parser().value(seed).toULongLong(&okSeed);
    if (!cl.parser().isSet(scenario) || !cl.parser().isSet(format) || !okTrials || !okSeed || options.monteCarloTrials < 0) {
        io.err << QStringLiteral("hedgeplan-cli export-doc: --scenario, --format and -o are required; --trials and --seed take whole numbers\n");
        return UsageError;
    }
    Project project;
    QString error;
    if (!ProjectSource::load(cl.positional().front(), &project, &error)) {
        io.err << error << '\n';
        return UsageError;
    }
    return exportDocument(project, cl.parser().value(scenario), cl.parser().value(format), cl.parser().value(output), io.err, options);
}

} // namespace hp::cli
