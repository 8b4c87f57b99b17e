#pragma once

#include "money/MoneyFormat.h"

#include "domain/Project.h"
#include "engine/EngineResult.h"
#include "report/ChartCatalog.h"
#include "report/ChartData.h"
#include "report/DeckContent.h"
#include "report/ResultTable.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hp {

/// The three documents of one scenario (docs/exports.md).
enum class DocumentFormat { Pptx, Xlsx, Csv };

/// Extra choices of a document export; the defaults suit a plain export.
struct DocumentExportOptions {
    int monteCarloTrials = 0; ///< > 0: add the Monte Carlo percentiles (csv, xlsx)
    std::uint64_t seed = 1;
    QDate date = QDate::currentDate(); ///< the date in footnotes and document properties
    /// Scenario B: the deck's summary slide compares the exported scenario
    /// (A) with it (pptx); empty: the scenario alone.
    QString against;
    /// The deck's summary slide: compact money ("$184.76B", the default) or exact
    /// to the cent. Workbook cells and CSV are always exact numbers.
    MoneyStyle money = MoneyStyle::Compact;
    /// The charts of the deck and the workbook; empty: the basic charts
    /// (BasicCharts). Their footnotes are filled in when empty.
    std::vector<ChartData> charts;
};

/// Everything a document export writes, computed before any file is touched:
/// the evaluation, the deck (pptx, xlsx) and the tables (xlsx, csv). It can be
/// prepared in a worker thread and written from any thread: every chart is a
/// native chart part, no picture is drawn.
struct PreparedExport {
    EngineResult result;
    DeckContent deck;
    std::vector<ResultTable> tables;
};

/// Writes the presenters' exports of one scenario, for the CLI's `export`
/// and the desktop app's Export menu alike:
/// - pptx: title, summary and one slide per chart;
/// - xlsx: every table of the evaluation (and Monte Carlo) plus native charts;
/// - csv: `out` a file → the monthly figures; `out` an existing folder → one
///   file per table, `<scenario>-<table>.csv`.
class DocumentExporter {
public:
    /// `pptx`, `xlsx`, `csv`.
    static std::optional<DocumentFormat> parseFormat(QStringView name);

    /// Every chart `request.scenario` can draw (request.kind is ignored): the
    /// kinds that throw (compare without `against`, actuals without actuals),
    /// have no series or say why they are empty (ChartData::emptyState) stay out. Runs the analyses (tornado, fan): slow.
    static std::vector<ChartData> drawableCharts(const Project &project, ChartRequest request);

    /// Evaluates `scenario` (and the Monte Carlo of the tables) and builds what
    /// `format` writes; no file is touched. Throws EngineError when the scenario
    /// cannot be evaluated. Thread-safe: the desktop app calls it off the GUI thread.
    static PreparedExport prepare(const Project &project, const QString &scenario, DocumentFormat format,
                                  const DocumentExportOptions &options);
    /// Writes prepared content to `out`. False with *error (naming the file).
    static bool write(const PreparedExport &prepared, DocumentFormat format, const QString &out, QString *error);
    /// prepare() then write(): evaluates `scenario` and writes `out`. Throws
    /// EngineError when the scenario cannot be evaluated; false with *error
    /// (naming the file) when a file cannot be written.
    static bool write(const Project &project, const QString &scenario, DocumentFormat format, const QString &out,
                      const DocumentExportOptions &options, QString *error);
};

} // namespace hp
