#include "CommitmentSizing.h"

#include "engine/ExactRatio.h"
#include "analysis/MonteCarloSimulation.h"
#include "engine/ScenarioResolver.h"

#include <algorithm>

namespace hp {

namespace {

/// value × numerator ÷ denominator rounded once, half-even, to cents: the
/// exact quotient scaled by 1e-7 is rounded once to 1e-9 (= cents of the
/// value), then scaled back exactly.
Decimal ratioToCents(Decimal value, Decimal numerator, Decimal denominator)
{
    const Decimal e7 = Decimal::fromInt(10'000'000);
    return ExactRatio::of({value, numerator}, denominator * e7) * e7;
}

} // namespace

std::vector<Decimal> CommitmentSizing::scaledYears(const std::vector<Decimal> &years, Decimal target)
{
    Decimal today;
    for (Decimal a : years)
        today += a;
    std::vector<Decimal> out;
    out.reserve(years.size());
    Decimal sum;
    for (std::size_t y = 0; y + 1 < years.size(); ++y) {
        out.push_back(ratioToCents(years[y], target, today));
        sum += out.back();
    }
    if (!years.empty())
        out.push_back(target - sum); // docs/rules.md §12.2: the last year takes the remainder
    return out;
}

std::vector<Decimal> CommitmentSizing::candidateTotals(const CommitmentClause &clause)
{
    const Decimal today = clause.total();
    std::vector<Decimal> totals;
    for (const CommitmentTier &t : clause.tiers)
        totals.push_back(t.minTotal);
    for (int step = 0; step <= 40; ++step) // 0 %, 5 %, …, 200 % (docs/rules.md §12.2)
        totals.push_back(ratioToCents(today, Decimal::fromInt(step), Decimal::fromInt(20)));
    std::sort(totals.begin(), totals.end());
    totals.erase(std::unique(totals.begin(), totals.end()), totals.end());
    return totals;
}

QString CommitmentSizing::refusal(const Project &project, const SizingRequest &request)
{
    if (!project.scenario(request.scenario))
        return QStringLiteral("unknown scenario '%1'").arg(request.scenario);
    const Contract *contract = project.contract(request.contract);
    if (!contract)
        return QStringLiteral("unknown contract '%1'").arg(request.contract);
    const int count = int(contract->commitments.size());
    if (count == 0)
        return QStringLiteral("contract '%1' has no commitment clause").arg(request.contract);
    if (request.clause < 1 || request.clause > count)
        return QStringLiteral("contract '%1' has no commitment clause %2 (it has %3)")
            .arg(request.contract).arg(request.clause).arg(count);
    const CommitmentClause &clause = contract->commitments[std::size_t(request.clause - 1)];
    if (clause.tiers.empty())
        return QStringLiteral("commitment clause %1 of contract '%2' has no tiers (commitment_tiers.csv), so its discount "
                              "does not depend on its size: nothing to trade")
            .arg(request.clause).arg(request.contract);
    if (clause.total().isZero())
        return QStringLiteral("commitment clause %1 of contract '%2' commits 0 today: there is no ramp to scale")
            .arg(request.clause).arg(request.contract);
    if (request.trials < 1)
        return QStringLiteral("the number of trials must be at least 1 (is %1)").arg(request.trials);
    if (request.threads < 0)
        return QStringLiteral("the number of threads must be 0 (automatic) or more (is %1)").arg(request.threads);
    return {};
}

std::optional<SizingResult> CommitmentSizing::run(const Project &project, const SizingRequest &request,
                                                  const std::atomic<bool> *cancel, const Progress &progress)
{
    if (const QString why = refusal(project, request); !why.isEmpty())
        throw EngineError(why);
    const auto index = std::size_t(request.clause - 1);
    const CommitmentClause &clause = project.contract(request.contract)->commitments[index];
    const std::vector<Decimal> totals = candidateTotals(clause);

    SizingResult result;
    result.contract = request.contract;
    result.clause = request.clause;
    MonteCarloRequest mc;
    mc.scenario = request.scenario;
    mc.trials = request.trials;
    mc.seed = request.seed; // the same draws for every candidate (docs/rules.md §12.2)
    mc.threads = request.threads;
    // Without uncertainty ranges every trial is the same evaluation, so one
    // trial gives the same mean, P90 and shortfall share as any number of them.
    if (ScenarioResolver::resolve(project, request.scenario).uncertainties.empty())
        mc.trials = 1;
    const ShortfallWatch watch{request.contract, int(index)}; // p_shortfall: this clause's own

    Project work = project;
    Contract &contract = *std::find_if(work.contracts.begin(), work.contracts.end(),
                                       [&](const Contract &c) { return c.id == request.contract; });
    for (const Decimal total : totals) {
        CommitmentClause &sized = contract.commitments[index];
        sized.yearAmounts = scaledYears(clause.yearAmounts, total);
        const std::optional<MonteCarloResult> r = MonteCarloSimulation::run(work, mc, cancel, {}, watch);
        if (!r)
            return std::nullopt;
        SizingCandidate c;
        c.total = total;
        c.yearAmounts = sized.yearAmounts;
        c.discountPct = sized.effectiveDiscountPct();
        c.expectedTotal = r->total.mean;
        c.p90Total = r->total.p90;
        c.pShortfall = r->shortfallShare;
        result.candidates.push_back(std::move(c));
        if (progress)
            progress(int(result.candidates.size()), int(totals.size()));
    }
    // Least expected total; candidates ascend, so the first minimum is the smaller commitment on a tie.
    for (std::size_t i = 1; i < result.candidates.size(); ++i)
        if (result.candidates[i].expectedTotal < result.candidates[result.best].expectedTotal)
            result.best = i;
    return result;
}

} // namespace hp
