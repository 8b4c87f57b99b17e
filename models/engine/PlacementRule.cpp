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
                const Decimal price = in.price[std::size_t(o)][std::size_t(t)];
                // A whole placement (share exactly 1) is the usual case: units ×
                // price rounded once is then the same value as the three-way product.
                const Decimal list = share == Decimal::one() ? units * price : Decimal::product({units, share, price});
                lines.push_back({w, o, in.offeringProvider[std::size_t(o)], t, list, list, false});
            }
        }
    }
}

} // namespace hp
