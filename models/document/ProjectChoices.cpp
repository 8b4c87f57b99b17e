#include "ProjectChoices.h"

namespace hp {

namespace {
template <class List>
QStringList idsOf(const List &list)
{
    QStringList ids;
    for (const auto &e : list)
        ids << e.id;
    return ids;
}
} // namespace

QStringList ProjectChoices::providerKinds()
{
    QStringList names;
    for (ProviderKind k : {ProviderKind::Cloud, ProviderKind::Model, ProviderKind::Silicon, ProviderKind::Marketplace})
        names << toString(k);
    return names;
}

QStringList ProjectChoices::workloadClasses()
{
    QStringList names;
    for (WorkloadClass c : allWorkloadClasses())
        names << toString(c);
    return names;
}

QStringList ProjectChoices::providerIds(const Project &project)
{
    return idsOf(project.providers);
}

QStringList ProjectChoices::offeringIds(const Project &project)
{
    return idsOf(project.offerings);
}

QStringList ProjectChoices::workloadIds(const Project &project)
{
    return idsOf(project.workloads);
}

QStringList ProjectChoices::currencies(const Project &project)
{
    QStringList codes{project.reportingCurrency};
    for (const auto &[code, rate] : project.exchangeRates)
        if (code != project.reportingCurrency)
            codes << code;
    return codes;
}

QStringList ProjectChoices::criticalities()
{
    return {QString(), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")};
}

} // namespace hp
