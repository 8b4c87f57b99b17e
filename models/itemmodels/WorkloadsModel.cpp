#include "WorkloadsModel.h"

#include "document/ColumnFactory.h"
#include "document/ProjectChoices.h"
#include "document/ScarcityFields.h"
#include "domain/Jurisdiction.h"

namespace hp {

namespace {
using F = ColumnFactory<Workload>;

EntityColumn<Workload> criticalityColumn()
{
    EntityColumn<Workload> c{QStringLiteral("criticality"), F::tr("Criticality"), FieldType::Choice, {}, {}, {}, {}};
    c.text = [](const Workload &w) { return w.criticality ? QString::number(*w.criticality) : QString(); };
    c.set = [](Workload &w, const QString &text, QString *error) {
        if (text.trimmed().isEmpty()) {
            w.criticality.reset();
            return true;
        }
        const auto v = FieldValidator::parseInteger(text, error);
        if (!v || *v < 1 || *v > 5) {
            *error = F::tr("1 to 5, or empty");
            return false;
        }
        w.criticality = *v;
        return true;
    };
    c.choices = [](const Project &) { return ProjectChoices::criticalities(); };
    return c;
}
} // namespace

WorkloadsModel::WorkloadsModel(ProjectDocument *document, QObject *parent)
    : EntityTableModel<Workload>(document,
                                 {
                                     F::described("id"),
                                     F::described("name"),
                                     F::choice(QStringLiteral("class"), F::tr("Class"), &Workload::cls, ProjectChoices::workloadClasses(),
                                               static_cast<QString (*)(WorkloadClass)>(&toString), &parseWorkloadClass),
                                     F::described("unit"),
                                     F::described("monthly_units"),
                                     F::described("monthly_growth_pct"),
                                     F::described("monthly_revenue"),
                                     F::described("revenue_growth_pct"),
                                     F::described("stored_gb"),
                                     F::described("reengineering_person_months"),
                                     F::described("cost_per_person_month"),
                                     criticalityColumn(),
                                     // docs/rules.md §11.1: where its data may be processed; empty: anywhere
                                     F::parsed<QStringList>(QStringLiteral("residency"), F::tr("Residency"), &Workload::residency,
                                                            &Jurisdiction::joinList, &ScarcityFields::parseResidency),
                                 },
                                 parent)
{
}

Workload WorkloadsModel::newEntity() const
{
    Workload w;
    w.id = freshId(QStringLiteral("workload"));
    w.name = tr("New workload");
    w.unit = QStringLiteral("1M tokens");
    return w;
}

} // namespace hp
