#pragma once

#include "domain/Offering.h"

#include <vector>

namespace hp {

/// docs/rules.md §4.2: price at month t = price × (1 + drift)^k, k the whole years
/// from the effective month (default: the horizon start) to t, 0 before it.
/// The power is exact and the product rounded once, half-even to 1e-9
/// (Compounding::series; docs/domain-choices.md): 9.4155 at −5 % a year
/// is 9.4155 × 0.95^4 = 7.668983596875 → 7.668983597 four years on.
class PriceRule {
public:
    static std::vector<Decimal> series(const Offering &offering, YearMonth horizonStart, int months);
    static int wholeYears(YearMonth effective, YearMonth month);
};

} // namespace hp
