#include "storage/ContractWriter.h"

#include "domain/Contract.h"
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
    SqlInsert commitmentTiers(connection, QStringLiteral("commitment_tiers"),
                              {QStringLiteral("contract_id"), QStringLiteral("clause_position"),
                               QStringLiteral("position"), QStringLiteral("min_total"), QStringLiteral("discount_pct")});
    SqlInsert revenueShares(connection, QStringLiteral("revenue_share_clauses"),
                            {QStringLiteral("contract_id"), QStringLiteral("position"), QStringLiteral("rate_pct"),
                             QStringLiteral("start_month"), QStringLiteral("sunset_month"),
                             QStringLiteral("placement_scope"), QStringLiteral("cap_total"),
                             QStringLiteral("cap_per_year")});
    SqlInsert revenueShareClasses(connection, QStringLiteral("revenue_share_base_classes"),
                                  {QStringLiteral("contract_id"), QStringLiteral("clause_position"),
                                   QStringLiteral("class")});
    SqlInsert exclusivities(connection, QStringLiteral("exclusivity_clauses"),
                            {QStringLiteral("contract_id"), QStringLiteral("position"), QStringLiteral("start_month"),
                             QStringLiteral("end_month"), QStringLiteral("damages_model"),
                             QStringLiteral("damages_value")});
    SqlInsert exclusivityClasses(connection, QStringLiteral("exclusivity_classes"),
                                 {QStringLiteral("contract_id"), QStringLiteral("clause_position"),
                                  QStringLiteral("class")});
    SqlInsert classifications(connection, QStringLiteral("classification_clauses"),
                              {QStringLiteral("contract_id"), QStringLiteral("position"), QStringLiteral("class"),
                               QStringLiteral("covered"), QStringLiteral("p_breach_pct"),
                               QStringLiteral("settlement_amount")});
    SqlInsert datedClauses(connection, QStringLiteral("dated_clauses"),
                           {QStringLiteral("contract_id"), QStringLiteral("position"), QStringLiteral("kind"),
                            QStringLiteral("text"), QStringLiteral("start_month"), QStringLiteral("end_month"),
                            QStringLiteral("waives_exit_egress")});

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
            for (std::size_t n = 0; n < cc.tiers.size(); ++n) // docs/rules.md §12.2
                commitmentTiers.row({id, qint64(k), qint64(n), SqlInsert::decimal(cc.tiers[n].minTotal),
                                     SqlInsert::decimal(cc.tiers[n].discountPct)},
                                    [&] { return QStringLiteral("tier %1 of %2").arg(n + 1).arg(clauseName(c, "commitment", k)); });
        }
        for (std::size_t k = 0; k < c.revenueShares.size(); ++k) {
            const RevenueShareClause &rs = c.revenueShares[k];
            revenueShares.row({id, qint64(k), SqlInsert::decimal(rs.ratePct), SqlInsert::month(rs.start),
                               SqlInsert::month(rs.sunset), toString(rs.scope), SqlInsert::decimal(rs.capTotal),
                               SqlInsert::decimal(rs.capPerYear)},
                              [&] { return clauseName(c, "revenue-share", k); });
            writeClasses(revenueShareClasses, c, k, rs.baseClasses, "revenue-share");
        }
        for (std::size_t k = 0; k < c.exclusivities.size(); ++k) {
            const ExclusivityClause &ex = c.exclusivities[k];
            exclusivities.row({id, qint64(k), SqlInsert::month(ex.start), SqlInsert::month(ex.end),
                               toString(ex.damagesModel), SqlInsert::decimal(ex.damagesValue)},
                              [&] { return clauseName(c, "exclusivity", k); });
            writeClasses(exclusivityClasses, c, k, ex.classes, "exclusivity");
        }
        for (std::size_t k = 0; k < c.classifications.size(); ++k) {
            const ClassificationClause &cl = c.classifications[k];
            classifications.row({id, qint64(k), toString(cl.cls), toString(cl.covered),
                                 SqlInsert::decimal(cl.pBreachPct), SqlInsert::decimal(cl.settlementAmount)},
                                [&] { return clauseName(c, "classification", k); });
        }
        for (std::size_t k = 0; k < c.datedClauses.size(); ++k) {
            const DatedClause &dc = c.datedClauses[k];
            datedClauses.row({id, qint64(k), SqlInsert::text(dc.kind), SqlInsert::text(dc.text),
                              SqlInsert::month(dc.start), SqlInsert::month(dc.end),
                              SqlInsert::boolean(dc.waivesExitEgress)},
                             [&] { return clauseName(c, "dated", k); });
        }
    }
}

} // namespace hp
