#include "PriceRule.h"

#include "money/Compounding.h"

namespace hp {

int PriceRule::wholeYears(YearMonth effective, YearMonth month)
{
    const int diff = month.monthsSince(effective);
    return diff < 0 ? 0 : diff / 12;
}

std::vector<Decimal> PriceRule::series(const Offering &offering, YearMonth horizonStart, int months)
{
    const YearMonth effective = offering.effectiveMonth.value_or(horizonStart);
    std::vector<Decimal> out;
    if (months <= 0)
        return out;
    out.reserve(std::size_t(months));
    // k never falls as t grows: the last month needs the most years.
    const int years = wholeYears(effective, horizonStart.plusMonths(months - 1));
    const std::vector<Decimal> byYear = Compounding::series(offering.unitPrice, offering.annualDriftPct, years);
    for (int t = 0; t < months; ++t)
        out.push_back(byYear[std::size_t(wholeYears(effective, horizonStart.plusMonths(t)))]);
    return out;
}

} // namespace hp
