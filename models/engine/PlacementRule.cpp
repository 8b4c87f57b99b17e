#include "PlacementRule.h"

namespace hp {

void PlacementRule::addLines(const EngineInputs &in, std::vector<SpendLine> &lines)
{
    for (int w = 0; w < in.workloadCount(); ++w) {
        for (int t = 0; t < in.T; ++t) {
            const ResolvedPlacement *pl = in.placementAt(w, t);
            if (!pl)
                continue;
            const Decimal units = in.units[std::size_t(w)][std::size_t(t)];
            for (const auto &[o, share] : pl->shares) {
                if (share.isZero())
                    continue;
                const Decimal list = Decimal::percentProduct({units, share, in.price[std::size_t(o)][std::size_t(t)]});
                lines.push_back({w, o, in.offeringProvider[std::size_t(o)], t, list, list, false, -1, share});
            }
        }
    }
}

} // namespace hp
