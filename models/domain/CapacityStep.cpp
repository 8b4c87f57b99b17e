#include "domain/CapacityStep.h"

namespace hp {

// capacity.csv / capacity_schedule, under its offering (offering_id, position).
const EntityDescriptor<CapacityStep> &CapacityStep::descriptor()
{
    static const EntityDescriptor<CapacityStep> d{
        "capacity",
        "capacity_schedule",
        {
            {"from_month", QT_TRANSLATE_NOOP("hp::Field", "From"), FieldKind::Month, true, &CapacityStep::from},
            {"capacity_units", QT_TRANSLATE_NOOP("hp::Field", "Capacity units/month"), FieldKind::Number, true, &CapacityStep::units,
             FieldRule::NonNegative},
        }};
    return d;
}

} // namespace hp
