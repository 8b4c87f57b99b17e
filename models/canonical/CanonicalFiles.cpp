#include "CanonicalFiles.h"

#include "canonical/DescribedCsv.h"
#include "domain/Project.h"

#include <map>

namespace hp {

namespace {
QStringList L(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out << QString::fromLatin1(n);
    return out;
}

/// The columns of an entity with a descriptor (docs/architecture.md "Descriptors").
template <class T>
std::pair<const QString, CanonicalColumns> described(const char *file, const EntityDescriptor<T> &d,
                                                     std::initializer_list<const char *> keys = {},
                                                     std::initializer_list<const char *> extensions = {},
                                                     std::initializer_list<const char *> presentColumns = {})
{
    const auto columns = DescribedCsv::columns(d, L(keys), L(extensions), L(presentColumns));
    return {QString::fromLatin1(file), CanonicalColumns{columns.first, columns.second}};
}

/// `<entity>.csv` of every clause kind of Contract::forEachClauseKind.
QStringList clauseFiles()
{
    QStringList out;
    Contract::forEachClauseKind([&](auto member) {
        out << QString::fromLatin1(ClauseKind<decltype(member)>::descriptor().entity) + QStringLiteral(".csv");
    });
    return out;
}

std::map<QString, CanonicalColumns> makeTable()
{
    std::map<QString, CanonicalColumns> t{
        {QStringLiteral("project.csv"), {L({"key", "value"}), {}}},
        {QStringLiteral("exchange_rates.csv"), {L({"currency", "rate"}), {}}},
        described("providers.csv", Provider::descriptor()),
        described("egress.csv", EgressTier::descriptor(), {"provider_id"}, {}, {"up_to_gb"}),
        described("offerings.csv", Offering::descriptor()),
        described("capacity.csv", CapacityStep::descriptor(), {"offering_id"}),
        described("workloads.csv", Workload::descriptor()),
        described("contracts.csv", Contract::descriptor()),
        described("commitments.csv", CommitmentClause::descriptor(), {"contract_id", "year", "amount"}, {"clause"}),
        described("commitment_tiers.csv", CommitmentTier::descriptor(), {"contract_id"}, {"clause"}),
        described("scenarios.csv", Scenario::descriptor(), {}, {}, {"start_month", "months"}),
        {QStringLiteral("placements.csv"),
         {L({"scenario", "workload_id", "from_month", "offering_id", "share_pct"}), L({"dual_run_months"})}},
        described("uncertainty.csv", UncertaintyRange::descriptor(), {"scenario"}),
        described("actuals.csv", Actual::descriptor()),
    };
    Contract::forEachClauseKind([&](auto member) {
        const auto &d = ClauseKind<decltype(member)>::descriptor();
        const auto columns = DescribedCsv::columns(d, L({"contract_id"}), {}, {});
        t.emplace(QString::fromLatin1(d.entity) + QStringLiteral(".csv"), CanonicalColumns{columns.first, columns.second});
    });
    return t;
}

const std::map<QString, CanonicalColumns> &table()
{
    static const std::map<QString, CanonicalColumns> t = makeTable();
    return t;
}
} // namespace

const QStringList &CanonicalFiles::fileNames()
{
    static const QStringList names = L({"project.csv", "exchange_rates.csv", "providers.csv", "egress.csv",
                                        "offerings.csv", "capacity.csv", "workloads.csv", "contracts.csv",
                                        "commitments.csv", "commitment_tiers.csv"})
                                     + clauseFiles()
                                     + L({"scenarios.csv", "placements.csv", "uncertainty.csv", "actuals.csv"});
    return names;
}

const CanonicalColumns &CanonicalFiles::columns(const QString &fileName)
{
    return table().at(fileName);
}

} // namespace hp
