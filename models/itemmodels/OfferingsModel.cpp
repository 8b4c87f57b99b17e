#include "OfferingsModel.h"

#include "document/ColumnFactory.h"
#include "document/ProjectChoices.h"
#include "document/ScarcityFields.h"

namespace hp {

namespace {
using F = ColumnFactory<Offering>;

QString plain(const QString &text)
{
    return text;
}
} // namespace

OfferingsModel::OfferingsModel(ProjectDocument *document, QObject *parent)
    : EntityTableModel<Offering>(document,
                                 {
                                     F::described("id"),
                                     F::reference(QStringLiteral("provider"), F::tr("Provider"), &Offering::providerId, &ProjectChoices::providerIds),
                                     F::described("name"),
                                     F::described("unit"),
                                     F::described("unit_price"),
                                     F::described("silicon"),
                                     F::described("effective_month"),
                                     F::described("annual_drift_pct"),
                                     // docs/rules.md §11.1–§11.2
                                     F::described("region"),
                                     F::parsed<QString>(QStringLiteral("jurisdiction"), F::tr("Jurisdiction"), &Offering::jurisdiction, &plain,
                                                        &ScarcityFields::parseJurisdiction),
                                     F::described("capacity_units"),
                                     F::parsed<std::vector<CapacityStep>>(QStringLiteral("capacity_schedule"), F::tr("Capacity schedule"),
                                                                          &Offering::capacitySchedule, &ScarcityFields::capacityScheduleText,
                                                                          &ScarcityFields::parseCapacitySchedule),
                                 },
                                 parent)
{
}

Offering OfferingsModel::newEntity() const
{
    Offering o;
    o.id = freshId(QStringLiteral("offering"));
    const Project &p = document()->project();
    o.providerId = p.providers.empty() ? QString() : p.providers.front().id;
    o.name = tr("New offering");
    o.unit = QStringLiteral("1M tokens");
    return o;
}

} // namespace hp
