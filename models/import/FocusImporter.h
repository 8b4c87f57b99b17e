#pragma once

#include "import/ColumnMapping.h"
#include "import/ImportInput.h"
#include "import/ImportPlan.h"

#include <QByteArray>

namespace hp {

/// Reads a FOCUS 1.0+ cost-and-usage export (docs/rules.md §6.2) into actuals:
/// BilledCost and EffectiveCost summed per provider, month of
/// ChargePeriodStart and BillingCurrency. ProviderName maps through the
/// settings' providerMap (an id there that is no provider refuses the file),
/// else to a project provider by name or id
/// (case-insensitive); an unmatched name stays as written (a warning says so). `NULL` and empty cells are tolerated (an
/// empty cost adds nothing), timestamps may have `T`/`Z` or not, and columns
/// the importer does not read are ignored. Header names match case- and
/// punctuation-insensitively, so `billed_cost` reads as BilledCost.
class FocusImporter {
public:
    static const QString kEntity; ///< "focus"
    static const std::vector<ImportField> &fields();
    /// True when the headers look like a FOCUS export (BilledCost and ChargePeriodStart).
    static bool looksLikeFocus(const QStringList &headers);
    /// Empty when every id of `providerMap` (ProviderName → id) is a provider of
    /// `project` (or of `plan`, when given); else a message naming the first
    /// mapping whose id is no provider, and the ids there are (docs/rules.md §6.1 rev 2).
    static QString unknownProviderIds(const std::map<QString, QString> &providerMap, const Project &project,
                                      const ImportPlan *plan = nullptr);
    /// Adds the file's sums to the plan (files of one plan add up); never touches the project.
    static void read(const QString &fileName, const QByteArray &bytes, const ImportSettings &settings, const Project &project,
                     ImportPlan &plan);
    /// The same, streamed (issue 16): the file is read in 64 KiB blocks, rows are summed as they
    /// come, and a large file is read by `settings.threads` threads (split at line starts; the
    /// figures, rejects and coercions are those of one pass). Progress and cancel: ImportSettings.
    static void read(const ImportInput &input, const ImportSettings &settings, const Project &project, ImportPlan &plan);
};

} // namespace hp
