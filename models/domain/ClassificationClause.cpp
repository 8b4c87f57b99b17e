#include "ClassificationClause.h"

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
             TextForm<C>{[](const C &c) { return toString(c.cls); },
                         [](C &c, const QString &text) {
                             if (auto parsed = parseWorkloadClass(text)) {
                                 c.cls = *parsed;
                                 return QString();
                             }
                             return QStringLiteral("unknown workload class '%1'").arg(text);
                         }}},
            {"covered", QT_TRANSLATE_NOOP("hp::Field", "Covered"), F::Choice, true,
             TextForm<C>{[](const C &c) { return toString(c.covered); },
                         [](C &c, const QString &text) {
                             if (auto cov = parseCoverage(text)) {
                                 c.covered = *cov;
                                 return QString();
                             }
                             return QStringLiteral("covered must be yes, no or contested (is '%1')").arg(text);
                         }}},
            {"p_breach_pct", QT_TRANSLATE_NOOP("hp::Field", "P(breach) %"), F::Percent, false, &C::pBreachPct, FieldRule::None, nullptr,
             [](const C &c) { return c.covered != Coverage::Contested && c.pBreachPct.isZero(); }},
            // docs/rules.md §11.4 (rev 2)
            {"settlement_amount", QT_TRANSLATE_NOOP("hp::Field", "Settlement offer"), F::Money, false, &C::settlementAmount,
             FieldRule::NonNegative},
        }};
    return d;
}

} // namespace hp
