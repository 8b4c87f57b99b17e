#include "ExitCostRule.h"

#include "engine/EgressPricing.h"
#include "engine/SwitchingRule.h"

#include <optional>

namespace hp {

namespace {
/// For one unit and month: the cheapest offering, and the cheapest of a provider other than the first's.
struct CheapestPair {
    int best = -1;
    int otherProvider = -1;
};

/// A workload's figures on one provider under one placement, which do not
/// change from month to month: GB × share, and the re-engineering cost of
/// moving that share to new silicon (computed when first needed).
struct ProviderPart {
    Decimal gb;
    std::optional<Decimal> reengineering;
};
} // namespace

void ExitCostRule::apply(const EngineInputs &in, const SwitchingRule &switching, EngineResult &result)
{
    const std::vector<int> &offeringUnit = in.offeringUnit;
    const std::vector<int> &workloadUnit = in.workloadUnit;
    for (ProviderResult &pr : result.providers)
        pr.exitCost.assign(std::size_t(in.T), Decimal());

    std::vector<CheapestPair> cheapest(std::size_t(in.unitCount));
    // Per workload, the placement its parts were computed for (a placement
    // holds for many months).
    const auto P = std::size_t(in.providerCount());
    std::vector<const ResolvedPlacement *> partsOf(std::size_t(in.workloadCount()), nullptr);
    std::vector<std::vector<ProviderPart>> parts(std::size_t(in.workloadCount()), std::vector<ProviderPart>(P));
    for (int t = 0; t < in.T; ++t) {
        const YearMonth m = in.months[std::size_t(t)];
        std::fill(cheapest.begin(), cheapest.end(), CheapestPair{});
        auto price = [&](int o) { return in.price[std::size_t(o)][std::size_t(t)]; };
        for (int o = 0; o < in.offeringCount(); ++o) {
            CheapestPair &c = cheapest[std::size_t(offeringUnit[std::size_t(o)])];
            if (c.best < 0 || price(o) < price(c.best)) {
                if (c.best >= 0 && in.offeringProvider[std::size_t(c.best)] != in.offeringProvider[std::size_t(o)])
                    c.otherProvider = c.best;
                c.best = o;
            } else if (in.offeringProvider[std::size_t(o)] != in.offeringProvider[std::size_t(c.best)]
                       && (c.otherProvider < 0 || price(o) < price(c.otherProvider))) {
                c.otherProvider = o;
            }
        }

        std::vector<Decimal> gb(P), reengineering(P);
        std::vector<bool> holds(P, false);
        for (int w = 0; w < in.workloadCount(); ++w) {
            const ResolvedPlacement *pl = in.placementAt(w, t);
            if (!pl)
                continue;
            const ProviderShares &shares = in.providerShares(*pl);
            const Workload &wl = in.project.workloads[std::size_t(w)];
            const int unit = workloadUnit[std::size_t(w)];
            std::vector<ProviderPart> &part = parts[std::size_t(w)];
            if (partsOf[std::size_t(w)] != pl) {
                partsOf[std::size_t(w)] = pl;
                for (std::size_t p = 0; p < P; ++p)
                    part[p] = {shares[p].isPositive() ? Decimal::percentProduct({wl.storedGb, shares[p]}) : Decimal(), std::nullopt};
            }
            for (std::size_t p = 0; p < P; ++p) {
                if (!shares[p].isPositive())
                    continue;
                holds[p] = true;
                gb[p] += part[p].gb;
                if (unit < 0)
                    continue;
                const CheapestPair &c = cheapest[std::size_t(unit)];
                const int target = (c.best >= 0 && in.offeringProvider[std::size_t(c.best)] != int(p)) ? c.best : c.otherProvider;
                if (target < 0)
                    continue;
                if (!switching.isNewSilicon(target, *pl))
                    continue;
                if (!part[p].reengineering)
                    part[p].reengineering = switching.reengineeringCost(w, shares[p]);
                reengineering[p] += *part[p].reengineering;
            }
        }
        for (std::size_t p = 0; p < P; ++p) {
            if (!holds[p])
                continue;
            Decimal cost = reengineering[p];
            if (!switching.egressWaived(int(p), m))
                cost += EgressPricing::cost(in.project.providers[p].egressTiers, gb[p]);
            for (std::size_t k = 0; k < in.project.contracts.size(); ++k) {
                const Contract &c = in.project.contracts[k];
                if (in.contractProvider[k] == int(p) && c.inForce(m))
                    cost += in.fx.toReporting(c.terminationFee, c.currency);
            }
            result.providers[p].exitCost[std::size_t(t)] = cost;
        }
    }
}

} // namespace hp
