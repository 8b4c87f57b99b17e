#include "EntityTable.h"

#include "canonical/CanonicalFiles.h"
#include "canonical/DescribedCsv.h"
#include "import/ContractRegisterTable.h"

#include <QLocale>

#include <functional>

namespace hp {

namespace {

using Cell = std::optional<QString>;

/// Builds a table column by column with a kind per column.
class TableBuilder {
public:
    TableBuilder(const QString &entity, std::initializer_list<std::pair<const char *, CellKind>> columns)
    {
        m_table.entity = entity;
        for (const auto &[name, kind] : columns) {
            m_table.columns << QString::fromLatin1(name);
            m_table.kinds.push_back(kind);
        }
    }
    void row(std::vector<Cell> cells) { m_table.rows.push_back(std::move(cells)); }
    EntityTable take() { return std::move(m_table); }

private:
    EntityTable m_table;
};

Cell dec(Decimal d) { return d.toString(); }
Cell boolean(bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); }

using K = CellKind;

/// The table of an entity with a descriptor (docs/architecture.md
/// "Descriptors"), its columns after `keys`.
template <class T>
EntityTable describedTable(const EntityDescriptor<T> &d, std::initializer_list<std::pair<const char *, CellKind>> keys = {})
{
    EntityTable t;
    t.entity = QString::fromLatin1(d.entity);
    for (const auto &key : keys) {
        t.columns << QString::fromLatin1(key.first);
        t.kinds.push_back(key.second);
    }
    DescribedCsv::addColumns(t, d);
    return t;
}

/// One row per element of each owner's `list`, led by the owner's id.
template <class Owner, class T>
EntityTable ownedRows(const char *ownerKey, const std::vector<Owner> &owners, std::vector<T> Owner::*list,
                      QString Owner::*ownerId = &Owner::id)
{
    const EntityDescriptor<T> &d = T::descriptor();
    EntityTable t = describedTable(d, {{ownerKey, CellKind::Text}});
    for (const Owner &owner : owners)
        for (const T &x : owner.*list) {
            std::vector<Cell> row{owner.*ownerId};
            DescribedCsv::appendCells(row, d, x);
            t.rows.push_back(std::move(row));
        }
    return t;
}

template <class T>
EntityTable entityRows(const std::vector<T> &items)
{
    EntityTable t = describedTable(T::descriptor());
    for (const T &x : items) {
        std::vector<Cell> row;
        DescribedCsv::appendCells(row, T::descriptor(), x);
        t.rows.push_back(std::move(row));
    }
    return t;
}

EntityTable providers(const Project &p) { return entityRows(p.providers); }
EntityTable egress(const Project &p) { return ownedRows("provider_id", p.providers, &Provider::egressTiers); }
EntityTable offerings(const Project &p) { return entityRows(p.offerings); }
EntityTable actuals(const Project &p) { return entityRows(p.actuals); }
EntityTable capacity(const Project &p) { return ownedRows("offering_id", p.offerings, &Offering::capacitySchedule); }
EntityTable workloads(const Project &p) { return entityRows(p.workloads); }
EntityTable contracts(const Project &p) { return entityRows(p.contracts); }

/// One row per commitment year, the clause's fields repeated on each;
/// `clause` (an extension) numbers the clauses of a contract that has
/// several, empty for one.
EntityTable commitments(const Project &p)
{
    const EntityDescriptor<CommitmentClause> &d = CommitmentClause::descriptor();
    EntityTable t = describedTable(d, {{"contract_id", CellKind::Text}, {"year", CellKind::Integer}, {"amount", CellKind::Money}});
    t.columns << QStringLiteral("clause");
    t.kinds.push_back(CellKind::Integer);
    for (const Contract &c : p.contracts)
        for (std::size_t k = 0; k < c.commitments.size(); ++k) {
            const CommitmentClause &cc = c.commitments[k];
            const Cell clause = c.commitments.size() > 1 ? Cell(QString::number(k + 1)) : Cell();
            for (std::size_t y = 0; y < cc.yearAmounts.size(); ++y) {
                std::vector<Cell> row{c.id, QString::number(y + 1), cc.yearAmounts[y].toString()};
                DescribedCsv::appendCells(row, d, cc);
                row.push_back(clause);
                t.rows.push_back(std::move(row));
            }
        }
    return t;
}

/// docs/rules.md §12.2: one row per tier; `clause` numbers the clause as in
/// commitments (empty when the contract has one).
EntityTable commitmentTiers(const Project &p)
{
    const EntityDescriptor<CommitmentTier> &d = CommitmentTier::descriptor();
    EntityTable t = describedTable(d, {{"contract_id", CellKind::Text}});
    t.columns << QStringLiteral("clause");
    t.kinds.push_back(CellKind::Integer);
    for (const Contract &c : p.contracts)
        for (std::size_t k = 0; k < c.commitments.size(); ++k) {
            const Cell clause = c.commitments.size() > 1 ? Cell(QString::number(k + 1)) : Cell();
            for (const CommitmentTier &tier : c.commitments[k].tiers) {
                std::vector<Cell> row{c.id};
                DescribedCsv::appendCells(row, d, tier);
                row.push_back(clause);
                t.rows.push_back(std::move(row));
            }
        }
    return t;
}

EntityTable scenarios(const Project &p) { return entityRows(p.scenarios); }

EntityTable placements(const Project &p)
{
    TableBuilder b(QStringLiteral("placements"), {{"scenario", K::Text}, {"workload_id", K::Text}, {"from_month", K::Month},
                                                  {"offering_id", K::Text}, {"share_pct", K::Percent}, {"dual_run_months", K::Integer}});
    for (const Scenario &s : p.scenarios)
        for (const Placement &pl : s.placements)
            for (const Allocation &a : pl.allocations)
                b.row({s.name, pl.workloadId, pl.from.toString(), a.offeringId, dec(a.sharePct), QString::number(pl.dualRunMonths)});
    return b.take();
}

EntityTable uncertainty(const Project &p)
{
    return ownedRows("scenario", p.scenarios, &Scenario::uncertainties, &Scenario::name);
}

EntityTable exchangeRates(const Project &p)
{
    TableBuilder b(QStringLiteral("exchange_rates"), {{"currency", K::Text}, {"rate", K::Number}});
    for (const auto &[currency, rate] : p.exchangeRates)
        b.row({currency, dec(rate)});
    return b.take();
}

EntityTable projectSettings(const Project &p)
{
    TableBuilder b(QStringLiteral("project"), {{"key", K::Text}, {"value", K::Text}});
    b.row({QStringLiteral("title"), p.title});
    b.row({QStringLiteral("reporting_currency"), p.reportingCurrency});
    b.row({QStringLiteral("illustrative"), boolean(p.illustrative)});
    return b.take();
}

using Builders = std::vector<std::pair<QString, std::function<EntityTable(const Project &)>>>;

Builders makeBuilders()
{
    Builders all{
        {QStringLiteral("project"), projectSettings}, {QStringLiteral("exchange_rates"), exchangeRates},
        {QStringLiteral("providers"), providers}, {QStringLiteral("egress"), egress},
        {QStringLiteral("offerings"), offerings}, {QStringLiteral("capacity"), capacity},
        {QStringLiteral("workloads"), workloads},
        {QStringLiteral("contracts"), contracts}, {QStringLiteral("commitments"), commitments},
        {QStringLiteral("commitment_tiers"), commitmentTiers},
    };
    // The described clause kinds, one table each (docs/architecture.md "How to add a clause kind").
    Contract::forEachClauseKind([&](auto member) {
        all.emplace_back(QString::fromLatin1(ClauseKind<decltype(member)>::descriptor().entity),
                         [member](const Project &p) { return ownedRows("contract_id", p.contracts, member); });
    });
    all.insert(all.end(), {{QStringLiteral("scenarios"), scenarios}, {QStringLiteral("placements"), placements},
                           {QStringLiteral("uncertainty"), uncertainty}, {QStringLiteral("actuals"), actuals},
                           {QStringLiteral("register"), ContractRegisterTable::build}});
    return all;
}

const Builders &builders()
{
    static const Builders all = makeBuilders();
    return all;
}

} // namespace

QStringList EntityTables::entities()
{
    QStringList out;
    for (const auto &[name, fn] : builders())
        out << name;
    return out;
}

std::optional<EntityTable> EntityTables::build(const Project &project, const QString &entity)
{
    for (const auto &[name, fn] : builders())
        if (name == entity)
            return fn(project);
    return std::nullopt;
}

} // namespace hp
