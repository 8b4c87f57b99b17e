#include "ContractsModel.h"

#include "document/ColumnFactory.h"
#include "document/ProjectChoices.h"

namespace hp {

namespace {
using F = ColumnFactory<Contract>;

EntityColumn<Contract> clauseCountColumn()
{
    EntityColumn<Contract> c{QStringLiteral("clauses"), F::tr("Clauses"), FieldType::ReadOnly, {}, {}, {}, {}};
    c.text = [](const Contract &k) {
        return QString::number(k.commitments.size() + k.revenueShares.size() + k.exclusivities.size()
                               + k.classifications.size() + k.datedClauses.size());
    };
    return c;
}

EntityColumn<Contract> currencyColumn()
{
    EntityColumn<Contract> c = F::text(QStringLiteral("currency"), F::tr("Currency"), &Contract::currency, true);
    c.type = FieldType::Choice;
    c.choices = &ProjectChoices::currencies;
    return c;
}
} // namespace

ContractsModel::ContractsModel(ProjectDocument *document, QObject *parent)
    : EntityTableModel<Contract>(document,
                                 {
                                     F::text(QStringLiteral("id"), F::tr("Id"), &Contract::id, true),
                                     F::text(QStringLiteral("name"), F::tr("Name"), &Contract::name, true),
                                     F::reference(QStringLiteral("provider"), F::tr("Provider"), &Contract::providerId, &ProjectChoices::providerIds),
                                     F::month(QStringLiteral("start"), F::tr("Start"), &Contract::start),
                                     F::month(QStringLiteral("end"), F::tr("End"), &Contract::end),
                                     F::integer(QStringLiteral("notice"), F::tr("Notice (months)"), &Contract::noticeMonths),
                                     F::number(QStringLiteral("fee"), F::tr("Termination fee"), &Contract::terminationFee, FieldType::Money),
                                     currencyColumn(),
                                     clauseCountColumn(),
                                 },
                                 parent)
{
}

Contract ContractsModel::newEntity() const
{
    Contract c;
    c.id = freshId(QStringLiteral("contract"));
    c.name = tr("New contract");
    const Project &p = document()->project();
    c.providerId = p.providers.empty() ? QString() : p.providers.front().id;
    c.start = YearMonth::fromDate(QDate::currentDate());
    c.end = c.start.plusMonths(35);
    c.currency = p.reportingCurrency;
    return c;
}

} // namespace hp
