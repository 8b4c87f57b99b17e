#pragma once

#include "money/Decimal.h"

#include <algorithm>
#include <array>
#include <span>
#include <vector>

/// The kernels behind Decimal's products (Decimal::product, percentProduct,
/// exactPercentProduct, productOver): exact products of raw values rounded
/// once, and the cheap exact divisions by 100 that percentage products take
/// first. Internal to models/money.
namespace hp::products {

/// Whether |v| is a multiple of 100, without a 128-bit division.
bool multipleOfHundred(Int128 v);
/// v ÷ 100 for a multiple of 100.
Decimal hundredth(Decimal v);
/// Exact product of the factors ÷ 10^extraDigits, rounded once.
Decimal scaledProduct(std::span<const Decimal> factors, int extraDigits);
/// Takes as many of the `percents` divisions by 100 as possible exactly into
/// single factors; returns how many divisions remain.
int takeHundreds(std::span<Decimal> factors, int percents);
/// a × b ÷ 100 rounded once.
Decimal percentOfTwo(Decimal a, Decimal b);
/// a × b × c ÷ 100 rounded once.
Decimal percentOfThree(Decimal a, Decimal b, Decimal c);

/// fn(a mutable copy of the factors), the copy on the stack for up to six.
template <typename Fn>
auto withCopy(std::span<const Decimal> factors, Fn fn)
{
    if (factors.size() <= 6) {
        std::array<Decimal, 6> copy;
        std::copy(factors.begin(), factors.end(), copy.begin());
        return fn(std::span<Decimal>(copy.data(), factors.size()));
    }
    std::vector<Decimal> copy(factors.begin(), factors.end());
    return fn(std::span<Decimal>(copy));
}

} // namespace hp::products
