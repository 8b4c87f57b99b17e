#include "EgressPricing.h"

namespace hp {

Decimal EgressPricing::cost(const std::vector<EgressTier> &tiers, Decimal gb)
{
    if (tiers.empty() || !gb.isPositive())
        return Decimal();
    Decimal total;
    Decimal lower;
    for (const EgressTier &tier : tiers) {
        if (!tier.upToGb) {
            total += (gb - lower) * tier.pricePerGb;
            return total;
        }
        const Decimal upper = *tier.upToGb;
        if (gb <= upper) {
            total += (gb - lower) * tier.pricePerGb;
            return total;
        }
        if (upper > lower)
            total += (upper - lower) * tier.pricePerGb;
        lower = Decimal::max(lower, upper);
    }
    // Past the last bounded band its price continues.
    total += (gb - lower) * tiers.back().pricePerGb;
    return total;
}

} // namespace hp
