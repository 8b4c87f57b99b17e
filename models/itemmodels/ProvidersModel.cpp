#include "ProvidersModel.h"

#include "document/ColumnFactory.h"
#include "document/ProjectChoices.h"

namespace hp {

namespace {
using F = ColumnFactory<Provider>;
const QString kRest = QStringLiteral("rest");

std::vector<EntityColumn<Provider>> providerColumns()
{
    EntityColumn<Provider> tiers{QStringLiteral("egress"), F::tr("Egress tiers (GB:price/GB)"), FieldType::Text, {}, {}, {}, {}};
    tiers.text = [](const Provider &p) { return ProvidersModel::formatTiers(p.egressTiers); };
    tiers.set = [](Provider &p, const QString &text, QString *error) {
        auto parsed = ProvidersModel::parseTiers(text, error);
        if (parsed)
            p.egressTiers = std::move(*parsed);
        return parsed.has_value();
    };
    return {
        F::described("id"),
        F::described("name"),
        F::choice(QStringLiteral("kind"), F::tr("Kind"), &Provider::kind, ProjectChoices::providerKinds(),
                  static_cast<QString (*)(ProviderKind)>(&toString), &parseProviderKind),
        tiers,
        F::described("exit_egress_waived"),
    };
}
} // namespace

ProvidersModel::ProvidersModel(ProjectDocument *document, QObject *parent)
    : EntityTableModel<Provider>(document, providerColumns(), parent)
{
}

Provider ProvidersModel::newEntity() const
{
    Provider p;
    p.id = freshId(QStringLiteral("provider"));
    p.name = tr("New provider");
    return p;
}

QString ProvidersModel::formatTiers(const std::vector<EgressTier> &tiers)
{
    QStringList parts;
    for (const EgressTier &t : tiers)
        parts << QStringLiteral("%1:%2").arg(t.upToGb ? t.upToGb->toString() : kRest, t.pricePerGb.toString());
    return parts.join(QStringLiteral("; "));
}

std::optional<std::vector<EgressTier>> ProvidersModel::parseTiers(const QString &text, QString *error)
{
    std::vector<EgressTier> tiers;
    const QStringList parts = text.split(u';', Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        const qsizetype colon = part.indexOf(u':');
        if (colon < 0) {
            *error = tr("write each tier as up_to_gb:price (or rest:price), separated by ;");
            return std::nullopt;
        }
        EgressTier tier;
        const QString bound = part.left(colon).trimmed();
        if (bound != kRest) {
            const auto gb = FieldValidator::parseNumber(FieldType::Number, bound, error);
            if (!gb)
                return std::nullopt;
            if (!tiers.empty() && (!tiers.back().upToGb || *tiers.back().upToGb >= *gb)) {
                *error = tr("tiers must ascend, with rest last");
                return std::nullopt;
            }
            tier.upToGb = gb;
        } else if (!tiers.empty() && !tiers.back().upToGb) {
            *error = tr("only one rest tier");
            return std::nullopt;
        }
        const auto price = FieldValidator::parseNumber(FieldType::Money, part.mid(colon + 1), error);
        if (!price)
            return std::nullopt;
        tier.pricePerGb = *price;
        tiers.push_back(tier);
    }
    return tiers;
}

} // namespace hp
