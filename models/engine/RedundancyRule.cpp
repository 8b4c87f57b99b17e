#include "RedundancyRule.h"

#include <cmath>

namespace hp {

void RedundancyRule::apply(const EngineInputs &in, const std::vector<SpendLine> &lines, EngineResult &result)
{
    const auto T = std::size_t(in.T);
    const Decimal threshold = Decimal::fromInt(10); // percentage points
    std::vector<std::vector<Decimal>> byProvider(std::size_t(in.providerCount()), std::vector<Decimal>(T));
    std::vector<std::vector<Decimal>> byWorkload(std::size_t(in.workloadCount()), std::vector<Decimal>(T));
    std::vector<Decimal> total(T);
    for (const SpendLine &l : lines) {
        byProvider[std::size_t(l.p)][std::size_t(l.t)] += l.spend;
        byWorkload[std::size_t(l.w)][std::size_t(l.t)] += l.spend;
        total[std::size_t(l.t)] += l.spend;
    }

    std::vector<Decimal> singleHomedSpend(T);
    for (int w = 0; w < in.workloadCount(); ++w) {
        WorkloadRedundancy r{in.project.workloads[std::size_t(w)].id, std::vector<int>(T, 0)};
        for (int t = 0; t < in.T; ++t) {
            const ResolvedPlacement *pl = in.placementAt(w, t);
            if (!pl)
                continue;
            int count = 0;
            for (Decimal share : in.providerShares(*pl))
                if (share >= threshold)
                    ++count;
            r.providerCount[std::size_t(t)] = count;
            if (count == 1)
                singleHomedSpend[std::size_t(t)] += byWorkload[std::size_t(w)][std::size_t(t)];
        }
        result.redundancy.push_back(std::move(r));
    }

    for (std::size_t t = 0; t < T; ++t) {
        if (!total[t].isPositive())
            continue;
        result.monthly.singleHomedShare[t] = singleHomedSpend[t] / total[t];
        // HHI is an index, not money: squares of raw spends overflow 128 bits
        // and underflow 1e-9, so it is computed in long double (19 digits) and
        // stored rounded to 1e-9.
        const long double denominator = static_cast<long double>(total[t].raw());
        long double index = 0;
        for (const auto &spend : byProvider) {
            const long double share = static_cast<long double>(spend[t].raw()) / denominator * 100.0L;
            index += share * share;
        }
        result.monthly.hhi[t] = Decimal::fromRaw(static_cast<Int128>(std::nearbyint(index * 1e9L)));
    }
}

} // namespace hp
