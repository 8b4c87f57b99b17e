#pragma once

#include "import/ColumnMapping.h"
#include "import/ImportInput.h"
#include "import/ImportPlan.h"

#include <QByteArray>

namespace hp {

/// Reads procurement's contract register (docs/rules.md §6.1: one row per
/// contract) into an ImportPlan. A vendor becomes a provider (matched by name,
/// case-insensitively, then by id; created with kind counterparty_type when
/// new); commitment_total > 0 becomes an end-of-term commitment spread evenly
/// over the commitment years (cents; the last year takes the remainder);
/// revenue_share_pct a revenue share over the term with cap_total =
/// revenue_share_cap. A contract already in the project is updated by id: its
/// name, notice, fee and typed clauses are kept, and so are its commitment and
/// revenue-share clauses when the register's figures agree with them (so a
/// register exported from Hedgeplan re-imports without change).
class RegisterImporter {
public:
    static const QString kEntity; ///< "register"
    static const std::vector<ImportField> &fields();
    /// Adds the rows of one file to the plan; never touches the project.
    static void read(const QString &fileName, const QByteArray &bytes, const ImportSettings &settings, const Project &project,
                     ImportPlan &plan);
    /// The same, streamed (issue 16): a file whose header already fails is refused after
    /// its header; rows are read one at a time (the plan keeps the contracts, not the file).
    static void read(const ImportInput &input, const ImportSettings &settings, const Project &project, ImportPlan &plan);
    /// The yearly amounts of `total` over `years` commitment years: cents, the last year takes the remainder.
    static std::vector<Decimal> spread(Decimal total, int years);
};

} // namespace hp
