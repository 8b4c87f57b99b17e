#include "storage/ContractReader.h"

#include "domain/Contract.h"
#include "storage/SqlRowReader.h"

#include <QHash>

#include <limits>
#include <map>

namespace hp {

namespace {

constexpr qint64 kMaxInt = std::numeric_limits<int>::max();

/// Finds the contract a clause row belongs to (column 0 holds its id).
Contract &owner(std::vector<Contract> &contracts, const QHash<QString, std::size_t> &index, const SqlRowReader &row)
{
    const QString id = row.text(0);
    const auto it = index.constFind(id);
    if (it == index.constEnd())
        row.failRow(QStringLiteral("refers to the unknown contract '%1'").arg(id));
    return contracts[*it];
}

/// Clause rows are read ordered by (contract_id, position); their index in
/// the contract's list is the number read before. The class tables refer to
/// (contract_id, clause_position), mapped here to that index.
using ClauseKey = std::pair<QString, qint64>;

template <typename Clause>
void readClasses(const SqliteConnection &c, const QString &table, std::vector<Contract> &contracts,
                 const QHash<QString, std::size_t> &index, const std::map<ClauseKey, std::size_t> &clauseIndex,
                 std::vector<Clause> Contract::*list, ClassSet Clause::*set)
{
    SqlRowReader row(c, table,
                     QStringLiteral("SELECT contract_id, clause_position, class FROM %1 "
                                    "ORDER BY contract_id, clause_position, class").arg(table));
    while (row.next()) {
        Contract &contract = owner(contracts, index, row);
        const auto it = clauseIndex.find({contract.id, row.integer(1, 0, kMaxInt)});
        if (it == clauseIndex.end())
            row.failRow(QStringLiteral("refers to a clause that does not exist"));
        ((contract.*list)[it->second].*set).insert(row.enumeration(2, &parseWorkloadClass));
    }
}

} // namespace

std::vector<Contract> ContractReader::read(const SqliteConnection &c)
{
    std::vector<Contract> contracts;
    QHash<QString, std::size_t> index;
    {
        SqlRowReader row(c, QStringLiteral("contracts"),
                         QStringLiteral("SELECT id, name, provider_id, start_month, end_month, start_date, end_date, "
                                        "notice_months, termination_fee, currency, primary_class, exclusivity_scope, "
                                        "notes FROM contracts ORDER BY position, id"));
        while (row.next()) {
            Contract k;
            k.id = row.text(0);
            k.name = row.text(1);
            k.providerId = row.text(2);
            k.start = row.month(3);
            k.end = row.month(4);
            k.startDate = row.optionalDate(5);
            k.endDate = row.optionalDate(6);
            k.noticeMonths = int(row.integer(7, 0, kMaxInt));
            k.terminationFee = row.decimal(8);
            k.currency = row.text(9);
            if (!row.isNull(10))
                k.primaryClass = row.enumeration(10, &parseWorkloadClass);
            k.exclusivityScope = row.text(11);
            k.notes = row.text(12);
            index.insert(k.id, contracts.size());
            contracts.push_back(std::move(k));
        }
    }

    std::map<ClauseKey, std::size_t> commitmentIndex, revenueShareIndex, exclusivityIndex;
    {
        SqlRowReader row(c, QStringLiteral("commitment_clauses"),
                         QStringLiteral("SELECT contract_id, position, start_month, discount_pct, "
                                        "marketplace_credit_pct, true_up FROM commitment_clauses "
                                        "ORDER BY contract_id, position"));
        while (row.next()) {
            Contract &k = owner(contracts, index, row);
            CommitmentClause cc;
            cc.start = row.optionalMonth(2);
            cc.discountPct = row.optionalDecimal(3);
            cc.marketplaceCreditPct = row.decimal(4);
            cc.trueUp = row.enumeration(5, &parseTrueUp);
            cc.eligibleClasses.clear();
            commitmentIndex[{k.id, row.integer(1, 0, kMaxInt)}] = k.commitments.size();
            k.commitments.push_back(std::move(cc));
        }
    }
    {
        SqlRowReader row(c, QStringLiteral("commitment_years"),
                         QStringLiteral("SELECT contract_id, clause_position, year, amount FROM commitment_years "
                                        "ORDER BY contract_id, clause_position, year"));
        while (row.next()) {
            Contract &k = owner(contracts, index, row);
            const auto it = commitmentIndex.find({k.id, row.integer(1, 0, kMaxInt)});
            if (it == commitmentIndex.end())
                row.failRow(QStringLiteral("refers to a commitment clause that does not exist"));
            std::vector<Decimal> &years = k.commitments[it->second].yearAmounts;
            if (row.integer(2, 1, kMaxInt) != qint64(years.size()) + 1)
                row.fail(2, QStringLiteral("commitment years must run 1, 2, 3… without gaps"));
            years.push_back(row.decimal(3));
        }
    }
    readClasses(c, QStringLiteral("commitment_eligible_classes"), contracts, index, commitmentIndex,
                &Contract::commitments, &CommitmentClause::eligibleClasses);
    {
        // docs/rules.md §12.2: the discount schedule, in its stored order.
        SqlRowReader row(c, QStringLiteral("commitment_tiers"),
                         QStringLiteral("SELECT contract_id, clause_position, position, min_total, discount_pct "
                                        "FROM commitment_tiers ORDER BY contract_id, clause_position, position"));
        while (row.next()) {
            Contract &k = owner(contracts, index, row);
            const auto it = commitmentIndex.find({k.id, row.integer(1, 0, kMaxInt)});
            if (it == commitmentIndex.end())
                row.failRow(QStringLiteral("refers to a commitment clause that does not exist"));
            // Kept as stored; ProjectValidator reports tiers that do not ascend.
            k.commitments[it->second].tiers.push_back({row.decimal(3), row.decimal(4)});
        }
    }

    {
        SqlRowReader row(c, QStringLiteral("revenue_share_clauses"),
                         QStringLiteral("SELECT contract_id, position, rate_pct, start_month, sunset_month, "
                                        "placement_scope, cap_total, cap_per_year FROM revenue_share_clauses "
                                        "ORDER BY contract_id, position"));
        while (row.next()) {
            Contract &k = owner(contracts, index, row);
            RevenueShareClause rs;
            rs.ratePct = row.decimal(2);
            rs.start = row.month(3);
            rs.sunset = row.month(4);
            rs.scope = row.enumeration(5, &parsePlacementScope);
            rs.capTotal = row.optionalDecimal(6);
            rs.capPerYear = row.optionalDecimal(7);
            rs.baseClasses.clear();
            revenueShareIndex[{k.id, row.integer(1, 0, kMaxInt)}] = k.revenueShares.size();
            k.revenueShares.push_back(std::move(rs));
        }
    }
    readClasses(c, QStringLiteral("revenue_share_base_classes"), contracts, index, revenueShareIndex,
                &Contract::revenueShares, &RevenueShareClause::baseClasses);

    {
        SqlRowReader row(c, QStringLiteral("exclusivity_clauses"),
                         QStringLiteral("SELECT contract_id, position, start_month, end_month, damages_model, "
                                        "damages_value FROM exclusivity_clauses ORDER BY contract_id, position"));
        while (row.next()) {
            Contract &k = owner(contracts, index, row);
            ExclusivityClause ex;
            ex.start = row.optionalMonth(2);
            ex.end = row.optionalMonth(3);
            ex.damagesModel = row.enumeration(4, &parseDamagesModel);
            ex.damagesValue = row.optionalDecimal(5);
            exclusivityIndex[{k.id, row.integer(1, 0, kMaxInt)}] = k.exclusivities.size();
            k.exclusivities.push_back(std::move(ex));
        }
    }
    readClasses(c, QStringLiteral("exclusivity_classes"), contracts, index, exclusivityIndex,
                &Contract::exclusivities, &ExclusivityClause::classes);

    {
        SqlRowReader row(c, QStringLiteral("classification_clauses"),
                         QStringLiteral("SELECT contract_id, position, class, covered, p_breach_pct, settlement_amount "
                                        "FROM classification_clauses ORDER BY contract_id, position"));
        while (row.next()) {
            Contract &k = owner(contracts, index, row);
            ClassificationClause cl;
            cl.cls = row.enumeration(2, &parseWorkloadClass);
            cl.covered = row.enumeration(3, &parseCoverage);
            cl.pBreachPct = row.decimal(4);
            cl.settlementAmount = row.optionalDecimal(5);
            k.classifications.push_back(cl);
        }
    }
    {
        SqlRowReader row(c, QStringLiteral("dated_clauses"),
                         QStringLiteral("SELECT contract_id, position, kind, text, start_month, end_month, "
                                        "waives_exit_egress FROM dated_clauses ORDER BY contract_id, position"));
        while (row.next()) {
            Contract &k = owner(contracts, index, row);
            DatedClause dc;
            dc.kind = row.text(2);
            dc.text = row.text(3);
            dc.start = row.optionalMonth(4);
            dc.end = row.optionalMonth(5);
            dc.waivesExitEgress = row.boolean(6);
            k.datedClauses.push_back(std::move(dc));
        }
    }
    return contracts;
}

} // namespace hp
