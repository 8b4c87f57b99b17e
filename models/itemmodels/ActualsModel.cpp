#include "ActualsModel.h"

#include "document/ColumnFactory.h"
#include "document/ProjectChoices.h"

namespace hp {

namespace {
using F = ColumnFactory<Actual>;
}

ActualsModel::ActualsModel(ProjectDocument *document, QObject *parent)
    : EntityTableModel<Actual>(document,
                               {
                                   F::reference(QStringLiteral("provider"), F::tr("Provider"), &Actual::provider, &ProjectChoices::providerIds),
                                   F::described("month"),
                                   F::described("billed_cost"),
                                   F::described("effective_cost"),
                                   F::text(QStringLiteral("currency"), F::tr("Currency"), &Actual::currency, true),
                               },
                               parent)
{
}

Actual ActualsModel::newEntity() const
{
    Actual a;
    const Project &p = document()->project();
    a.provider = p.providers.empty() ? QString() : p.providers.front().id;
    a.month = YearMonth::fromDate(QDate::currentDate());
    a.currency = p.reportingCurrency;
    return a;
}

} // namespace hp
