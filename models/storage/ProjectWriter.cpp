#include "storage/ProjectWriter.h"

#include "domain/Project.h"
#include "storage/ContractWriter.h"
#include "storage/DescribedSql.h"
#include "storage/SqlInsert.h"
#include "storage/SqliteConnection.h"
#include "storage/StorageException.h"

namespace hp {

namespace {

QStringList columns(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out << QString::fromLatin1(n);
    return out;
}

void writeSettings(const SqliteConnection &c, const Project &p)
{
    SqlInsert settings(c, QStringLiteral("project_settings"),
                       columns({"id", "title", "reporting_currency", "illustrative"}));
    settings.row({qint64(1), SqlInsert::text(p.title), SqlInsert::text(p.reportingCurrency),
                  SqlInsert::boolean(p.illustrative)},
                 [] { return QStringLiteral("the project settings"); });
    SqlInsert rates(c, QStringLiteral("exchange_rates"), columns({"currency", "rate"}));
    for (const auto &entry : p.exchangeRates) {
        const QString &currency = entry.first; // a named reference: clang 14 cannot capture structured bindings
        rates.row({SqlInsert::text(currency), SqlInsert::decimal(entry.second)},
                  [&] { return QStringLiteral("the exchange rate of %1").arg(currency); });
    }
}

/// Entities with an id: (position, fields…) in project order.
template <class T>
void writeEntities(const SqliteConnection &c, const std::vector<T> &items, const char *what)
{
    const EntityDescriptor<T> &d = T::descriptor();
    SqlInsert rows(c, QString::fromLatin1(d.sqlTable), DescribedSql::columns(d, {QStringLiteral("position")}));
    for (std::size_t i = 0; i < items.size(); ++i) {
        std::vector<SqlInsert::Value> values{qint64(i)};
        DescribedSql::appendValues(values, d, items[i]);
        rows.row(values, [&] { return QStringLiteral("%1 '%2'").arg(QLatin1String(what), items[i].id); });
    }
}

/// The rows of `list` under each owner: (owner id, position, fields…), a
/// failing one named "<what> <n> of <ownerKind> '<id>'".
template <class Owner, class T>
void writeOwned(const SqliteConnection &c, const std::vector<Owner> &owners, std::vector<T> Owner::*list,
                const char *ownerKey, const char *ownerKind, const char *what)
{
    const EntityDescriptor<T> &d = T::descriptor();
    SqlInsert rows(c, QString::fromLatin1(d.sqlTable),
                   DescribedSql::columns(d, {QString::fromLatin1(ownerKey), QStringLiteral("position")}));
    for (const Owner &owner : owners)
        DescribedSql::insertOwned(rows, ownerKind, owner, owner.*list, what);
}

void writeScenarios(const SqliteConnection &c, const std::vector<Scenario> &scenarios)
{
    SqlInsert rows(c, QStringLiteral("scenarios"), DescribedSql::columns(Scenario::descriptor(), {QStringLiteral("position")}));
    SqlInsert placements(c, QStringLiteral("placements"),
                         columns({"scenario", "position", "workload_id", "from_month", "dual_run_months"}));
    SqlInsert allocations(c, QStringLiteral("allocations"),
                          columns({"scenario", "placement_position", "position", "offering_id", "share_pct"}));
    // The described columns, then the parameters (doubles, written by hand: UncertaintyRange::descriptor()).
    SqlInsert ranges(c, QStringLiteral("uncertainty_ranges"),
                     DescribedSql::columns(UncertaintyRange::descriptor(), columns({"scenario", "position"}))
                         + columns({"a", "b", "c"}));
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const Scenario &s = scenarios[i];
        const SqlInsert::Value name = SqlInsert::text(s.name);
        std::vector<SqlInsert::Value> scenarioValues{qint64(i)};
        DescribedSql::appendValues(scenarioValues, Scenario::descriptor(), s);
        rows.row(scenarioValues, [&] { return QStringLiteral("scenario '%1'").arg(s.name); });
        for (std::size_t k = 0; k < s.placements.size(); ++k) {
            const Placement &pl = s.placements[k];
            auto describe = [&] {
                return QStringLiteral("placement %1 (workload '%2') of scenario '%3'").arg(k + 1).arg(pl.workloadId, s.name);
            };
            placements.row({name, qint64(k), SqlInsert::text(pl.workloadId), SqlInsert::month(pl.from),
                            qint64(pl.dualRunMonths)},
                           describe);
            for (std::size_t a = 0; a < pl.allocations.size(); ++a) {
                const Allocation &al = pl.allocations[a];
                allocations.row({name, qint64(k), qint64(a), SqlInsert::text(al.offeringId),
                                 SqlInsert::decimal(al.sharePct)},
                                [&] { return QStringLiteral("share on offering '%1' in %2").arg(al.offeringId, describe()); });
            }
        }
        for (std::size_t k = 0; k < s.uncertainties.size(); ++k) {
            const UncertaintyRange &u = s.uncertainties[k];
            std::vector<SqlInsert::Value> values{name, qint64(k)};
            DescribedSql::appendValues(values, UncertaintyRange::descriptor(), u);
            values.insert(values.end(), {u.distribution.a, u.distribution.b, u.distribution.c});
            ranges.row(values,
                       [&] { return QStringLiteral("uncertainty range %1 of scenario '%2'").arg(k + 1).arg(s.name); });
        }
    }
}

/// The parent link is checked at COMMIT (a child may come before its parent);
/// check it here to name the scenario instead of "FOREIGN KEY constraint failed".
void checkScenarioParents(const SqliteConnection &c)
{
    SqliteStatement q = c.select(QStringLiteral("SELECT name, parent FROM scenarios WHERE parent IS NOT NULL "
                                          "AND parent NOT IN (SELECT name FROM scenarios) ORDER BY position"));
    if (q.next())
        throw StorageException(StorageError::Code::InvalidProject,
                               QStringLiteral("scenario '%1' names the parent scenario '%2', which does not exist")
                                   .arg(q.value(0).toString(), q.value(1).toString()));
}

void writeActuals(const SqliteConnection &c, const std::vector<Actual> &actuals)
{
    SqlInsert rows(c, QStringLiteral("actuals"),
                   columns({"position", "provider", "month", "billed_cost", "effective_cost", "currency"}));
    for (std::size_t i = 0; i < actuals.size(); ++i) {
        const Actual &a = actuals[i];
        rows.row({qint64(i), SqlInsert::text(a.provider), SqlInsert::month(a.month),
                  SqlInsert::decimal(a.billedCost), SqlInsert::decimal(a.effectiveCost), SqlInsert::text(a.currency)},
                 [&] { return QStringLiteral("actual %1 (provider '%2', %3)").arg(i + 1).arg(a.provider, a.month.toString()); });
    }
}

} // namespace

void ProjectWriter::tell(const TableWritten &written, std::initializer_list<const char *> tables)
{
    if (written)
        for (const char *table : tables)
            written(QString::fromLatin1(table));
}

void ProjectWriter::write(const SqliteConnection &connection, const Project &project, const TableWritten &written)
{
    writeSettings(connection, project);
    tell(written, {"project_settings", "exchange_rates"});
    writeEntities(connection, project.providers, "provider");
    writeOwned(connection, project.providers, &Provider::egressTiers, "provider_id", "provider", "egress tier");
    tell(written, {Provider::descriptor().sqlTable, EgressTier::descriptor().sqlTable});
    writeEntities(connection, project.offerings, "offering");
    writeOwned(connection, project.offerings, &Offering::capacitySchedule, "offering_id", "offering", "capacity row");
    tell(written, {Offering::descriptor().sqlTable, CapacityStep::descriptor().sqlTable});
    writeEntities(connection, project.workloads, "workload");
    tell(written, {Workload::descriptor().sqlTable});
    ContractWriter::write(connection, project.contracts, written);
    writeScenarios(connection, project.scenarios);
    checkScenarioParents(connection);
    tell(written, {"scenarios", "placements", "allocations", "uncertainty_ranges"});
    writeActuals(connection, project.actuals);
    tell(written, {"actuals"});
    // Last: in an imported register most rows are commitments (years, eligible classes).
    ContractWriter::writeCommitments(connection, project.contracts, written);
}

} // namespace hp
