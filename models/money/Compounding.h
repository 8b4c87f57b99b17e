#pragma once

#include "money/Decimal.h"

#include <vector>

namespace hp {

/// Compound growth with an exact power (docs/rules.md §4.2 rev 2): a price that
/// drifts by a yearly percentage is price × (1 + rate ÷ 100)^k with the power
/// exact and the product rounded once, never year by year.
class Compounding {
public:
    /// value × (1 + ratePct ÷ 100)^k for k = 0 … years, each with the power
    /// exact and the product rounded once half-even to 1e-9 (integer powers of
    /// the rate's decimal digits, in 128 bits while they fit, then unbounded).
    /// Throws DecimalOverflow when a value exceeds the 128-bit range.
    static std::vector<Decimal> series(Decimal value, Decimal ratePct, int years);
};

} // namespace hp
