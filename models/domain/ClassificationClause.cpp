#include "ClassificationClause.h"

#include "domain/ChoiceForm.h"

namespace hp {

QString toString(Coverage c)
{
    switch (c) {
    case Coverage::Yes: return QStringLiteral("yes");
    case Coverage::No: return QStringLiteral("no");
    case Coverage::Contested: return QStringLiteral("contested");
    }
    return QStringLiteral("yes");
}

std::optional<Coverage> parseCoverage(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    for (Coverage c : {Coverage::Yes, Coverage::No, Coverage::Contested})
        if (t == toString(c))
            return c;
    return std::nullopt;
}

namespace {
constexpr char kCoveredRefusal[] = "covered must be yes, no or contested (is '%1')";
} // namespace

// classification.csv / classification_clauses, under its contract
// (contract_id, position). p_breach_pct is written only where it means
// something: for a contested class, or when it was given.
const EntityDescriptor<ClassificationClause> &ClassificationClause::descriptor()
{
    using F = FieldKind;
    using C = ClassificationClause;
    static const EntityDescriptor<C> d{
        "classification",
        "classification_clauses",
        {
            {"class", QT_TRANSLATE_NOOP("hp::Field", "Class"), F::Choice, true,
             choiceForm<C, WorkloadClass, &C::cls, &toString, &parseWorkloadClass, kUnknownWorkloadClass>()},
            {"covered", QT_TRANSLATE_NOOP("hp::Field", "Covered"), F::Choice, true,
             choiceForm<C, Coverage, &C::covered, &toString, &parseCoverage, kCoveredRefusal>()},
            {"p_breach_pct", QT_TRANSLATE_NOOP("hp::Field", "P(breach) %"), F::Percent, false, &C::pBreachPct, FieldRule::None, nullptr,
             [](const C &c) { return c.covered != Coverage::Contested && c.pBreachPct.isZero(); }},
            // docs/rules.md §11.4 (rev 2)
            {"settlement_amount", QT_TRANSLATE_NOOP("hp::Field", "Settlement offer"), F::Money, false, &C::settlementAmount,
             FieldRule::NonNegative},
        }};
    return d;
}

} // namespace hp
