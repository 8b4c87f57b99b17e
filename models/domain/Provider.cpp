#include "Provider.h"

#include "domain/ChoiceForm.h"

namespace hp {

QString toString(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Cloud: return QStringLiteral("cloud");
    case ProviderKind::Model: return QStringLiteral("model");
    case ProviderKind::Silicon: return QStringLiteral("silicon");
    case ProviderKind::Marketplace: return QStringLiteral("marketplace");
    }
    return QStringLiteral("cloud");
}

std::optional<ProviderKind> parseProviderKind(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    for (ProviderKind k : {ProviderKind::Cloud, ProviderKind::Model, ProviderKind::Silicon, ProviderKind::Marketplace})
        if (t == toString(k))
            return k;
    return std::nullopt;
}

namespace {
constexpr char kKindRefusal[] = "kind must be cloud, model, silicon or marketplace (is '%1')";
} // namespace

// providers.csv / providers.
const EntityDescriptor<Provider> &Provider::descriptor()
{
    using F = FieldKind;
    using P = Provider;
    static const EntityDescriptor<P> d{
        "providers",
        "providers",
        {
            {"id", QT_TRANSLATE_NOOP("hp::Field", "Id"), F::Text, true, &P::id},
            {"name", QT_TRANSLATE_NOOP("hp::Field", "Name"), F::Text, true, &P::name},
            {"kind", QT_TRANSLATE_NOOP("hp::Field", "Kind"), F::Choice, true,
             choiceForm<P, ProviderKind, &P::kind, &toString, &parseProviderKind, kKindRefusal>()},
            {"exit_egress_waived", QT_TRANSLATE_NOOP("hp::Field", "Exit egress waived"), F::Bool, false,
             &P::exitEgressWaived},
        }};
    return d;
}

// egress.csv / egress_tiers, under its provider (provider_id, position).
const EntityDescriptor<EgressTier> &EgressTier::descriptor()
{
    static const EntityDescriptor<EgressTier> d{
        "egress",
        "egress_tiers",
        {
            {"up_to_gb", QT_TRANSLATE_NOOP("hp::Field", "Up to GB"), FieldKind::Number, false, &EgressTier::upToGb},
            {"price_per_gb", QT_TRANSLATE_NOOP("hp::Field", "Price per GB"), FieldKind::Money, true,
             &EgressTier::pricePerGb},
        }};
    return d;
}

} // namespace hp
