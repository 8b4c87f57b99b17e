#pragma once

#include "money/Decimal.h"

#include <initializer_list>

namespace hp {

/// Π factors ÷ divisor computed exactly and rounded once, half-even, to 1e-9:
/// the served share of a rationed product (docs/rules.md §11.2, `units × share ×
/// price × capacity ÷ placed` is one product). Throws DecimalOverflow when the
/// result leaves Decimal's range, DecimalDivisionByZero for a zero divisor.
class ExactRatio {
public:
    static Decimal of(std::initializer_list<Decimal> factors, Decimal divisor);
};

} // namespace hp
