#include "storage/ProjectReader.h"

#include "domain/Project.h"
#include "storage/ContractReader.h"
#include "storage/DescribedSql.h"
#include "storage/SqlRowReader.h"
#include "storage/SqliteConnection.h"

#include <QHash>

#include <limits>
#include <map>
#include <string_view>
#include <unordered_map>

namespace hp {

namespace {

constexpr qint64 kMaxInt = std::numeric_limits<int>::max();

template <typename Entity>
Entity &parentOf(std::vector<Entity> &items, const QHash<QString, std::size_t> &index, const SqlRowReader &row,
                 const QString &what)
{
    const QString key = row.text(0);
    const auto it = index.constFind(key);
    if (it == index.constEnd())
        row.failRow(QStringLiteral("refers to the unknown %1 '%2'").arg(what, key));
    return items[*it];
}

void readSettings(const SqliteConnection &c, Project &p)
{
    SqlRowReader row(c, QStringLiteral("project_settings"),
                     QStringLiteral("SELECT title, reporting_currency, illustrative FROM project_settings"));
    if (!row.next())
        row.failRow(QStringLiteral("the project settings are missing"));
    p.title = row.text(0);
    p.reportingCurrency = row.text(1);
    p.illustrative = row.boolean(2);

    SqlRowReader rate(c, QStringLiteral("exchange_rates"),
                      QStringLiteral("SELECT currency, rate FROM exchange_rates ORDER BY currency"));
    while (rate.next())
        p.exchangeRates[rate.text(0)] = rate.decimal(1);
}

/// Entities with an id, in project order (docs/architecture.md "Descriptors").
template <class T>
void readEntities(const SqliteConnection &c, std::vector<T> &items)
{
    const EntityDescriptor<T> &d = T::descriptor();
    SqlRowReader row(c, QString::fromLatin1(d.sqlTable), DescribedSql::select(d, {}, QStringLiteral("position, id")));
    while (row.next()) {
        T x;
        DescribedSql::readValues(row, 0, d, x);
        items.push_back(std::move(x));
    }
}

/// The rows of `list` under each of `owners` (owner id, position, fields…),
/// e.g. the egress tiers of providers or the capacity rows of offerings.
template <class Owner, class T>
void readOwned(const SqliteConnection &c, std::vector<Owner> &owners, std::vector<T> Owner::*list, const char *ownerKey,
               const QString &what)
{
    QHash<QString, std::size_t> index;
    for (std::size_t i = 0; i < owners.size(); ++i)
        index.insert(owners[i].id, i);
    const EntityDescriptor<T> &d = T::descriptor();
    const QString key = QString::fromLatin1(ownerKey);
    SqlRowReader row(c, QString::fromLatin1(d.sqlTable), DescribedSql::select(d, {key}, key + QStringLiteral(", position")));
    while (row.next()) {
        T x;
        DescribedSql::readValues(row, 1, d, x);
        (parentOf(owners, index, row, what).*list).push_back(std::move(x));
    }
}

void readScenarios(const SqliteConnection &c, Project &p)
{
    QHash<QString, std::size_t> index;
    SqlRowReader row(c, QStringLiteral("scenarios"),
                     DescribedSql::select(Scenario::descriptor(), {}, QStringLiteral("position, name")));
    while (row.next()) {
        Scenario s;
        DescribedSql::readValues(row, 0, Scenario::descriptor(), s);
        index.insert(s.name, p.scenarios.size());
        p.scenarios.push_back(std::move(s));
    }

    std::map<std::pair<QString, qint64>, std::size_t> placementIndex;
    SqlRowReader placement(c, QStringLiteral("placements"),
                           QStringLiteral("SELECT scenario, position, workload_id, from_month, dual_run_months "
                                          "FROM placements ORDER BY scenario, position"));
    while (placement.next()) {
        Scenario &s = parentOf(p.scenarios, index, placement, QStringLiteral("scenario"));
        Placement pl;
        pl.workloadId = placement.text(2);
        pl.from = placement.month(3);
        pl.dualRunMonths = int(placement.integer(4, 0, kMaxInt));
        placementIndex[{s.name, placement.integer(1, 0, kMaxInt)}] = s.placements.size();
        s.placements.push_back(std::move(pl));
    }

    SqlRowReader allocation(c, QStringLiteral("allocations"),
                            QStringLiteral("SELECT scenario, placement_position, offering_id, share_pct "
                                           "FROM allocations ORDER BY scenario, placement_position, position"));
    while (allocation.next()) {
        Scenario &s = parentOf(p.scenarios, index, allocation, QStringLiteral("scenario"));
        const auto it = placementIndex.find({s.name, allocation.integer(1, 0, kMaxInt)});
        if (it == placementIndex.end())
            allocation.failRow(QStringLiteral("refers to a placement that does not exist"));
        s.placements[it->second].allocations.push_back({allocation.text(2), allocation.decimal(3)});
    }

    // The described columns, then the parameters (doubles, read by hand: UncertaintyRange::descriptor()).
    const EntityDescriptor<UncertaintyRange> &ranges = UncertaintyRange::descriptor();
    const QStringList rangeColumns = DescribedSql::columns(ranges, {QStringLiteral("scenario")});
    const int parameters = int(rangeColumns.size());
    SqlRowReader range(c, QStringLiteral("uncertainty_ranges"),
                       QStringLiteral("SELECT %1, a, b, c FROM uncertainty_ranges ORDER BY scenario, position")
                           .arg(rangeColumns.join(QStringLiteral(", "))));
    while (range.next()) {
        Scenario &s = parentOf(p.scenarios, index, range, QStringLiteral("scenario"));
        UncertaintyRange u;
        DescribedSql::readValues(range, 1, ranges, u);
        u.distribution.a = range.real(parameters);
        u.distribution.b = range.real(parameters + 1);
        u.distribution.c = range.real(parameters + 2);
        s.uncertainties.push_back(std::move(u));
    }
}

void readActuals(const SqliteConnection &c, Project &p)
{
    p.actuals.reserve(std::size_t(c.scalar(QStringLiteral("SELECT count(*) FROM actuals")).toLongLong()));
    // Millions of rows repeat a few provider names and currencies: share one
    // copy of each text (looked up by a view of SQLite's buffer, so a repeated
    // text costs no allocation) instead of holding one per row.
    std::unordered_map<std::u16string_view, QString> texts;
    auto shared = [&texts](QStringView t) -> QString {
        const std::u16string_view key(t.utf16(), std::size_t(t.size()));
        if (const auto it = texts.find(key); it != texts.end())
            return it->second;
        QString copy = t.toString();
        if (texts.size() < 4096)
            texts.emplace(std::u16string_view(reinterpret_cast<const char16_t *>(copy.utf16()), std::size_t(copy.size())), copy);
        return copy;
    };
    SqlRowReader row(c, QStringLiteral("actuals"),
                     QStringLiteral("SELECT provider, month, billed_cost, effective_cost, currency FROM actuals "
                                    "ORDER BY position"));
    while (row.next())
        p.actuals.push_back({shared(row.textView(0)), row.month(1), row.decimal(2), row.decimal(3), shared(row.textView(4))});
}

} // namespace

Project ProjectReader::read(const SqliteConnection &connection)
{
    Project p;
    readSettings(connection, p);
    readEntities(connection, p.providers);
    readOwned(connection, p.providers, &Provider::egressTiers, "provider_id", QStringLiteral("provider"));
    readEntities(connection, p.offerings);
    readOwned(connection, p.offerings, &Offering::capacitySchedule, "offering_id", QStringLiteral("offering"));
    readEntities(connection, p.workloads);
    p.contracts = ContractReader::read(connection);
    readScenarios(connection, p);
    readActuals(connection, p);
    return p;
}

} // namespace hp
