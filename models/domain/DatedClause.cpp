#include "domain/DatedClause.h"

namespace hp {

// other_clauses.csv / dated_clauses, under its contract (contract_id, position).
const EntityDescriptor<DatedClause> &DatedClause::descriptor()
{
    using F = FieldKind;
    static const EntityDescriptor<DatedClause> d{
        "other_clauses",
        "dated_clauses",
        {
            {"kind", QT_TRANSLATE_NOOP("hp::Field", "Kind"), F::Text, true, &DatedClause::kind},
            {"text", QT_TRANSLATE_NOOP("hp::Field", "Text"), F::Text, false, &DatedClause::text},
            {"start_month", QT_TRANSLATE_NOOP("hp::Field", "From"), F::Month, false, &DatedClause::start},
            {"end_month", QT_TRANSLATE_NOOP("hp::Field", "Until"), F::Month, false, &DatedClause::end},
            {"waives_exit_egress", QT_TRANSLATE_NOOP("hp::Field", "Waives exit egress"), F::Bool, false, &DatedClause::waivesExitEgress},
        }};
    return d;
}

} // namespace hp
