#include "storage/ContractWriter.h"

#include "domain/Contract.h"
#include "storage/DescribedSql.h"
#include "storage/SqlInsert.h"

namespace hp {

namespace {

QString clauseName(const Contract &c, const char *kind, std::size_t position)
{
    return QStringLiteral("%1 clause %2 of contract '%3'").arg(QLatin1String(kind)).arg(position + 1).arg(c.id);
}

void writeClasses(SqlInsert &insert, const Contract &c, std::size_t position, const ClassSet &classes,
                  const char *kind)
{
    for (WorkloadClass cls : classes)
        insert.row({SqlInsert::text(c.id), qint64(position), toString(cls)},
                   [&] { return QStringLiteral("class %1 of %2").arg(toString(cls), clauseName(c, kind, position)); });
}

} // namespace

void ContractWriter::write(const SqliteConnection &connection, const std::vector<Contract> &contracts)
{
    SqlInsert contractRows(connection, QStringLiteral("contracts"),
                           {QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("name"),
                            QStringLiteral("provider_id"), QStringLiteral("start_month"), QStringLiteral("end_month"),
                            QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("notice_months"),
                            QStringLiteral("termination_fee"), QStringLiteral("currency"),
                            QStringLiteral("primary_class"), QStringLiteral("exclusivity_scope"),
                            QStringLiteral("notes")});
    SqlInsert commitments(connection, QStringLiteral("commitment_clauses"),
                          {QStringLiteral("contract_id"), QStringLiteral("position"), QStringLiteral("start_month"),
                           QStringLiteral("discount_pct"), QStringLiteral("marketplace_credit_pct"),
                           QStringLiteral("true_up")});
    SqlInsert commitmentYears(connection, QStringLiteral("commitment_years"),
                              {QStringLiteral("contract_id"), QStringLiteral("clause_position"),
                               QStringLiteral("year"), QStringLiteral("amount")});
    SqlInsert commitmentClasses(connection, QStringLiteral("commitment_eligible_classes"),
                                {QStringLiteral("contract_id"), QStringLiteral("clause_position"),
                                 QStringLiteral("class")});
    const QStringList owned{QStringLiteral("contract_id"), QStringLiteral("position")};
    SqlInsert commitmentTiers(connection, QStringLiteral("commitment_tiers"),
                              DescribedSql::columns(CommitmentTier::descriptor(),
                                                    {QStringLiteral("contract_id"), QStringLiteral("clause_position"),
                                                     QStringLiteral("position")}));
    SqlInsert revenueShares(connection, QStringLiteral("revenue_share_clauses"),
                            DescribedSql::columns(RevenueShareClause::descriptor(), owned));
    SqlInsert revenueShareClasses(connection, QStringLiteral("revenue_share_base_classes"),
                                  {QStringLiteral("contract_id"), QStringLiteral("clause_position"),
                                   QStringLiteral("class")});
    SqlInsert exclusivities(connection, QStringLiteral("exclusivity_clauses"),
                            DescribedSql::columns(ExclusivityClause::descriptor(), owned));
    SqlInsert exclusivityClasses(connection, QStringLiteral("exclusivity_classes"),
                                 {QStringLiteral("contract_id"), QStringLiteral("clause_position"),
                                  QStringLiteral("class")});
    SqlInsert classifications(connection, QStringLiteral("classification_clauses"),
                              DescribedSql::columns(ClassificationClause::descriptor(), owned));
    SqlInsert datedClauses(connection, QStringLiteral("dated_clauses"),
                           DescribedSql::columns(DatedClause::descriptor(), owned));

    for (std::size_t i = 0; i < contracts.size(); ++i) {
        const Contract &c = contracts[i];
        const SqlInsert::Value id = SqlInsert::text(c.id);
        contractRows.row({id, qint64(i), SqlInsert::text(c.name), SqlInsert::text(c.providerId),
                          SqlInsert::month(c.start), SqlInsert::month(c.end),
                          c.startDate ? SqlInsert::Value(c.startDate->toString(Qt::ISODate)) : SqlInsert::null(),
                          c.endDate ? SqlInsert::Value(c.endDate->toString(Qt::ISODate)) : SqlInsert::null(),
                          qint64(c.noticeMonths), SqlInsert::decimal(c.terminationFee),
                          SqlInsert::text(c.currency),
                          c.primaryClass ? SqlInsert::Value(toString(*c.primaryClass)) : SqlInsert::null(),
                          SqlInsert::text(c.exclusivityScope), SqlInsert::text(c.notes)},
                         [&] { return QStringLiteral("contract '%1'").arg(c.id); });

        for (std::size_t k = 0; k < c.commitments.size(); ++k) {
            const CommitmentClause &cc = c.commitments[k];
            commitments.row({id, qint64(k), SqlInsert::month(cc.start), SqlInsert::decimal(cc.discountPct),
                             SqlInsert::decimal(cc.marketplaceCreditPct), toString(cc.trueUp)},
                            [&] { return clauseName(c, "commitment", k); });
            for (std::size_t y = 0; y < cc.yearAmounts.size(); ++y)
                commitmentYears.row({id, qint64(k), qint64(y + 1), SqlInsert::decimal(cc.yearAmounts[y])},
                                    [&] { return QStringLiteral("year %1 of %2").arg(y + 1).arg(clauseName(c, "commitment", k)); });
            writeClasses(commitmentClasses, c, k, cc.eligibleClasses, "commitment");
            for (std::size_t n = 0; n < cc.tiers.size(); ++n) { // docs/rules.md §12.2
                std::vector<SqlInsert::Value> values{id, qint64(k), qint64(n)};
                DescribedSql::appendValues(values, CommitmentTier::descriptor(), cc.tiers[n]);
                commitmentTiers.row(values, [&] { return QStringLiteral("tier %1 of %2").arg(n + 1).arg(clauseName(c, "commitment", k)); });
            }
        }
        DescribedSql::insertOwned(revenueShares, "contract", c, c.revenueShares, "revenue-share clause");
        for (std::size_t k = 0; k < c.revenueShares.size(); ++k)
            writeClasses(revenueShareClasses, c, k, c.revenueShares[k].baseClasses, "revenue-share");
        DescribedSql::insertOwned(exclusivities, "contract", c, c.exclusivities, "exclusivity clause");
        for (std::size_t k = 0; k < c.exclusivities.size(); ++k)
            writeClasses(exclusivityClasses, c, k, c.exclusivities[k].classes, "exclusivity");
        DescribedSql::insertOwned(classifications, "contract", c, c.classifications, "classification clause");
        DescribedSql::insertOwned(datedClauses, "contract", c, c.datedClauses, "dated clause");
    }
}

} // namespace hp
