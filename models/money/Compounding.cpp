#include "Compounding.h"

#include "money/WideArithmetic.h"

#include <cstdlib>

namespace hp {

using namespace wide;

namespace {
/// Appends value × (factor ÷ 10^scale)^k for k = out.size() … years to `out`
/// (k = 1 … out.size() − 1 are there already): value raw · factor^k, exact in
/// `Big`, divided by 10^(scale·k) (or multiplied, for a negative scale) with
/// one half-even rounding. A checked `Big` throws std::overflow_error when an
/// intermediate outgrows it; a result beyond 128 bits throws DecimalOverflow.
template <typename Big>
void compoundWide(std::vector<Decimal> &out, Decimal value, Int128 factor, int scale, bool shrinking, int years)
{
    const Big bigFactor = toBig<Big>(factor);
    Big tenToScale = 1;
    for (int i = 0; i < std::abs(scale); ++i)
        tenToScale *= 10;
    Big power = toBig<Big>(value.raw()), tenToE = 1;
    for (int k = 1; k <= years; ++k) {
        power *= bigFactor;
        tenToE *= tenToScale;
        if (k < int(out.size()))
            continue;
        const Int128 raw = fromBig(scale >= 0 ? bigDivRoundHalfEven(power, tenToE) : Big(power * tenToE));
        out.push_back(Decimal::fromRaw(raw));
        if (raw == 0 && shrinking)
            return; // every later power rounds to zero too
    }
}
} // namespace

std::vector<Decimal> Compounding::series(Decimal value, Decimal ratePct, int years)
{
    const auto count = std::size_t(std::max(years, 0)) + 1;
    if (ratePct.isZero() || value.isZero())
        return std::vector<Decimal>(count, value);
    std::vector<Decimal> out{value};
    out.reserve(count);
    // 1 + rate ÷ 100 = base raw ÷ 10^11 = m ÷ 10^scale once m's trailing zeros
    // are out, so the k-th value is value raw · m^k ÷ 10^(scale·k) in raw
    // units: an integer power, exact, rounded once by one division. In 128
    // bits while it fits, then in 512 bits on the stack, then unbounded.
    const Decimal base = Decimal::hundred() + ratePct;
    UInt128 m = magnitude(base.raw());
    const int scale = Decimal::kScaleDigits + 2 - stripTrailingZeros(m);
    const bool shrinking = base.abs() < Decimal::hundred();
    UInt128 power = magnitude(value.raw());
    for (int k = 1; k <= years; ++k) {
        const int e = scale * k;
        if (bitLength(power) + bitLength(m) > 127 || e < 0 || e >= int(kPow10.size()))
            break;
        power *= m;
        const bool negative = (value.raw() < 0) != (base.raw() < 0 && k % 2 == 1);
        out.push_back(Decimal::fromRaw(withSign(quotientByPow10(power, e), negative)));
        if (out.back().isZero() && shrinking)
            break;
    }
    if (out.size() < count && !(out.back().isZero() && shrinking)) {
        const Int128 factor = base.raw() < 0 ? -Int128(m) : Int128(m);
        try {
            compoundWide<BigInt>(out, value, factor, scale, shrinking, years);
        } catch (const DecimalOverflow &) {
            throw;
        } catch (const std::overflow_error &) {
            try {
                compoundWide<ExactInt>(out, value, factor, scale, shrinking, years);
            } catch (const DecimalOverflow &) {
                throw;
            } catch (const std::overflow_error &) {
                overflow();
            }
        }
    }
    out.resize(count); // zeros after a shrinking value reached zero
    return out;
}

} // namespace hp
