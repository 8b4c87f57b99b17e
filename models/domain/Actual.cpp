#include "domain/Actual.h"

namespace hp {

// actuals.csv / actuals. The project file reads actuals by hand (millions of
// rows share one copy of each provider name and currency); its columns are
// these (DescribedStorage.*).
const EntityDescriptor<Actual> &Actual::descriptor()
{
    using F = FieldKind;
    using A = Actual;
    static const EntityDescriptor<A> d{
        "actuals",
        "actuals",
        {
            {"provider", QT_TRANSLATE_NOOP("hp::Field", "Provider"), F::Text, true, &A::provider},
            {"month", QT_TRANSLATE_NOOP("hp::Field", "Month"), F::Month, true, &A::month},
            {"billed_cost", QT_TRANSLATE_NOOP("hp::Field", "Billed cost"), F::Money, true, &A::billedCost},
            {"effective_cost", QT_TRANSLATE_NOOP("hp::Field", "Effective cost"), F::Money, true, &A::effectiveCost},
            // ISO 4217, upper case; empty: USD.
            {"currency", QT_TRANSLATE_NOOP("hp::Field", "Currency"), F::Text, false,
             TextForm<A>{[](const A &a) { return a.currency; },
                         [](A &a, const QString &text) {
                             if (!text.isEmpty())
                                 a.currency = text.toUpper();
                             return QString();
                         }}},
        }};
    return d;
}

} // namespace hp
