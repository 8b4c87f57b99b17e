#include "domain/Offering.h"

#include "domain/Jurisdiction.h"

namespace hp {

const EntityDescriptor<Offering> &Offering::descriptor()
{
    using F = FieldKind;
    static const EntityDescriptor<Offering> d{
        "offerings",
        "offerings",
        {
            {"id", QT_TRANSLATE_NOOP("hp::Field", "Id"), F::Text, true, &Offering::id},
            {"provider_id", QT_TRANSLATE_NOOP("hp::Field", "Provider"), F::Text, true, &Offering::providerId},
            {"name", QT_TRANSLATE_NOOP("hp::Field", "Name"), F::Text, true, &Offering::name},
            {"unit", QT_TRANSLATE_NOOP("hp::Field", "Unit"), F::Text, true, &Offering::unit},
            {"unit_price", QT_TRANSLATE_NOOP("hp::Field", "Unit price"), F::Money, true, &Offering::unitPrice},
            {"silicon", QT_TRANSLATE_NOOP("hp::Field", "Silicon"), F::Text, false, &Offering::silicon},
            {"effective_month", QT_TRANSLATE_NOOP("hp::Field", "Effective"), F::Month, false, &Offering::effectiveMonth},
            {"annual_drift_pct", QT_TRANSLATE_NOOP("hp::Field", "Drift %/yr"), F::SignedPercent, false, &Offering::annualDriftPct},
            // docs/rules.md §11.1–§11.2 (rev 2)
            {"region", QT_TRANSLATE_NOOP("hp::Field", "Region"), F::Text, false, &Offering::region},
            {"jurisdiction", QT_TRANSLATE_NOOP("hp::Field", "Jurisdiction"), F::Text, false,
             TextForm<Offering>{[](const Offering &o) { return o.jurisdiction; },
                                [](Offering &o, const QString &text) {
                                    o.jurisdiction = text;
                                    if (text.isEmpty() || Jurisdiction::isKnown(text))
                                        return QString();
                                    return QStringLiteral("unknown jurisdiction '%1' (an ISO 3166-1 alpha-2 code such as IN or US, or EU)")
                                        .arg(text);
                                }}},
            {"capacity_units", QT_TRANSLATE_NOOP("hp::Field", "Capacity units/month"), F::Number, false, &Offering::capacityUnits,
             FieldRule::NonNegative},
        }};
    return d;
}

} // namespace hp
