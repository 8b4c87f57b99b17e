// Exact money (hp::Decimal): parsing and every operation on two fuzzed
// operands (one per line). Results are either exact and consistent with each
// other, or DecimalOverflow / DecimalDivisionByZero — never a wrapped value
// or undefined behaviour (UBSan aborts on signed overflow).

#include "FuzzFiles.h"

#include "money/Compounding.h"
#include "money/Decimal.h"

#include <array>
#include <cmath>

namespace {

using hp::Decimal;

/// Runs `f`; false when it reported overflow or division by zero.
template <typename F>
bool defined(F &&f)
{
    try {
        f();
        return true;
    } catch (const hp::DecimalOverflow &) {
        return false;
    } catch (const hp::DecimalDivisionByZero &) {
        return false;
    }
}

void checkOne(Decimal a)
{
    // Printing and parsing again is the identity, at full and at cent precision.
    HP_FUZZ_CHECK(Decimal::parse(a.toString()) == a);
    for (int decimals = 0; decimals <= 9; ++decimals) {
        Decimal r;
        if (defined([&] { r = a.roundedTo(decimals); })) {
            HP_FUZZ_CHECK(r.fractionDigits() <= decimals);
            HP_FUZZ_CHECK(Decimal::parse(a.toString(decimals)) == r);
        }
    }
    Decimal negated;
    if (defined([&] { negated = -a; }))
        HP_FUZZ_CHECK(-negated == a);
    (void)a.percentToFraction();
    Decimal percent;
    if (defined([&] { percent = a.fractionToPercent(); }))
        HP_FUZZ_CHECK(percent.percentToFraction() == a);
    HP_FUZZ_CHECK(std::isfinite(a.toDouble()));
    for (int e : {-2, 0, 1, 2, 3})
        (void)defined([&] { (void)a.pow(e); });
}

void checkTwo(Decimal a, Decimal b)
{
    Decimal sum, difference, product, swapped;
    if (defined([&] { sum = a + b; }))
        HP_FUZZ_CHECK(sum - b == a);
    if (defined([&] { difference = a - b; }))
        HP_FUZZ_CHECK(difference + b == a);
    const bool p1 = defined([&] { product = a * b; });
    const bool p2 = defined([&] { swapped = b * a; });
    HP_FUZZ_CHECK(p1 == p2);
    if (p1) {
        HP_FUZZ_CHECK(product == swapped);
        const std::array<Decimal, 2> factors = {a, b};
        HP_FUZZ_CHECK(Decimal::product(factors) == product);
        if (auto exact = Decimal::exactProduct(factors))
            HP_FUZZ_CHECK(*exact == product);
    }
    // A product with a percentage is a·b ÷ 100 before its one rounding, as mulDiv computes it.
    Decimal percent, viaMulDiv;
    const bool q1 = defined([&] { percent = Decimal::percentProduct({a, b}); });
    const bool q2 = defined([&] { viaMulDiv = a.mulDiv(b, Decimal::hundred()); });
    HP_FUZZ_CHECK(q1 == q2);
    if (q1)
        HP_FUZZ_CHECK(percent == viaMulDiv);
    Decimal compounded;
    if (defined([&] { compounded = hp::Compounding::series(a, b, 3).front(); }))
        HP_FUZZ_CHECK(compounded == a);
    Decimal quotient, back;
    if (!b.isZero()) {
        // a·b ÷ b inside one product gives a back, as mulDiv does.
        if (defined([&] { back = Decimal::productOver({a, b}, b); }))
            HP_FUZZ_CHECK(back == a);
        // a·b÷b is exact before its single rounding, so it gives a back.
        if (defined([&] { back = a.mulDiv(b, b); }))
            HP_FUZZ_CHECK(back == a);
        (void)defined([&] { quotient = a / b; });
    } else {
        HP_FUZZ_CHECK(!defined([&] { quotient = a / b; }));
    }
    HP_FUZZ_CHECK((a < b) == (b > a));
    HP_FUZZ_CHECK(Decimal::min(a, b) <= Decimal::max(a, b));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(hp::fuzz::bytes(data, size));
    const qsizetype newline = text.indexOf(u'\n');
    const QStringView first = newline < 0 ? QStringView(text) : QStringView(text).left(newline);
    const QStringView second = newline < 0 ? QStringView() : QStringView(text).mid(newline + 1);
    QString why;
    const auto a = Decimal::parse(first, &why);
    if (!a)
        HP_FUZZ_CHECK(!why.isEmpty());
    const auto b = Decimal::parse(second);
    if (a)
        checkOne(*a);
    if (a && b)
        checkTwo(*a, *b);
    return 0;
}
