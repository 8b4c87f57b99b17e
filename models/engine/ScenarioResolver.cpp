#include "ScenarioResolver.h"

#include "engine/ScenarioEngine.h"

#include <algorithm>
#include <set>

namespace hp {

std::vector<const Scenario *> ScenarioResolver::chain(const Project &project, const QString &scenarioName)
{
    std::vector<const Scenario *> out;
    std::set<QString> seen;
    QString name = scenarioName;
    while (!name.isEmpty()) {
        const Scenario *s = project.scenario(name);
        if (!s) {
            if (out.empty())
                throw EngineError(QStringLiteral("unknown scenario '%1'").arg(name));
            throw EngineError(QStringLiteral("scenario '%1' has an unknown parent '%2'").arg(out.back()->name, name));
        }
        if (!seen.insert(name).second)
            throw EngineError(QStringLiteral("scenario '%1' is its own ancestor (parent cycle)").arg(name));
        out.push_back(s);
        name = s->parent;
    }
    return out;
}

ResolvedScenario ScenarioResolver::resolve(const Project &project, const QString &scenarioName)
{
    const auto scenarios = chain(project, scenarioName);
    ResolvedScenario r;
    r.name = scenarioName;
    std::optional<YearMonth> start;
    std::optional<int> months;
    std::optional<Decimal> rate;
    std::optional<bool> settle;
    std::set<std::pair<int, QString>> rangeKeys;
    for (const Scenario *s : scenarios) {
        if (!start && s->start)
            start = s->start;
        if (!months && s->months)
            months = s->months;
        if (!rate && s->discountRatePct)
            rate = s->discountRatePct;
        if (!settle && s->settleDisputes)
            settle = s->settleDisputes;
        QHash<QString, std::vector<Placement>> own;
        for (const Placement &p : s->placements)
            own[p.workloadId].push_back(p);
        for (auto it = own.begin(); it != own.end(); ++it)
            if (!r.timelines.contains(it.key()))
                r.timelines.insert(it.key(), it.value());
        for (const UncertaintyRange &u : s->uncertainties)
            if (rangeKeys.insert({int(u.input), u.target}).second)
                r.uncertainties.push_back(u);
    }
    if (!start)
        throw EngineError(QStringLiteral("scenario '%1' has no start month (nor does any ancestor)").arg(scenarioName));
    if (!months)
        throw EngineError(QStringLiteral("scenario '%1' has no horizon length (nor does any ancestor)").arg(scenarioName));
    if (*months < 1 || *months > 240)
        throw EngineError(QStringLiteral("scenario '%1': horizon length %2 is outside 1–240 months").arg(scenarioName).arg(*months));
    r.start = *start;
    r.months = *months;
    r.discountRatePct = rate.value_or(Decimal());
    r.settleDisputes = settle.value_or(false);
    for (auto &timeline : r.timelines)
        std::stable_sort(timeline.begin(), timeline.end(),
                         [](const Placement &a, const Placement &b) { return a.from < b.from; });
    return r;
}

} // namespace hp
