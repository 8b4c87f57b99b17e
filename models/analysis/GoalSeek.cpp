#include "GoalSeek.h"

#include "engine/ScenarioEngine.h"
#include "engine/ScenarioResolver.h"

#include <algorithm>
#include <functional>

namespace hp {

namespace {

/// Shares × (1 − s) with s points added to the target; the rounding residue
/// (if any) goes to the largest share so the sum stays exactly 100.
std::vector<Allocation> moved(const std::vector<Allocation> &shares, const QString &target, Decimal sharePct)
{
    const Decimal keepPct = Decimal::hundred() - sharePct;
    std::vector<Allocation> out;
    Decimal sum;
    bool hasTarget = false;
    for (const Allocation &a : shares) {
        Allocation b{a.offeringId, Decimal::percentProduct({a.sharePct, keepPct})};
        if (a.offeringId == target) {
            b.sharePct += sharePct;
            hasTarget = true;
        }
        sum += b.sharePct;
        out.push_back(b);
    }
    if (!hasTarget) {
        out.push_back({target, sharePct});
        sum += sharePct;
    }
    const Decimal residue = Decimal::hundred() - sum;
    if (!residue.isZero()) {
        auto largest = std::max_element(out.begin(), out.end(), [](const Allocation &a, const Allocation &b) { return a.sharePct < b.sharePct; });
        largest->sharePct += residue;
    }
    std::erase_if(out, [](const Allocation &a) { return a.sharePct.isZero(); });
    return out;
}

/// One evaluation of the goal: does the share pass, and the figure measured.
struct Probe {
    bool ok = false;
    Decimal figure;
};

/// Bisection over [0, 100] points for the boundary of `probe`; `smallest`
/// looks for the smallest passing share, else the largest.
GoalSeekResult bisect(const std::function<Probe(Decimal)> &probe, bool smallest, const QString &goal)
{
    const Decimal zero, hundred = Decimal::hundred();
    const Decimal tolerance = Decimal::fromString(u"0.1");
    GoalSeekResult result;
    auto run = [&](Decimal share) {
        ++result.evaluations;
        return probe(share);
    };
    const Decimal easy = smallest ? zero : hundred, hard = smallest ? hundred : zero;
    if (const Probe p = run(easy); p.ok) {
        result.reachable = true;
        result.sharePct = easy;
        result.figure = p.figure;
        return result;
    }
    const Probe atHard = run(hard);
    if (!atHard.ok) {
        result.figure = atHard.figure;
        result.message = QStringLiteral("not reachable: even %1 % moved does not %2").arg(hard.toString(), goal);
        return result;
    }
    Decimal pass = hard, fail = easy;
    Probe atPass = atHard;
    while ((pass - fail).abs() > tolerance) {
        const Decimal mid = ((pass + fail) / Decimal::fromInt(2)).roundedTo(3);
        const Probe p = run(mid);
        if (p.ok) {
            pass = mid;
            atPass = p;
        } else {
            fail = mid;
        }
    }
    result.reachable = true;
    result.sharePct = pass;
    result.figure = atPass.figure;
    return result;
}

void requireContract(const Project &project, const QString &contractId)
{
    if (!project.contract(contractId))
        throw EngineError(QStringLiteral("unknown contract '%1'").arg(contractId));
}

} // namespace

Project GoalSeek::withShareMoved(const Project &project, const ShareMove &move, Decimal sharePct)
{
    if (sharePct.isNegative() || sharePct > Decimal::hundred())
        throw EngineError(QStringLiteral("a share of %1 % is outside 0–100 %").arg(sharePct.toString()));
    if (!project.workload(move.workloadId))
        throw EngineError(QStringLiteral("unknown workload '%1'").arg(move.workloadId));
    if (!project.offering(move.targetOffering))
        throw EngineError(QStringLiteral("unknown offering '%1'").arg(move.targetOffering));
    Project p = project;
    const ResolvedScenario resolved = ScenarioResolver::resolve(project, move.scenario);
    std::vector<Placement> timeline = resolved.timelines.value(move.workloadId);
    if (timeline.empty())
        throw EngineError(QStringLiteral("workload '%1' has no placement in scenario '%2'").arg(move.workloadId, move.scenario));
    // The placement in force at `from` starts again at `from` when none does.
    const Placement *inForce = nullptr;
    for (const Placement &pl : timeline)
        if (pl.from <= move.from)
            inForce = &pl;
    if (inForce && inForce->from != move.from)
        timeline.push_back({move.workloadId, move.from, inForce->allocations, 0});
    for (Placement &pl : timeline)
        if (pl.from >= move.from)
            pl.allocations = moved(pl.allocations, move.targetOffering, sharePct);
    Scenario *s = p.scenario(move.scenario);
    std::erase_if(s->placements, [&](const Placement &pl) { return pl.workloadId == move.workloadId; });
    s->placements.insert(s->placements.end(), timeline.begin(), timeline.end());
    return p;
}

GoalSeekResult GoalSeek::smallestShareWithoutShortfall(const Project &project, const ShareMove &move, const QString &contractId)
{
    requireContract(project, contractId);
    if (project.contract(contractId)->commitments.empty())
        throw EngineError(QStringLiteral("contract '%1' has no commitment clause").arg(contractId));
    auto probe = [&](Decimal share) {
        const EngineResult r = ScenarioEngine(withShareMoved(project, move, share), EngineOptions{true, false}).evaluate(move.scenario);
        Decimal left;
        for (const ProviderResult &p : r.providers)
            for (const CommitmentYearResult &y : p.commitments)
                if (y.contractId == contractId)
                    left += y.shortfall + y.projectedShortfall;
        return Probe{left.isZero(), left};
    };
    return bisect(probe, true, QStringLiteral("keep %1 free of shortfall").arg(contractId));
}

GoalSeekResult GoalSeek::largestShareUnderExposure(const Project &project, const ShareMove &move, Decimal limit,
                                                   const QString &contractId)
{
    if (!contractId.isEmpty())
        requireContract(project, contractId);
    auto probe = [&](Decimal share) {
        const EngineResult r = ScenarioEngine(withShareMoved(project, move, share), EngineOptions{true, false}).evaluate(move.scenario);
        Decimal exposure;
        if (contractId.isEmpty())
            exposure = r.totals.expectedExposure;
        else
            for (const Violation &v : r.violations)
                if (v.contractId == contractId)
                    exposure += v.expectedExposure;
        return Probe{exposure <= limit, exposure};
    };
    return bisect(probe, false, QStringLiteral("keep expected exposure at or under %1").arg(limit.toCents()));
}

} // namespace hp
