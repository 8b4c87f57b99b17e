#include "domain/Scenario.h"

namespace hp {

// scenarios.csv / scenarios. A child scenario leaves empty what it inherits
// (docs/rules.md §5.1), so start_month and months are columns every file has
// but cells that may be empty; a root needs both (the canonical reader and
// the validator say so). The parent is NULL in the file when there is none
// (its foreign key names another scenario).
const EntityDescriptor<Scenario> &Scenario::descriptor()
{
    using F = FieldKind;
    using S = Scenario;
    static const EntityDescriptor<S> d{
        "scenarios",
        "scenarios",
        {
            {"name", QT_TRANSLATE_NOOP("hp::Field", "Name"), F::Text, true, &S::name},
            {"start_month", QT_TRANSLATE_NOOP("hp::Field", "Start"), F::Month, false, &S::start},
            {"months", QT_TRANSLATE_NOOP("hp::Field", "Months"), F::Integer, false, &S::months, FieldRule::OneTo240},
            {.name = "parent",
             .title = QT_TRANSLATE_NOOP("hp::Field", "Parent"),
             .kind = F::Text,
             .required = false,
             .access = &S::parent,
             .nullWhenEmpty = true},
            {"discount_rate_pct", QT_TRANSLATE_NOOP("hp::Field", "Discount rate %"), F::Percent, false,
             &S::discountRatePct},
            {"settle_disputes", QT_TRANSLATE_NOOP("hp::Field", "Settle disputes"), F::Bool, false, &S::settleDisputes},
        }};
    return d;
}

} // namespace hp
