#pragma once

#include "domain/Project.h"
#include "import/ColumnMapping.h"
#include "csv/ImportDialect.h"
#include "csv/ImportError.h"
#include "import/TolerantValueParser.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace hp {

/// All or nothing (the default), or import the rows without errors (docs/rules.md §6.1).
enum class ImportMode { AllOrNothing, ValidRowsOnly };

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
    ImportErrors rejects;
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
    bool canApply() const { return rejects.empty() || (mode == ImportMode::ValidRowsOnly && rowsAccepted > 0); }
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
