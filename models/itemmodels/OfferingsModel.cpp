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
                                     F::text(QStringLiteral("id"), F::tr("Id"), &Offering::id, true),
                                     F::reference(QStringLiteral("provider"), F::tr("Provider"), &Offering::providerId, &ProjectChoices::providerIds),
                                     F::text(QStringLiteral("name"), F::tr("Name"), &Offering::name, true),
                                     F::text(QStringLiteral("unit"), F::tr("Unit"), &Offering::unit, true),
                                     F::number(QStringLiteral("price"), F::tr("Unit price"), &Offering::unitPrice, FieldType::Money),
                                     F::text(QStringLiteral("silicon"), F::tr("Silicon"), &Offering::silicon),
                                     F::optionalMonth(QStringLiteral("effective"), F::tr("Effective"), &Offering::effectiveMonth),
                                     F::number(QStringLiteral("drift"), F::tr("Drift %/yr"), &Offering::annualDriftPct, FieldType::SignedPercent),
                                     // docs/rules.md §11.1–§11.2
                                     F::text(QStringLiteral("region"), F::tr("Region"), &Offering::region),
                                     F::parsed<QString>(QStringLiteral("jurisdiction"), F::tr("Jurisdiction"), &Offering::jurisdiction, &plain,
                                                        &ScarcityFields::parseJurisdiction),
                                     F::optionalNumber(QStringLiteral("capacity"), F::tr("Capacity units/month"), &Offering::capacityUnits, FieldType::Number),
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
