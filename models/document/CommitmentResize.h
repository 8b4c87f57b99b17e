#pragma once

#include "money/Decimal.h"

#include <QString>

#include <vector>

namespace hp {

class ProjectDocument;

/// Analysis ▸ Size commitment…'s "Apply this size" (docs/rules.md §12.2): sets
/// one commitment clause's year amounts to a sized candidate's — the ramp
/// scaled by one factor, each year in cents, the last taking the remainder, as
/// CommitmentSizing computed them — as ONE undo step on the document.
class CommitmentResize {
public:
    /// Pushes the edit and returns empty, or returns why nothing was changed:
    /// the contract or its clause `clause` (1-based) is gone, or its year
    /// amounts are no longer `sizedFrom` (the ramp the sizing scaled), so the
    /// run no longer describes it.
    static QString apply(ProjectDocument *document, const QString &contract, int clause, const std::vector<Decimal> &sizedFrom,
                         const std::vector<Decimal> &yearAmounts);
    /// The undo step's text: "Size commitment clause 1 of b_alliance to 35,000,000,000.00".
    static QString stepText(const QString &contract, int clause, Decimal total);
};

} // namespace hp
