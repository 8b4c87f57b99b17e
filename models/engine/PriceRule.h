#pragma once

#include "domain/Offering.h"

#include <vector>

namespace hp {

/// DOMAIN.md §4.2: price at month t = price × (1 + drift)^k, k the whole years
/// from the effective month (default: the horizon start) to t, 0 before it.
/// The power is applied year by year, rounding half-even to 1e-9 at each step
/// (as demand growth is; docs/domain-choices.md).
class PriceRule {
public:
    static std::vector<Decimal> series(const Offering &offering, YearMonth horizonStart, int months);
    static int wholeYears(YearMonth effective, YearMonth month);
};

} // namespace hp
