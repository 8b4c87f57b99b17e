// docs/rules.md §1 — contracts in another currency convert at the project's rate.
#include "ProjectBuilder.h"

using namespace hptest;

namespace {
ProjectBuilder euroContract()
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1");
    b.workload("w", hp::WorkloadClass::Other, "100");
    b.contract("k", "ca", "2026-01", "2026-12");
    b.lastContract().currency = S("EUR");
    b.lastContract().commitments.push_back({std::nullopt, {D("2000")}, D("0"), hp::allWorkloadClasses(), D("0"), hp::TrueUp::Yearly, {}});
    b.scenario("S", "2026-01", 12).place("w", "2026-01", {{"a1", "100"}});
    return b;
}
} // namespace

TEST(Currency, ContractAmountsConvertAtTheProjectRate)
{
    auto b = euroContract();
    b.p.exchangeRates[S("EUR")] = D("1.10");
    const auto r = b.evaluate("S");
    // committed 2 000 EUR × 1.10 = 2 200 USD; drawn 1 200 → 1 000 short.
    EXPECT_EQ(cents(providerOf(r, "ca").commitments[0].committed), "2200.00");
    EXPECT_EQ(cents(r.totals.shortfall), "1000.00");
    EXPECT_EQ(r.currency, S("USD"));
}

TEST(Currency, MissingRateFailsNamingTheCurrency)
{
    try {
        euroContract().evaluate("S");
        FAIL() << "a missing rate must fail";
    } catch (const hp::EngineError &e) {
        EXPECT_TRUE(e.message().contains(S("EUR"))) << e.what();
    }
}
