#include "CentsText.h"

#include <cstdint>
#include <limits>

namespace hp {

namespace {

constexpr auto kPerCent = std::uint64_t(Decimal::kScale / 100); // raw units in a cent

/// Writes `cents` as "units.cc" backwards, ending at `end`; returns the first character.
char *centsBackwards(std::uint64_t cents, char *end)
{
    *--end = char('0' + cents % 10);
    *--end = char('0' + cents / 10 % 10);
    *--end = '.';
    std::uint64_t units = cents / 100;
    do {
        *--end = char('0' + units % 10);
        units /= 10;
    } while (units != 0);
    return end;
}

char *centsBackwards(UInt128 cents, char *end)
{
    if (cents <= UInt128(std::numeric_limits<std::uint64_t>::max()))
        return centsBackwards(std::uint64_t(cents), end);
    *--end = char('0' + int(cents % 10));
    *--end = char('0' + int(cents / 10 % 10));
    *--end = '.';
    UInt128 units = cents / 100;
    do {
        *--end = char('0' + int(units % 10));
        units /= 10;
    } while (units != 0);
    return end;
}

} // namespace

std::string_view CentsText::format(Decimal value, Buffer &buffer)
{
    char *const end = buffer.data() + buffer.size();
    char *p = end;
    const Int128 raw = value.raw();
    constexpr Int128 kNarrow = std::numeric_limits<std::int64_t>::max();
    bool negative = false;
    if (raw >= -kNarrow && raw <= kNarrow) {
        // Half-even on the magnitude, the sign after (Decimal::roundedTo's rule).
        const auto narrow = std::int64_t(raw);
        const std::uint64_t magnitude = narrow < 0 ? std::uint64_t(-narrow) : std::uint64_t(narrow);
        std::uint64_t cents = magnitude / kPerCent;
        const std::uint64_t rest = magnitude % kPerCent;
        if (rest > kPerCent / 2 || (rest == kPerCent / 2 && (cents & 1) != 0))
            ++cents;
        negative = narrow < 0 && cents != 0;
        p = centsBackwards(cents, p);
    } else {
        const Int128 rounded = value.roundedToCents().raw();
        negative = rounded < 0;
        const UInt128 magnitude = negative ? UInt128(-(rounded + 1)) + 1 : UInt128(rounded);
        p = centsBackwards(magnitude / kPerCent, p);
    }
    if (negative)
        *--p = '-';
    return {p, std::size_t(end - p)};
}

} // namespace hp
