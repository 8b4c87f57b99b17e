#include "TerminationRule.h"

namespace hp {

std::vector<std::vector<bool>> TerminationRule::holdings(const EngineInputs &in)
{
    std::vector<std::vector<bool>> held(std::size_t(in.providerCount()), std::vector<bool>(std::size_t(in.T + 1)));
    const YearMonth before = in.start.plusMonths(-1);
    for (int w = 0; w < in.workloadCount(); ++w) {
        const auto &timeline = in.timeline[std::size_t(w)];
        // The placement in force the month before the horizon.
        const ResolvedPlacement *prior = nullptr;
        for (const ResolvedPlacement &p : timeline)
            if (p.from <= before)
                prior = &p;
        auto mark = [&](const ResolvedPlacement *p, std::size_t slot) {
            if (!p)
                return;
            for (const auto &[o, share] : p->shares)
                if (share.isPositive())
                    held[std::size_t(in.offeringProvider[std::size_t(o)])][slot] = true;
        };
        mark(prior, 0);
        for (int t = 0; t < in.T; ++t)
            mark(in.placementAt(w, t), std::size_t(t + 1));
    }
    return held;
}

void TerminationRule::apply(const EngineInputs &in, EngineResult &result)
{
    const auto held = holdings(in);
    for (const Contract &c : in.project.contracts) {
        const int p = in.providerIndex.value(c.providerId, -1);
        if (p < 0 || c.terminationFee.isZero())
            continue;
        const auto &h = held[std::size_t(p)];
        // Months outside the term do not count: a provider left before the
        // term starts and used again inside it is left when it loses its last
        // share inside the term.
        for (int t = std::max(0, in.monthIndex(c.start)); t < in.T && in.months[std::size_t(t)] <= c.end; ++t) {
            if (h[std::size_t(t + 1)] || !h[std::size_t(t)])
                continue;
            const Decimal fee = in.fx.toReporting(c.terminationFee, c.currency);
            result.monthly.termination[std::size_t(t)] += fee;
            result.terminations.push_back({c.id, in.months[std::size_t(t)], t, fee});
            break;
        }
    }
}

} // namespace hp
