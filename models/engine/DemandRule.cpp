#include "DemandRule.h"

namespace hp {

std::vector<Decimal> DemandRule::series(Decimal base, Decimal monthlyGrowthPct, int months)
{
    std::vector<Decimal> out;
    out.reserve(std::size_t(std::max(months, 0)));
    const Decimal factorPct = Decimal::hundred() + monthlyGrowthPct; // 1 + g in points, exact
    const std::optional<Decimal> factor = factorPct.exactFraction();  // the usual case: a plain product
    Decimal v = base;
    for (int t = 0; t < months; ++t) {
        out.push_back(v);
        v = factor ? v * *factor : Decimal::percentProduct({v, factorPct});
    }
    return out;
}

} // namespace hp
