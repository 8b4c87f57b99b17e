#pragma once

#include "domain/Provider.h"

namespace hp {

/// docs/rules.md §4.8 egress: a month's volume priced graduated on the provider's
/// tiers (`up_to_gb` cumulative; past the last bounded band its price
/// continues; no tiers = free).
class EgressPricing {
public:
    static Decimal cost(const std::vector<EgressTier> &tiers, Decimal gb);
};

} // namespace hp
