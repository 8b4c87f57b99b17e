#include "money/Compounding.h"
#include "money/Decimal.h"

#include <boost/multiprecision/cpp_int.hpp>
#include <gtest/gtest.h>

using hp::Decimal;

namespace {
Decimal d(const char *s) { return Decimal::fromString(QString::fromLatin1(s)); }
std::string str(Decimal v, int decimals = -1) { return v.toString(decimals).toStdString(); }
} // namespace

TEST(Decimal, ParsesAndFormatsExactly)
{
    EXPECT_EQ(str(d("1234.5")), "1234.5");
    EXPECT_EQ(str(d("-0.000000001")), "-0.000000001");
    EXPECT_EQ(d("-0.000000001").raw(), -1);
    EXPECT_EQ(str(d("0725")), "725"); // no octal surprise
    EXPECT_EQ(str(d("+.5")), "0.5");
    EXPECT_EQ(str(d("7.")), "7");
    EXPECT_EQ(str(d("0")), "0");
    EXPECT_EQ(str(d("-0")), "0");
}

TEST(Decimal, RefusesWhatIsNotAPlainDecimal)
{
    for (const char *bad : {"1e3", "", "-", ".", "1,000", " 1", "1 ", "abc", "1.2.3", "--1", "0x10", "١٢"}) {
        QString why;
        EXPECT_FALSE(Decimal::parse(QString::fromUtf8(bad), &why).has_value()) << bad;
        EXPECT_FALSE(why.isEmpty()) << bad;
    }
}

TEST(Decimal, ParsingMoreThanNineDecimalsRoundsHalfEven)
{
    EXPECT_EQ(d("0.0000000005").raw(), 0);        // tie → even (0)
    EXPECT_EQ(d("0.0000000015").raw(), 2);        // tie → even (2)
    EXPECT_EQ(d("0.00000000150001").raw(), 2);
    EXPECT_EQ(d("0.00000000050001").raw(), 1);    // above the tie
    EXPECT_EQ(d("-0.0000000025").raw(), -2);
    EXPECT_EQ(d("0.19200000000").raw(), 192000000);
}

TEST(Decimal, CentsRoundHalfToEven)
{
    EXPECT_EQ(str(d("0.125"), 2), "0.12");
    EXPECT_EQ(str(d("0.135"), 2), "0.14");
    EXPECT_EQ(str(d("0.145"), 2), "0.14");
    EXPECT_EQ(str(d("-0.125"), 2), "-0.12");
    EXPECT_EQ(str(d("-0.135"), 2), "-0.14");
    EXPECT_EQ(str(d("0.125000001"), 2), "0.13");
    EXPECT_EQ(str(d("2.5"), 0), "2");
    EXPECT_EQ(str(d("3.5"), 0), "4");
    EXPECT_EQ(d("1234.5").toCents().toStdString(), "1234.50");
    EXPECT_EQ(d("-0.004").toCents().toStdString(), "0.00");
}

TEST(Decimal, ArithmeticIsExact)
{
    EXPECT_EQ(d("0.1") + d("0.2"), d("0.3"));
    EXPECT_EQ(d("1") - d("1.000000001"), d("-0.000000001"));
    EXPECT_EQ(d("1.5") * d("2.25"), d("3.375"));
    EXPECT_EQ(d("-1.5") * d("2"), d("-3"));
    EXPECT_EQ(d("10") / d("4"), d("2.5"));
    // 1/3 = 0.333333333|33 → 0.333333333; 2/3 = 0.666666666|67 → 0.666666667
    EXPECT_EQ(d("1") / d("3"), d("0.333333333"));
    EXPECT_EQ(d("2") / d("3"), d("0.666666667"));
    EXPECT_EQ(d("-2") / d("3"), d("-0.666666667"));
}

TEST(Decimal, MultiplicationRoundsHalfEvenOnce)
{
    // 0.000000001 × 0.5 = 0.0000000005 → tie → 0 (even)
    EXPECT_EQ((d("0.000000001") * d("0.5")).raw(), 0);
    // 0.000000003 × 0.5 = 0.0000000015 → 0.000000002
    EXPECT_EQ((d("0.000000003") * d("0.5")).raw(), 2);
    // product of three rounds once: 0.000000001 × 0.5 × 3 = 0.0000000015 → 2, not 0 × 3.
    EXPECT_EQ(Decimal::product({d("0.000000001"), d("0.5"), d("3")}).raw(), 2);
    EXPECT_EQ(d("100").mulDiv(d("12"), d("7")), d("171.428571429"));
}

TEST(Decimal, SumOfTenThousandCentsIsExactlyOneHundred)
{
    Decimal sum;
    for (int i = 0; i < 10000; ++i)
        sum += d("0.01");
    EXPECT_EQ(sum, d("100"));
    EXPECT_EQ(sum.toCents().toStdString(), "100.00");
}

TEST(Decimal, OverflowIsReportedNeverWraps)
{
    const Decimal big = Decimal::fromRaw(hp::Int128(1) << 126);
    EXPECT_THROW(big + big, hp::DecimalOverflow);
    EXPECT_THROW(-big - big - big, hp::DecimalOverflow);
    EXPECT_THROW(big * d("2"), hp::DecimalOverflow);
    EXPECT_THROW(d("1e2"), std::invalid_argument);
    QString why;
    EXPECT_FALSE(Decimal::parse(u"999999999999999999999999999999999999999", &why));
    EXPECT_EQ(why.toStdString(), "number too large");
    // Large but representable: 50 billion × 50 billion needs the wide path.
    EXPECT_EQ(d("50000000000") * d("50000000000"), d("2500000000000000000000"));
    EXPECT_THROW(d("1") / d("0"), hp::DecimalDivisionByZero);
}

TEST(Decimal, PercentagePointsToFractions)
{
    EXPECT_EQ(d("20").percentToFraction(), d("0.2"));
    EXPECT_EQ(d("0.5").percentToFraction(), d("0.005"));
    EXPECT_EQ(d("0.2").fractionToPercent(), d("20"));
}

TEST(Decimal, PercentProductDividesByAHundredExactlyBeforeTheOneRounding)
{
    // 1e9 × 33.33333333 % × 1 = 333 333 333.3; the fraction first (0.333333333) gives 333 333 333.
    EXPECT_EQ(Decimal::percentProduct({d("1000000000"), d("33.33333333"), d("1")}), d("333333333.3"));
    EXPECT_EQ(d("1000000000") * d("33.33333333").percentToFraction(), d("333333333"));
    // 100 % is the other factors' product; two percentages divide by 100².
    EXPECT_EQ(Decimal::percentProduct({d("7.5"), d("100"), d("3")}), d("22.5"));
    EXPECT_EQ(Decimal::percentProduct({d("1000"), d("87.65432109"), d("66.66666667")}, 2), d("584.362140629"));
    EXPECT_EQ(Decimal::percentProduct({d("0.000000015"), d("10")}), d("0.000000002")); // 1.5e-9 → 2e-9 (tie, even)
    EXPECT_EQ(*Decimal::exactPercentProduct(std::vector<Decimal>{d("90"), d("95")}, 2), d("0.855"));
    EXPECT_FALSE(Decimal::exactPercentProduct(std::vector<Decimal>{d("87.65432109"), d("66.66666667")}, 2).has_value());
}

TEST(Decimal, ProductOverKeepsTheRatioExact)
{
    // 1e9 × 20 × 30 ÷ 70 ÷ 100 × 1 = 85 714 285.714285714 (…2857 rounds down).
    EXPECT_EQ(Decimal::productOver({d("1000000000"), d("20"), d("30"), d("1")}, d("70"), 1), d("85714285.714285714"));
    EXPECT_EQ(Decimal::productOver({d("1"), d("2")}, d("3")), d("0.666666667"));
    EXPECT_THROW(Decimal::productOver({d("1")}, d("0")), hp::DecimalDivisionByZero);
}

TEST(Decimal, CompoundedPowersAreExactAndRoundedOnce)
{
    // 9.4155 × 0.95^k: 9.4155, 8.944725, 8.49748875, 8.0726143125 → …312 (tie, even),
    // 7.668983596875 → …597.
    const auto s = hp::Compounding::series(d("9.4155"), d("-5"), 4);
    ASSERT_EQ(s.size(), 5u);
    EXPECT_EQ(s[3], d("8.072614312"));
    EXPECT_EQ(s[4], d("7.668983597"));
    EXPECT_EQ(hp::Compounding::series(d("2"), d("900"), 2)[2], d("200")); // × 10 a year
    EXPECT_EQ(hp::Compounding::series(d("-2"), d("10"), 1)[1], d("-2.2"));
    EXPECT_EQ(hp::Compounding::series(d("3"), d("0"), 3), std::vector<Decimal>(4, d("3")));
    EXPECT_THROW(hp::Compounding::series(d("1000000000000"), d("1000"), 30), hp::DecimalOverflow);
}

TEST(Decimal, PowerRoundsEachStep)
{
    EXPECT_EQ(d("1.1").pow(2), d("1.21"));
    EXPECT_EQ(d("1.05").pow(0), d("1"));
    EXPECT_EQ(d("2").pow(-1), d("0.5"));
}

TEST(Decimal, ExactProductOnlyWhenNoRoundingIsNeeded)
{
    const std::vector<Decimal> discounts{d("0.95"), d("0.9"), d("0.88")};
    EXPECT_EQ(Decimal::exactProduct(discounts), d("0.7524"));
    const std::vector<Decimal> fine{d("0.123456789"), d("0.5")};
    EXPECT_FALSE(Decimal::exactProduct(fine).has_value()); // 0.0617283945 needs ten decimals
    // Many factors: the fast path strips trailing zeros so no wide arithmetic is needed.
    EXPECT_EQ(Decimal::product({d("1000"), d("0.95"), d("0.9"), d("0.88"), d("0.5"), d("0.5"), d("0.5")}), d("94.05"));
}

TEST(Decimal, FastPathsAgreeWithAWideReference)
{
    // Pseudo-random raw values of many magnitudes; the reference is the exact
    // rational product rounded half-even, computed with Boost's cpp_int.
    using Big = boost::multiprecision::cpp_int;
    auto toBig = [](hp::Int128 v) {
        const bool neg = v < 0;
        hp::UInt128 m = neg ? hp::UInt128(-(v + 1)) + 1 : hp::UInt128(v);
        Big b = static_cast<std::uint64_t>(m >> 64);
        b <<= 64;
        b += static_cast<std::uint64_t>(m);
        return neg ? Big(-b) : b;
    };
    auto roundHalfEven = [](const Big &n, const Big &d) {
        Big q = n / d, r = n % d;
        Big twice = 2 * (r < 0 ? Big(-r) : r);
        if (twice > d || (twice == d && q % 2 != 0))
            q += n < 0 ? -1 : 1;
        return q;
    };
    std::uint64_t state = 42;
    auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return state;
    };
    for (int i = 0; i < 20000; ++i) {
        const int digitsA = int(next() % 28), digitsB = int(next() % 20), digitsC = int(next() % 12);
        auto make = [&](int digits) {
            hp::Int128 v = hp::Int128(next() % 1000000007ULL);
            for (int k = 0; k < digits / 9; ++k)
                v = v * 1000000000 + hp::Int128(next() % 1000000000ULL);
            // Trailing zeros exercise the stripping path (only where they fit:
            // a signed 128-bit overflow is undefined, scripts/sanitize.sh aborts on it).
            if (next() % 5 == 0 && v <= (hp::Int128(~hp::UInt128(0) >> 1)) / 1000)
                v *= 1000;
            return (next() % 2) ? -v : v;
        };
        const Decimal a = Decimal::fromRaw(make(digitsA)), b = Decimal::fromRaw(make(digitsB)), c = Decimal::fromRaw(make(digitsC));
        const Big scale = 1000000000;
        const Big ref2 = roundHalfEven(toBig(a.raw()) * toBig(b.raw()), scale);
        const Big ref3 = roundHalfEven(toBig(a.raw()) * toBig(b.raw()) * toBig(c.raw()), scale * scale);
        const Big max = toBig(hp::Int128(~hp::UInt128(0) >> 1));
        if (ref2 <= max && ref2 >= -max) {
            ASSERT_EQ(toBig((a * b).raw()), ref2) << i;
        }
        if (ref3 <= max && ref3 >= -max) {
            ASSERT_EQ(toBig(Decimal::product({a, b, c}).raw()), ref3) << i;
        }
        const Big refPct = roundHalfEven(toBig(a.raw()) * toBig(b.raw()) * toBig(c.raw()), scale * scale * 100);
        if (refPct <= max && refPct >= -max) {
            ASSERT_EQ(toBig(Decimal::percentProduct({a, b, c}).raw()), refPct) << i;
        }
        const Big refPct2 = roundHalfEven(toBig(a.raw()) * toBig(b.raw()), scale * 10000);
        if (refPct2 <= max && refPct2 >= -max) {
            ASSERT_EQ(toBig(Decimal::percentProduct({a, b}, 2).raw()), refPct2) << i;
        }
        if (!c.isZero()) {
            // a × b × b ÷ (c × 100) in raw units: a·b·b ÷ (c · 10^9 · 100).
            const Big den = toBig(c.raw()) * scale * 100;
            const Big num = toBig(a.raw()) * toBig(b.raw()) * toBig(b.raw());
            const Big refOver = roundHalfEven(den < 0 ? Big(-num) : num, den < 0 ? Big(-den) : den);
            if (refOver <= max && refOver >= -max) {
                ASSERT_EQ(toBig(Decimal::productOver({a, b, b}, c, 1).raw()), refOver) << i;
            }
        }
        if (i % 20 == 0) {
            // value × (1 + rate ÷ 100)^k = value raw · (100·10^9 + rate raw)^k ÷ (100·10^9)^k.
            const Decimal rate = Decimal::fromRaw(c.raw() % (hp::Int128(30) * Decimal::kScale));
            const int years = int(next() % 26);
            Big num = toBig(b.raw()), den = 1;
            const Big factor = toBig(Decimal::hundred().raw() + rate.raw()), hundredRaw = toBig(Decimal::hundred().raw());
            std::vector<Big> refs{toBig(b.raw())};
            bool inRange = true;
            for (int k = 1; k <= years; ++k) {
                num *= factor;
                den *= hundredRaw;
                refs.push_back(roundHalfEven(num, den));
                inRange = inRange && refs.back() <= max && refs.back() >= -max;
            }
            if (!inRange) {
                ASSERT_THROW(hp::Compounding::series(b, rate, years), hp::DecimalOverflow) << i;
            } else {
                const std::vector<Decimal> series = hp::Compounding::series(b, rate, years);
                ASSERT_EQ(series.size(), refs.size()) << i;
                for (std::size_t k = 0; k < refs.size(); ++k)
                    ASSERT_EQ(toBig(series[k].raw()), refs[k]) << i << " k=" << k;
            }
        }
        if (!c.isZero()) {
            const Big refDiv = roundHalfEven(toBig(a.raw()) * toBig(b.raw()), toBig(c.raw()) < 0 ? Big(-toBig(c.raw())) : toBig(c.raw()))
                * (c.raw() < 0 ? -1 : 1);
            if (refDiv <= max && refDiv >= -max) {
                ASSERT_EQ(toBig(a.mulDiv(b, c).raw()), refDiv) << i;
            }
        }
    }
}
