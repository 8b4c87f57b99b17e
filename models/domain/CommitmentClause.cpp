#include "CommitmentClause.h"

namespace hp {

QString toString(TrueUp t)
{
    return t == TrueUp::Yearly ? QStringLiteral("yearly") : QStringLiteral("end_of_term");
}

std::optional<TrueUp> parseTrueUp(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t.isEmpty() || t == u"yearly")
        return TrueUp::Yearly;
    if (t == u"end_of_term")
        return TrueUp::EndOfTerm;
    return std::nullopt;
}

Decimal CommitmentClause::total() const
{
    Decimal sum;
    for (Decimal a : yearAmounts)
        sum += a;
    return sum;
}

Decimal CommitmentClause::effectiveDiscountPct() const
{
    if (tiers.empty())
        return discountPct.value_or(Decimal()); // not given: no discount (docs/rules.md §6.1)
    // docs/rules.md §12.2: the highest tier reached; tiers need not be sorted
    // here (the validator refuses unsorted ones), so every tier is looked at.
    const Decimal sum = total();
    std::optional<CommitmentTier> reached;
    for (const CommitmentTier &t : tiers)
        if (sum >= t.minTotal && (!reached || t.minTotal > reached->minTotal))
            reached = t;
    return reached ? reached->discountPct : Decimal();
}

} // namespace hp
