#pragma once

#include "domain/Project.h"
#include "report/ChartData.h"

#include <QDate>
#include <QString>
#include <QTextStream>

namespace hp {
class ChartPictureRenderer;
}

namespace hp::cli {

/// Extra choices of a document export; the defaults suit `export`.
struct DocumentExportOptions {
    int monteCarloTrials = 0; ///< > 0: add the Monte Carlo percentiles (csv, xlsx)
    std::uint64_t seed = 1;
    QDate date = QDate::currentDate(); ///< the date in footnotes and document properties
    const ChartPictureRenderer *renderer = nullptr; ///< for charts PowerPoint cannot draw
    /// The charts of the deck and the workbook (e.g. one per `--chart KIND`);
    /// empty: the basic charts (BasicCharts). Their footnotes are filled in when empty.
    std::vector<ChartData> charts;
};

/// The presenters' exports of one scenario (docs/exports.md), for the CLI's
/// `export PROJECT --scenario NAME --format pptx|xlsx|csv -o OUT`:
/// - pptx: title, summary and one slide per chart;
/// - xlsx: every table of the evaluation (and Monte Carlo) plus native charts;
/// - csv: OUT a file → the monthly figures; OUT an existing folder → one
///   file per table, `<scenario>-<table>.csv`.
/// Writes errors to `err` prefixed "hedgeplan-cli export:"; returns an ExitCode.
int exportDocument(const Project &project, const QString &scenario, const QString &format, const QString &out,
                   QTextStream &err, const DocumentExportOptions &options = {});

} // namespace hp::cli
