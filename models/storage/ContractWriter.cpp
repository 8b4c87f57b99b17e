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

/// The rows of a described clause kind (contract_id, position, fields…)
/// (docs/architecture.md "How to add a clause kind").
template <class Member>
void writeClauseRows(const SqliteConnection &connection, const std::vector<Contract> &contracts, Member member,
                     const ProjectWriter::TableWritten &written)
{
    using Clause = ClauseKind<Member>;
    const EntityDescriptor<Clause> &d = Clause::descriptor();
    const QByteArray what = QStringLiteral("%1 row").arg(QLatin1String(d.sqlTable)).toLatin1();
    SqlInsert clauses(connection, QString::fromLatin1(d.sqlTable),
                      DescribedSql::columns(d, {QStringLiteral("contract_id"), QStringLiteral("position")}));
    for (const Contract &c : contracts)
        DescribedSql::insertOwned(clauses, "contract", c, c.*member, what.constData());
    ProjectWriter::tell(written, {d.sqlTable});
}

/// The class sets of a described clause kind kept in side tables.
template <class Member>
void writeClauseClasses(const SqliteConnection &connection, const std::vector<Contract> &contracts, Member member,
                        const ProjectWriter::TableWritten &written)
{
    using Clause = ClauseKind<Member>;
    const EntityDescriptor<Clause> &d = Clause::descriptor();
    for (const FieldDescriptor<Clause> &f : d.fields) {
        if (!f.classTable)
            continue;
        SqlInsert classes(connection, QString::fromLatin1(f.classTable),
                          {QStringLiteral("contract_id"), QStringLiteral("clause_position"), QStringLiteral("class")});
        for (const Contract &c : contracts)
            for (std::size_t k = 0; k < (c.*member).size(); ++k)
                writeClasses(classes, c, k, (c.*member)[k].*f.classes, d.sqlTable);
        ProjectWriter::tell(written, {f.classTable});
    }
}

} // namespace

void ContractWriter::write(const SqliteConnection &connection, const std::vector<Contract> &contracts,
                           const ProjectWriter::TableWritten &written)
{
    // The described columns, then the start and end as month and full date (Contract::descriptor()).
    SqlInsert contractRows(connection, QStringLiteral("contracts"),
                           DescribedSql::columns(Contract::descriptor(), {QStringLiteral("position")})
                               << QStringLiteral("start_month") << QStringLiteral("end_month")
                               << QStringLiteral("start_date") << QStringLiteral("end_date"));
    for (std::size_t i = 0; i < contracts.size(); ++i) {
        const Contract &c = contracts[i];
        std::vector<SqlInsert::Value> values{qint64(i)};
        DescribedSql::appendValues(values, Contract::descriptor(), c);
        values.insert(values.end(), {SqlInsert::month(c.start), SqlInsert::month(c.end),
                                     c.startDate ? SqlInsert::Value(c.startDate->toString(Qt::ISODate)) : SqlInsert::null(),
                                     c.endDate ? SqlInsert::Value(c.endDate->toString(Qt::ISODate)) : SqlInsert::null()});
        contractRows.row(values, [&] { return QStringLiteral("contract '%1'").arg(c.id); });
    }
    ProjectWriter::tell(written, {"contracts"});
    Contract::forEachClauseKind([&](auto member) {
        writeClauseRows(connection, contracts, member, written);
        writeClauseClasses(connection, contracts, member, written);
    });
}

void ContractWriter::writeCommitments(const SqliteConnection &connection, const std::vector<Contract> &contracts,
                                      const ProjectWriter::TableWritten &written)
{
    // A commitment's own fields as described, its years and tiers, then its
    // eligible classes: the order of the tables in the file (a PostgreSQL save
    // sends the years while the classes are written).
    writeClauseRows(connection, contracts, &Contract::commitments, written);
    SqlInsert commitmentYears(connection, QStringLiteral("commitment_years"),
                              {QStringLiteral("contract_id"), QStringLiteral("clause_position"),
                               QStringLiteral("year"), QStringLiteral("amount")});
    SqlInsert commitmentTiers(connection, QStringLiteral("commitment_tiers"),
                              DescribedSql::columns(CommitmentTier::descriptor(),
                                                    {QStringLiteral("contract_id"), QStringLiteral("clause_position"),
                                                     QStringLiteral("position")}));
    for (const Contract &c : contracts) {
        const SqlInsert::Value id = SqlInsert::text(c.id);
        for (std::size_t k = 0; k < c.commitments.size(); ++k) {
            const CommitmentClause &cc = c.commitments[k];
            for (std::size_t y = 0; y < cc.yearAmounts.size(); ++y)
                commitmentYears.row({id, qint64(k), qint64(y + 1), SqlInsert::decimal(cc.yearAmounts[y])},
                                    [&] { return QStringLiteral("year %1 of %2").arg(y + 1).arg(clauseName(c, "commitment", k)); });
            for (std::size_t n = 0; n < cc.tiers.size(); ++n) { // docs/rules.md §12.2
                std::vector<SqlInsert::Value> values{id, qint64(k), qint64(n)};
                DescribedSql::appendValues(values, CommitmentTier::descriptor(), cc.tiers[n]);
                commitmentTiers.row(values, [&] { return QStringLiteral("tier %1 of %2").arg(n + 1).arg(clauseName(c, "commitment", k)); });
            }
        }
    }
    ProjectWriter::tell(written, {"commitment_years", "commitment_tiers"});
    writeClauseClasses(connection, contracts, &Contract::commitments, written);
}

} // namespace hp
