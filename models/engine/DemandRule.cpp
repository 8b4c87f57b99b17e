#include "DemandRule.h"

namespace hp {

std::vector<Decimal> DemandRule::series(Decimal base, Decimal monthlyGrowthPct, int months)
{
    std::vector<Decimal> out;
    out.reserve(std::size_t(std::max(months, 0)));
    const Decimal factor = Decimal::one() + monthlyGrowthPct.percentToFraction();
    Decimal v = base;
    for (int t = 0; t < months; ++t) {
        out.push_back(v);
        v = v * factor;
    }
    return out;
}

} // namespace hp
