#include "canonical/CanonicalFiles.h"
#include "canonical/CanonicalReadContext.h"
#include "canonical/DescribedCsv.h"
#include "canonical/ScenarioCsvReader.h"

#include <map>
#include <tuple>
#include <vector>

namespace hp {

namespace {

const QString kScenario = QStringLiteral("scenario");

Scenario *scenarioOf(CanonicalReadContext &ctx, CsvTable::Row &row)
{
    const QString name = row.required(kScenario);
    Scenario *s = ctx.scenario(name);
    if (!s && !name.isEmpty())
        row.error(kScenario, QStringLiteral("unknown scenario '%1' (not in scenarios.csv)").arg(name));
    return s;
}

void readScenarios(CanonicalReadContext &ctx)
{
    auto t = ctx.open(QStringLiteral("scenarios.csv"));
    if (!t)
        return;
    auto &scenarios = ctx.project().scenarios;
    // A parent may come after its child: checked once every scenario is read. The
    // rows are read once (a stream), so each parent is kept with its line and cell.
    struct ParentCell {
        int line;
        QString name;
        QString raw;
    };
    std::vector<ParentCell> parents;
    for (auto &row : t->rows()) {
        Scenario s;
        DescribedCsv::read(row, Scenario::descriptor(), s);
        if (s.parent.isEmpty() && (!s.start || !s.months) && !row.isEmpty(QStringLiteral("name")))
            row.error(s.start ? QStringLiteral("months") : QStringLiteral("start_month"),
                      QStringLiteral("a scenario without a parent needs start_month and months"));
        if (!s.parent.isEmpty())
            parents.push_back({row.line(), s.parent, row.raw(QStringLiteral("parent"))});
        if (ctx.scenario(s.name))
            row.error(QStringLiteral("name"), QStringLiteral("duplicate scenario '%1'").arg(s.name));
        else if (!s.name.isEmpty())
            scenarios.push_back(s);
    }
    for (const ParentCell &parent : parents)
        if (!ctx.scenario(parent.name))
            t->errors().push_back({t->fileName(), parent.line, t->columnNumber(QStringLiteral("parent")),
                                   QStringLiteral("unknown parent scenario '%1'").arg(parent.name), parent.raw});
    ctx.collect(*t);
}

void readPlacements(CanonicalReadContext &ctx)
{
    auto t = ctx.open(QStringLiteral("placements.csv"));
    if (!t)
        return;
    using Key = std::tuple<QString, QString, int>; // scenario, workload, from-month index
    std::map<Key, std::pair<std::size_t, int>> groups; // → index in the scenario's placements, first line
    for (auto &row : t->rows()) {
        Scenario *s = scenarioOf(ctx, row);
        const QString workload = row.required(QStringLiteral("workload_id"));
        const auto from = row.month(QStringLiteral("from_month"), true);
        const QString offering = row.required(QStringLiteral("offering_id"));
        const auto share = row.percent(QStringLiteral("share_pct"), true);
        const int dualRun = row.integer(QStringLiteral("dual_run_months")).value_or(0);
        if (!s || workload.isEmpty() || !from || offering.isEmpty() || !share)
            continue;
        const Key key{s->name, workload, from->index()};
        auto it = groups.find(key);
        if (it == groups.end()) {
            s->placements.push_back({workload, *from, {{offering, *share}}, dualRun});
            groups.emplace(key, std::pair{s->placements.size() - 1, row.line()});
            continue;
        }
        Placement &p = s->placements[it->second.first];
        if (p.dualRunMonths != dualRun)
            row.error(QStringLiteral("dual_run_months"),
                      QStringLiteral("dual_run_months differs from line %1 of the same placement").arg(it->second.second));
        p.allocations.push_back({offering, *share});
    }
    ctx.collect(*t);
}

void readUncertainty(CanonicalReadContext &ctx)
{
    auto t = ctx.open(QStringLiteral("uncertainty.csv"));
    if (!t)
        return;
    for (auto &row : t->rows()) {
        Scenario *s = scenarioOf(ctx, row);
        UncertaintyRange u;
        DescribedCsv::read(row, UncertaintyRange::descriptor(), u);
        if (s)
            s->uncertainties.push_back(u);
    }
    ctx.collect(*t);
}

} // namespace

void ScenarioCsvReader::read(CanonicalReadContext &ctx)
{
    readScenarios(ctx);
    readPlacements(ctx);
    readUncertainty(ctx);
}

} // namespace hp
