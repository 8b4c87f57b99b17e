#include "CommitmentClause.h"

#include "domain/ChoiceForm.h"

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

namespace {
constexpr char kTrueUpRefusal[] = "true_up must be yearly or end_of_term (is '%1')";
constexpr char kEligibleClasses[] = "eligible_classes";
} // namespace

// commitments.csv: one row per commitment year (contract_id, year, amount)
// with these fields repeated on each and checked to agree; in the file,
// commitment_clauses (contract_id, position, these fields) with the years in
// commitment_years and the eligible classes in commitment_eligible_classes.
const EntityDescriptor<CommitmentClause> &CommitmentClause::descriptor()
{
    using F = FieldKind;
    using C = CommitmentClause;
    static const EntityDescriptor<C> d{
        "commitments",
        "commitment_clauses",
        {
            // docs/rules.md §6.1: an empty discount stays empty (not given), never 0.
            {"discount_pct", QT_TRANSLATE_NOOP("hp::Field", "Discount %"), F::Percent, false, &C::discountPct},
            {"eligible_classes", QT_TRANSLATE_NOOP("hp::Field", "Eligible classes"), F::List, false,
             classSetForm<C, &C::eligibleClasses, kEligibleClasses>(),
             FieldRule::None, "", nullptr, false, "commitment_eligible_classes", &C::eligibleClasses},
            {"marketplace_credit_pct", QT_TRANSLATE_NOOP("hp::Field", "Marketplace credit %"), F::Percent, false,
             &C::marketplaceCreditPct},
            {"true_up", QT_TRANSLATE_NOOP("hp::Field", "True-up"), F::Choice, false,
             choiceForm<C, TrueUp, &C::trueUp, &toString, &parseTrueUp, kTrueUpRefusal>()},
            {"start_month", QT_TRANSLATE_NOOP("hp::Field", "From"), F::Month, false, &C::start},
        }};
    return d;
}

} // namespace hp
