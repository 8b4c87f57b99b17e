#pragma once

#include "money/MoneyFormat.h"
#include "report/ChartCatalog.h"

#include "CliCommand.h"

#include <QCommandLineParser>

#include <cstdint>

#include <functional>
#include <map>

namespace hp {
struct Project;
}

namespace hp::cli {

/// What an export writes, parsed once from the command line; each format's
/// writer takes it (docs/charts.md).
struct ExportJob {
    QString source;
    QStringList charts;   ///< --chart values, in order
    QString scenario;
    QString against;
    QString format;       ///< png, svg, pdf (pptx, xlsx, csv later)
    QString output;
    int width = 1920, height = 1080, dpi = 96;
    int trials = 1000;    ///< Monte Carlo (fan)
    std::uint64_t seed = 1;
    bool trialsGiven = false; ///< documents add Monte Carlo tables only when asked
    bool seedGiven = false;
    QString contract;     ///< --contract: the commitment `sizing` sizes
    int clause = 1;       ///< --clause
    MoneyStyle money = MoneyStyle::Compact; ///< --money: the deck's summary slide
};

/// `export PROJECT --chart KIND --scenario NAME [--against B] --format png|svg|pdf
/// -o OUT [--width W --height H --dpi D]` draws one chart (`--chart sizing`
/// also takes `--contract C [--clause K]`, and defaults to size-commitment's
/// 10 000 trials and seed 0);
/// `export PROJECT --scenario NAME --format pptx|xlsx|csv -o OUT [--chart KIND…]`
/// writes a deck, a workbook or CSV tables. Formats are dispatched through a
/// table of writers, so another format (pptx, xlsx, csv) is one more entry.
class ChartExportCommand : public CliCommand {
public:
    ChartExportCommand();
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams io) override;

    /// True when the arguments (as from main) ask for a chart or a slide deck:
    /// drawing needs a QApplication, not a QCoreApplication.
    static bool needsGui(int argc, char **argv);
    /// Picks the offscreen platform when there is no display to draw on.
    static void chooseHeadlessPlatform();

private:
    using Writer = std::function<int(const Project &, const ExportJob &, CliStreams)>;
    /// The job's chart request for `kind` (sizing: size-commitment's trials and seed unless given).
    static ChartRequest chartRequest(const ExportJob &job, ChartKind kind);
    static int writeChart(const Project &project, const ExportJob &job, CliStreams io);
    /// pptx, xlsx, csv (docs/exports.md): the charts named by --chart, or
    /// every chart the scenario can draw, through DocumentExport.
    static int writeDocument(const Project &project, const ExportJob &job, CliStreams io);
    std::map<QString, Writer> m_writers;
};

} // namespace hp::cli
