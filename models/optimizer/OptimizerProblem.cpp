#include "OptimizerProblem.h"

#include "analysis/InputPerturbation.h"
#include "analysis/TrialRandom.h"

#include <algorithm>

namespace hp {

namespace {

QString unitKey(const QString &unit) { return unit.trimmed().toCaseFolded(); }

void requireNonNegative(const std::optional<Decimal> &limit, const char *option)
{
    if (limit && limit->isNegative())
        throw OptimizerInputError(QStringLiteral("--%1 must not be negative (got %2)").arg(QLatin1String(option), limit->toString()));
}

const OptimizerRequest &checked(const Project &project, const OptimizerRequest &r)
{
    if (r.scenario.isEmpty() || !project.scenario(r.scenario))
        throw OptimizerInputError(QStringLiteral("unknown scenario '%1'").arg(r.scenario));
    const Int128 hundred = Decimal::hundred().raw();
    if (r.stepPct < Decimal::fromString(u"0.01") || r.stepPct.raw() > hundred || hundred % r.stepPct.raw() != 0)
        throw OptimizerInputError(QStringLiteral("--step must divide 100 and be at least 0.01 (got %1)").arg(r.stepPct.toString()));
    const OptimizerLimits &l = r.limits;
    requireNonNegative(l.maxExpectedExposure, "max-expected-exposure");
    requireNonNegative(l.maxGrossExposure, "max-gross-exposure");
    requireNonNegative(l.maxHhi, "max-hhi");
    requireNonNegative(l.maxSingleHomedPct, "max-single-homed-pct");
    requireNonNegative(l.maxSwitching, "max-switching");
    if (l.minProviders && *l.minProviders < 0)
        throw OptimizerInputError(QStringLiteral("--min-providers must not be negative (got %1)").arg(*l.minProviders));
    if (r.dualRunMonths < 0)
        throw OptimizerInputError(QStringLiteral("--dual-run must not be negative (got %1)").arg(r.dualRunMonths));
    if (r.trials < 1)
        throw OptimizerInputError(QStringLiteral("--trials must be at least 1 (got %1)").arg(r.trials));
    if (r.timeLimitSeconds && !(*r.timeLimitSeconds > 0))
        throw OptimizerInputError(QStringLiteral("--time-limit must be a positive number of seconds"));
    return r;
}

YearMonth fromMonth(const ResolvedScenario &s, const OptimizerRequest &r)
{
    const YearMonth last = s.start.plusMonths(s.months - 1);
    if (!r.from)
        return s.months > 1 ? s.start.plusMonths(1) : s.start;
    if (*r.from < s.start || *r.from > last)
        throw OptimizerInputError(QStringLiteral("--from %1 lies outside the horizon of '%2' (%3 to %4)")
                                      .arg(r.from->toString(), s.name, s.start.toString(), last.toString()));
    return *r.from;
}

bool placedAt(const ResolvedScenario &s, const QString &workload, YearMonth m)
{
    const auto it = s.timelines.constFind(workload);
    return it != s.timelines.cend()
        && std::any_of(it->begin(), it->end(), [&](const Placement &p) { return p.from <= m; });
}

std::vector<WorkloadOptions> optionsFor(const Project &project, const ResolvedScenario &s, YearMonth from, const QStringList &asked)
{
    for (const QString &id : asked)
        if (!project.workload(id))
            throw OptimizerInputError(QStringLiteral("unknown workload '%1'").arg(id));
    std::vector<WorkloadOptions> out;
    for (const Workload &w : project.workloads) {
        const bool chosen = asked.isEmpty() ? placedAt(s, w.id, from) : asked.contains(w.id);
        if (!chosen)
            continue;
        WorkloadOptions o{w.id, {}};
        for (const Offering &off : project.offerings)
            if (unitKey(off.unit) == unitKey(w.unit))
                o.offerings.push_back(off.id);
        if (o.offerings.empty())
            throw OptimizerInputError(QStringLiteral("workload '%1': no offering has its unit '%2'").arg(w.id, w.unit));
        out.push_back(std::move(o));
    }
    if (out.empty())
        throw OptimizerInputError(QStringLiteral("scenario '%1' places no workload at %2; name them with --workloads")
                                      .arg(s.name, from.toString()));
    return out;
}

} // namespace

OptimizerProblem::OptimizerProblem(const Project &project, const OptimizerRequest &request)
    : m_project(project)
    , m_request(checked(project, request))
    , m_resolved(ScenarioResolver::resolve(project, request.scenario))
    , m_from(fromMonth(m_resolved, request))
    , m_grid(optionsFor(project, m_resolved, m_from, request.workloads), request.stepPct)
{
    std::vector<QString> ids;
    for (int w = 0; w < m_grid.workloadCount(); ++w) {
        const QString &id = m_grid.workload(w).workloadId;
        ids.push_back(id);
        // The base's rows before `from`, and the shares in force at `from`.
        std::vector<Placement> before;
        std::vector<Allocation> atFrom;
        for (const Placement &p : m_resolved.timelines.value(id)) {
            if (p.from < m_from)
                before.push_back(p);
            if (p.from <= m_from)
                atFrom = p.allocations;
        }
        const std::vector<int> v = atFrom.empty() ? m_grid.single(w, 0) : m_grid.nearest(w, atFrom);
        m_basePlan.insert(m_basePlan.end(), v.begin(), v.end());
        m_prefix.push_back(std::move(before));
    }
    const bool residencyRules = std::any_of(ids.begin(), ids.end(), [&project](const QString &id) {
        const Workload *w = project.workload(id);
        return w && !w->residency.isEmpty();
    });
    // docs/rules.md §12.1: `capacity` applies when an offering the plan may use has a capacity.
    bool capacityRules = false;
    for (int w = 0; w < m_grid.workloadCount(); ++w)
        for (const QString &id : m_grid.workload(w).offerings) {
            const Offering *o = project.offering(id);
            capacityRules = capacityRules || (o && (o->capacityUnits || !o->capacitySchedule.empty()));
        }
    m_constraints = OptimizerConstraints(m_request.limits, fromIndex(), std::move(ids), residencyRules, capacityRules);

    m_candidateName = QStringLiteral("optimizer candidate");
    for (int k = 2; project.scenario(m_candidateName); ++k)
        m_candidateName = QStringLiteral("optimizer candidate %1").arg(k);

    if (m_request.objective == OptimizerObjective::P90) {
        m_ranges = m_resolved.uncertainties;
        InputPerturbation::checkTargets(project, m_request.scenario, m_ranges);
        if (!m_ranges.empty()) {
            for (int i = 0; i < m_request.trials; ++i) {
                TrialRandom rng(m_request.seed, std::uint64_t(i));
                std::vector<double> values;
                for (const UncertaintyRange &r : m_ranges)
                    values.push_back(rng.sample(r.distribution));
                m_draws.push_back(std::move(values));
            }
        }
    }
}

std::vector<Placement> OptimizerProblem::planPlacements(const SharePlan &plan) const
{
    std::vector<Placement> out;
    for (int w = 0; w < m_grid.workloadCount(); ++w)
        out.push_back({m_grid.workload(w).workloadId, m_from, m_grid.allocations(plan, w), m_request.dualRunMonths});
    return out;
}

Scenario OptimizerProblem::scenarioFor(const SharePlan &plan, const QString &name) const
{
    Scenario s;
    s.name = name;
    s.parent = m_request.scenario;
    const std::vector<Placement> own = planPlacements(plan);
    for (int w = 0; w < m_grid.workloadCount(); ++w) {
        const std::vector<Placement> &before = m_prefix[std::size_t(w)];
        s.placements.insert(s.placements.end(), before.begin(), before.end());
        s.placements.push_back(own[std::size_t(w)]);
    }
    return s;
}

std::vector<SharePlan> OptimizerProblem::providerStarts() const
{
    std::vector<const Provider *> providers;
    for (const Provider &p : m_project.providers)
        providers.push_back(&p);
    std::sort(providers.begin(), providers.end(), [](const Provider *a, const Provider *b) { return a->id < b->id; });
    std::vector<SharePlan> starts;
    for (const Provider *provider : providers) {
        SharePlan plan = m_basePlan;
        bool any = false;
        for (int w = 0; w < m_grid.workloadCount(); ++w) {
            int best = -1;
            const std::vector<QString> &offerings = m_grid.workload(w).offerings;
            for (int k = 0; k < int(offerings.size()); ++k) {
                const Offering *o = m_project.offering(offerings[std::size_t(k)]);
                if (o->providerId == provider->id
                    && (best < 0 || o->unitPrice < m_project.offering(offerings[std::size_t(best)])->unitPrice))
                    best = k;
            }
            if (best < 0)
                continue;
            any = true;
            const std::vector<int> v = m_grid.single(w, best);
            std::copy(v.begin(), v.end(), plan.begin() + m_grid.offset(w));
        }
        if (any)
            starts.push_back(std::move(plan));
    }
    return starts;
}

Decimal OptimizerProblem::riskAdjustedTotal(const TotalFigures &totals)
{
    return totals.riskAdjustedTotal; // §11.5: total + expected exposure + revenue at risk, from the engine
}

QString OptimizerProblem::objectiveName(OptimizerObjective objective)
{
    switch (objective) {
    case OptimizerObjective::Npv: return QStringLiteral("npv");
    case OptimizerObjective::Total: return QStringLiteral("total");
    case OptimizerObjective::RiskAdjusted: return QStringLiteral("risk_adjusted");
    case OptimizerObjective::P90: return QStringLiteral("p90");
    }
    return {};
}

} // namespace hp
