#include "domain/Workload.h"

#include "domain/ChoiceForm.h"

#include "domain/Jurisdiction.h"

namespace hp {

const EntityDescriptor<Workload> &Workload::descriptor()
{
    using F = FieldKind;
    using W = Workload;
    static const EntityDescriptor<W> d{
        "workloads",
        "workloads",
        {
            {"id", QT_TRANSLATE_NOOP("hp::Field", "Id"), F::Text, true, &W::id},
            {"name", QT_TRANSLATE_NOOP("hp::Field", "Name"), F::Text, true, &W::name},
            {"class", QT_TRANSLATE_NOOP("hp::Field", "Class"), F::Choice, true,
             choiceForm<W, WorkloadClass, &W::cls, &toString, &parseWorkloadClass, kUnknownWorkloadClass>()},
            {"unit", QT_TRANSLATE_NOOP("hp::Field", "Unit"), F::Text, true, &W::unit},
            {"monthly_units", QT_TRANSLATE_NOOP("hp::Field", "Units/month"), F::Number, true, &W::monthlyUnits},
            {"monthly_growth_pct", QT_TRANSLATE_NOOP("hp::Field", "Growth %/mo"), F::SignedPercent, false, &W::monthlyGrowthPct},
            {"monthly_revenue", QT_TRANSLATE_NOOP("hp::Field", "Revenue/month"), F::Money, false, &W::monthlyRevenue},
            {"revenue_growth_pct", QT_TRANSLATE_NOOP("hp::Field", "Revenue growth %/mo"), F::SignedPercent, false, &W::revenueGrowthPct},
            {"stored_gb", QT_TRANSLATE_NOOP("hp::Field", "Stored GB"), F::Number, false, &W::storedGb},
            {"reengineering_person_months", QT_TRANSLATE_NOOP("hp::Field", "Re-engineering PM"), F::Number, false,
             &W::reengineeringPersonMonths},
            {"cost_per_person_month", QT_TRANSLATE_NOOP("hp::Field", "Cost/PM"), F::Money, false, &W::costPerPersonMonth},
            {"criticality", QT_TRANSLATE_NOOP("hp::Field", "Criticality"), F::Integer, false, &W::criticality, FieldRule::OneToFive},
            // docs/rules.md §11.1 (rev 2): one refusal per unknown code, one per line.
            {"residency", QT_TRANSLATE_NOOP("hp::Field", "Residency"), F::List, false,
             TextForm<W>{[](const W &w) { return Jurisdiction::joinList(w.residency); },
                         [](W &w, const QString &text) {
                             w.residency = Jurisdiction::splitList(text);
                             QStringList refusals;
                             for (const QString &code : std::as_const(w.residency))
                                 if (!Jurisdiction::isKnown(code))
                                     refusals << QStringLiteral("unknown jurisdiction '%1' in the residency list (ISO 3166-1 "
                                                                "alpha-2 codes such as IN or US, or EU, separated by |)")
                                                     .arg(code);
                             return refusals.join(u'\n');
                         }}},
        }};
    return d;
}

} // namespace hp
