#include "storage/ContractReader.h"

#include "domain/Contract.h"
#include "storage/DescribedSql.h"
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

/// Reads the clauses of one kind (contract_id, position, fields…) into their
/// contracts (docs/architecture.md "Descriptors"). A clause whose classes
/// live in a side table starts with none (readClasses fills them).
template <typename Clause>
std::map<ClauseKey, std::size_t> readOwned(const SqliteConnection &c, std::vector<Contract> &contracts,
                                           const QHash<QString, std::size_t> &index,
                                           std::vector<Clause> Contract::*list)
{
    const EntityDescriptor<Clause> &d = Clause::descriptor();
    std::map<ClauseKey, std::size_t> positions;
    SqlRowReader row(c, QString::fromLatin1(d.sqlTable),
                     DescribedSql::select(d, {QStringLiteral("contract_id"), QStringLiteral("position")},
                                          QStringLiteral("contract_id, position")));
    while (row.next()) {
        Contract &k = owner(contracts, index, row);
        Clause clause;
        DescribedSql::readValues(row, 2, d, clause);
        for (const FieldDescriptor<Clause> &f : d.fields) // side tables fill these (not "all")
            if (f.classTable)
                (clause.*f.classes).clear();
        positions[{k.id, row.integer(1, 0, kMaxInt)}] = (k.*list).size();
        (k.*list).push_back(std::move(clause));
    }
    return positions;
}

/// A described clause kind and its class sets kept in side tables; the
/// clauses' positions in their contracts.
template <typename Member>
std::map<ClauseKey, std::size_t> readClauses(const SqliteConnection &c, std::vector<Contract> &contracts,
                                             const QHash<QString, std::size_t> &index, Member member)
{
    std::map<ClauseKey, std::size_t> positions = readOwned(c, contracts, index, member);
    for (const auto &f : ClauseKind<Member>::descriptor().fields)
        if (f.classTable)
            readClasses(c, QString::fromLatin1(f.classTable), contracts, index, positions, member, f.classes);
    return positions;
}

} // namespace

std::vector<Contract> ContractReader::read(const SqliteConnection &c)
{
    std::vector<Contract> contracts;
    QHash<QString, std::size_t> index;
    {
        // The described columns, then the start and end as month and full date (Contract::descriptor()).
        const EntityDescriptor<Contract> &d = Contract::descriptor();
        const QStringList described = DescribedSql::columns(d, {});
        const int dates = int(described.size());
        SqlRowReader row(c, QStringLiteral("contracts"),
                         QStringLiteral("SELECT %1, start_month, end_month, start_date, end_date FROM contracts "
                                        "ORDER BY position, id")
                             .arg(described.join(QStringLiteral(", "))));
        while (row.next()) {
            Contract k;
            DescribedSql::readValues(row, 0, d, k);
            k.start = row.month(dates);
            k.end = row.month(dates + 1);
            k.startDate = row.optionalDate(dates + 2);
            k.endDate = row.optionalDate(dates + 3);
            index.insert(k.id, contracts.size());
            contracts.push_back(std::move(k));
        }
    }

    // The commitment's own fields and classes as described; its years and tiers below.
    const std::map<ClauseKey, std::size_t> commitmentIndex = readClauses(c, contracts, index, &Contract::commitments);
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
    {
        // docs/rules.md §12.2: the discount schedule, in its stored order.
        const EntityDescriptor<CommitmentTier> &d = CommitmentTier::descriptor();
        SqlRowReader row(c, QStringLiteral("commitment_tiers"),
                         DescribedSql::select(d, {QStringLiteral("contract_id"), QStringLiteral("clause_position"),
                                                  QStringLiteral("position")},
                                              QStringLiteral("contract_id, clause_position, position")));
        while (row.next()) {
            Contract &k = owner(contracts, index, row);
            const auto it = commitmentIndex.find({k.id, row.integer(1, 0, kMaxInt)});
            if (it == commitmentIndex.end())
                row.failRow(QStringLiteral("refers to a commitment clause that does not exist"));
            // Kept as stored; ProjectValidator reports tiers that do not ascend.
            CommitmentTier tier;
            DescribedSql::readValues(row, 3, d, tier);
            k.commitments[it->second].tiers.push_back(tier);
        }
    }

    Contract::forEachClauseKind([&](auto member) { readClauses(c, contracts, index, member); });
    return contracts;
}

} // namespace hp
