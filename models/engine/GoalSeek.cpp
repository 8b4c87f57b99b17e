#include "GoalSeek.h"

#include "engine/ScenarioEngine.h"
#include "engine/ScenarioResolver.h"

#include <functional>

namespace hp {

namespace {

/// Shares × (1 − s) with s points added to the target; the rounding residue
/// (if any) goes to the largest share so the sum stays exactly 100.
std::vector<Allocation> moved(const std::vector<Allocation> &shares, const QString &target, Decimal sharePct)
{
    const Decimal keep = Decimal::one() - sharePct.percentToFraction();
    std::vector<Allocation> out;
    Decimal sum;
    bool hasTarget = false;
    for (const Allocation &a : shares) {
        Allocation b{a.offeringId, a.sharePct * keep};
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

/// Bisection over [0, 100] points for the boundary of `ok`; `smallest`
/// looks for the smallest passing share, else the largest.
GoalSeekResult bisect(const std::function<bool(Decimal)> &ok, bool smallest, const QString &goal)
{
    const Decimal zero, hundred = Decimal::hundred();
    const Decimal tolerance = Decimal::fromString(u"0.1");
    if (smallest) {
        if (ok(zero))
            return {true, zero, QString()};
        if (!ok(hundred))
            return {false, zero, QStringLiteral("not reachable: even 100 % moved does not %1").arg(goal)};
    } else {
        if (ok(hundred))
            return {true, hundred, QString()};
        if (!ok(zero))
            return {false, zero, QStringLiteral("not reachable: even 0 % moved does not %1").arg(goal)};
    }
    Decimal lo = zero, hi = hundred; // smallest: ok(hi), !ok(lo); largest: ok(lo), !ok(hi)
    while (hi - lo > tolerance) {
        const Decimal mid = ((lo + hi) / Decimal::fromInt(2)).roundedTo(3);
        if (ok(mid) == smallest)
            hi = mid;
        else
            lo = mid;
    }
    return {true, smallest ? hi : lo, QString()};
}

} // namespace

Project GoalSeek::withShareMoved(const Project &project, const ShareMove &move, Decimal sharePct)
{
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
    auto ok = [&](Decimal share) {
        const EngineResult r = ScenarioEngine(withShareMoved(project, move, share)).evaluate(move.scenario);
        for (const ProviderResult &p : r.providers)
            for (const CommitmentYearResult &y : p.commitments)
                if (y.contractId == contractId && (y.shortfall.isPositive() || y.projectedShortfall.isPositive()))
                    return false;
        return true;
    };
    return bisect(ok, true, QStringLiteral("keep %1 free of shortfall").arg(contractId));
}

GoalSeekResult GoalSeek::largestShareUnderExposure(const Project &project, const ShareMove &move, Decimal limit)
{
    auto ok = [&](Decimal share) {
        return ScenarioEngine(withShareMoved(project, move, share)).evaluate(move.scenario).totals.expectedExposure <= limit;
    };
    return bisect(ok, false, QStringLiteral("keep expected exposure under %1").arg(limit.toCents()));
}

} // namespace hp
