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
        std::size_t count = k.commitments.size();
        Contract::forEachClauseKind([&](auto member) { count += (k.*member).size(); });
        return QString::number(count);
    };
    return c;
}

/// A contract's start or end, edited as a month. A full date it was imported
/// with is kept while it lies in that month and dropped when the month
/// changes, so that no file or register shows the old date.
EntityColumn<Contract> contractMonthColumn(const QString &key, const QString &title, YearMonth Contract::*month,
                                           std::optional<QDate> Contract::*date)
{
    EntityColumn<Contract> c = F::month(key, title, month);
    c.set = [month, date, set = c.set](Contract &k, const QString &text, QString *error) {
        if (!set(k, text, error))
            return false;
        if (k.*date && YearMonth::fromDate(*(k.*date)) != k.*month)
            (k.*date).reset();
        return true;
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
                                     F::described("id"),
                                     F::described("name"),
                                     F::reference(QStringLiteral("provider"), F::tr("Provider"), &Contract::providerId, &ProjectChoices::providerIds),
                                     // Edited as months: the descriptor's start and end keep an imported full date.
                                     contractMonthColumn(QStringLiteral("start"), F::tr("Start"), &Contract::start, &Contract::startDate),
                                     contractMonthColumn(QStringLiteral("end"), F::tr("End"), &Contract::end, &Contract::endDate),
                                     F::described("notice_months"),
                                     F::described("termination_fee"),
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
