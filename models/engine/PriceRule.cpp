#include "PriceRule.h"

namespace hp {

int PriceRule::wholeYears(YearMonth effective, YearMonth month)
{
    const int diff = month.monthsSince(effective);
    return diff < 0 ? 0 : diff / 12;
}

std::vector<Decimal> PriceRule::series(const Offering &offering, YearMonth horizonStart, int months)
{
    const YearMonth effective = offering.effectiveMonth.value_or(horizonStart);
    const Decimal factor = Decimal::one() + offering.annualDriftPct.percentToFraction();
    std::vector<Decimal> byYear{offering.unitPrice};
    std::vector<Decimal> out;
    out.reserve(std::size_t(std::max(months, 0)));
    for (int t = 0; t < months; ++t) {
        const int k = wholeYears(effective, horizonStart.plusMonths(t));
        while (int(byYear.size()) <= k)
            byYear.push_back(byYear.back() * factor);
        out.push_back(byYear[std::size_t(k)]);
    }
    return out;
}

} // namespace hp
