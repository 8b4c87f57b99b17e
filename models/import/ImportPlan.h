#pragma once

#include "domain/Project.h"
#include "import/ColumnMapping.h"
#include "csv/ImportDialect.h"
#include "csv/ImportError.h"
#include "import/TolerantValueParser.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace hp {

/// All or nothing (the default), or import the rows without errors (docs/rules.md §6.1).
enum class ImportMode { AllOrNothing, ValidRowsOnly };

class RejectSpool;

/// How far an import has got (issue 16): bytes of the files read so far and rows read.
struct ImportProgress {
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
    qint64 rows = 0;
};

/// How the user wants a file read; what is not given is detected or guessed
/// (and shown: the plan's notes say what was chosen).
struct ImportSettings {
    std::optional<ImportDialect> dialect;
    std::optional<ColumnMapping> mapping;
    ImportMode mode = ImportMode::AllOrNothing;
    /// `_pct` fields read as fractions (0.2 → 20 %), each coercion reported (docs/rules.md §3).
    QStringList percentFractions;
    /// FOCUS ProviderName (case-insensitive) → provider id, as the user mapped them.
    std::map<QString, QString> providerMap;
    /// Called now and then while a file is read (from the reading thread); may be empty.
    std::function<void(const ImportProgress &)> progress;
    /// Set (from any thread) to stop reading: the plan is then marked `cancelled` and must not be applied.
    const std::atomic_bool *cancel = nullptr;
    /// Threads a large FOCUS file is read with (split at record boundaries; the figures do not depend on it).
    int threads = 1;
    /// Read at most this many rows of each file (the wizard's preview of a large file); 0 = all.
    int maxRows = 0;
};

/// Every cell of one column that one kind of coercion changed: shown before importing.
struct CoercionNote {
    QString file;
    QString column;
    QString kind;
    int count = 0;
    int firstLine = 0;
    QString example; ///< the first cell's detail
    QString toString() const;
};

/// What an import would do, computed without touching the project: entities to
/// add or update by id, actuals to store, rejected rows and coercion notes.
/// Several files may feed one plan; applying it is one step (one undo command).
struct ImportPlan {
    ImportMode mode = ImportMode::AllOrNothing;
    std::vector<Provider> providers; ///< added, or updated by id
    std::vector<Offering> offerings; ///< added, or updated by id
    std::vector<Contract> contracts; ///< added, or updated by id
    /// Replace the stored actuals of the same provider, month and currency.
    std::vector<Actual> actuals;
    /// The rejects, in file and line order; only the first `rejectLimit` are kept
    /// (issue 16: a file of a million bad rows must not fill the memory), the others
    /// are counted in `rejectsNotKept` and, like every reject, written to `rejectSpool`.
    ImportErrors rejects;
    int rejectLimit = -1; ///< -1: keep every reject
    qint64 rejectsNotKept = 0;
    /// Where every reject is written as it comes (the CLI's --rejects file, the wizard's "Save rejects"); may be null.
    std::shared_ptr<RejectSpool> rejectSpool;
    /// The reading was cancelled (ImportSettings::cancel): the plan is incomplete and never applied.
    bool cancelled = false;
    /// Entries left out on purpose, each with its reason (a price map's entry
    /// with both prices 0); they do not block the import.
    ImportErrors skipped;
    /// Files that could not be read at all (encoding, no header, a required
    /// column missing, not JSON…): their rejects concern the file, not a row.
    QStringList refusedFiles;
    std::vector<CoercionNote> coercions;
    QStringList warnings; ///< unknown columns ignored, unmatched provider names…
    QStringList notes;    ///< per file: the dialect used and what the detector found
    /// Percentage fields whose values all lie between 0 and 1 (Excel's raw `20%`
    /// is 0.2): the wizard asks whether to read them as fractions.
    QStringList fractionCandidates;
    /// FOCUS ProviderNames that match no provider (kept as written): the wizard offers to map them.
    QStringList unmatchedProviders;
    /// Data records read (header and blank lines excluded), malformed and ragged ones included.
    int rowsRead = 0;
    int rowsAccepted = 0;
    int blankLines = 0; ///< blank lines and lines of empty cells skipped
    /// Rows read and not accepted; with the header and the blank lines, every
    /// record of the files is accounted for (docs/rules.md §6.1 rev 2).
    int rowsRejected() const { return rowsRead - rowsAccepted; }

    /// True when applying imports something meaningful: no rejects, or the
    /// user chose to import the valid rows and at least one row is valid.
    bool canApply() const { return !cancelled && (rejectCount() == 0 || (mode == ImportMode::ValidRowsOnly && rowsAccepted > 0)); }
    /// Every reject, kept or not.
    qint64 rejectCount() const { return qint64(rejects.size()) + rejectsNotKept; }
    /// Records a reject: kept while under rejectLimit, counted otherwise, and written to the spool.
    void addReject(ImportError reject);
    void noteCoercion(const QString &file, const QString &column, int line, const Coercion &coercion);
    /// The id of the provider `text` names: a provider this plan adds or one of
    /// the project's, matched by name, then by id (case-insensitive); empty when none.
    QString matchProvider(const Project &project, const QString &text) const;
    /// Counts for a summary line, e.g. "2 contracts added, 1 updated; 1 provider added".
    QString summary(const Project &before) const;
};

/// The project with the plan applied: upserts by id, so a re-import never
/// duplicates. A plan that cannot be applied (canApply() false) returns the
/// project unchanged. Pure: the GUI wraps it in one undo command.
Project applied(const Project &project, const ImportPlan &plan);
/// Applies in place; false (and the project untouched) when !plan.canApply().
bool apply(const ImportPlan &plan, Project &project);

} // namespace hp
