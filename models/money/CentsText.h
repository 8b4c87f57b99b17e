#pragma once

#include "money/Decimal.h"

#include <array>
#include <string_view>

namespace hp {

/// The text of Decimal::toCents() ("1234.50", "-0.07"; half-even to cents, no
/// "-0.00") written into a caller's buffer without a QString, for writers of
/// many amounts (the JSON reports: a report of the synthetic portfolio holds
/// 35 000). A value within ±2^63 raw units (±9.2 × 10^9 in money) is rounded
/// and printed in 64-bit arithmetic; a larger one goes through
/// Decimal::roundedToCents() (128-bit division; it throws DecimalOverflow
/// where rounding up leaves the range, as toCents() does). The same text either way.
class CentsText {
public:
    /// Sign, 30 digits of units (2^127 ÷ 10^9), '.', two digits.
    using Buffer = std::array<char, 40>;

    /// The text, in `buffer` (at its end).
    static std::string_view format(Decimal value, Buffer &buffer);
};

} // namespace hp
