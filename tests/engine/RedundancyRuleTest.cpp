// docs/rules.md §4.10 — provider count, single-homed share, HHI, exit cost.
#include "ProjectBuilder.h"

using namespace hptest;

TEST(RedundancyRule, ProviderCountSingleHomedShareAndHhi)
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1").provider("cb").offering("b1", "cb", "1");
    b.provider("cc").offering("c1", "cc", "1");
    b.workload("w1", hp::WorkloadClass::Other, "1000");
    b.workload("w2", hp::WorkloadClass::Other, "1000");
    b.workload("w3", hp::WorkloadClass::Other, "1000");
    b.scenario("S", "2026-01", 1)
        .place("w1", "2026-01", {{"a1", "100"}})
        .place("w2", "2026-01", {{"a1", "50"}, {"b1", "50"}})
        .place("w3", "2026-01", {{"b1", "95"}, {"c1", "5"}}); // 5 % < 10 %: one provider
    const auto r = b.evaluate("S");
    ASSERT_EQ(r.redundancy.size(), 3u);
    EXPECT_EQ(r.redundancy[0].providerCount[0], 1);
    EXPECT_EQ(r.redundancy[1].providerCount[0], 2);
    EXPECT_EQ(r.redundancy[2].providerCount[0], 1);
    // single-homed: (1 000 + 1 000) ÷ 3 000
    EXPECT_EQ(exact(r.monthly.singleHomedShare[0]), "0.666666667");
    // spend: ca 1 500, cb 1 450, cc 50 → (1500² + 1450² + 50²) ÷ 3000² × 10 000
    //      = 4 355 000 ÷ 900 = 4 838.888888888…
    EXPECT_EQ(exact(r.monthly.hhi[0]), "4838.888888889");
}

TEST(RedundancyRule, ZeroSpendGivesZero)
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "0");
    b.workload("w", hp::WorkloadClass::Other, "1000");
    b.scenario("S", "2026-01", 1).place("w", "2026-01", {{"a1", "100"}});
    const auto r = b.evaluate("S");
    EXPECT_TRUE(r.monthly.hhi[0].isZero());
    EXPECT_TRUE(r.monthly.singleHomedShare[0].isZero());
}

TEST(RedundancyRule, SingleProviderHhiIsTenThousand)
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "2");
    b.workload("w", hp::WorkloadClass::Other, "10");
    b.scenario("S", "2026-01", 1).place("w", "2026-01", {{"a1", "100"}});
    const auto r = b.evaluate("S");
    EXPECT_EQ(exact(r.monthly.hhi[0]), "10000");
    EXPECT_EQ(exact(r.monthly.singleHomedShare[0]), "1");
}

TEST(ExitCost, MovesEverythingToTheCheapestOtherOffering)
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1.00", "H200");
    b.lastProvider().egressTiers = {{std::nullopt, D("0.05")}};
    b.provider("cb").offering("b1", "cb", "0.80", "Trainium2");
    b.provider("cc").offering("c1", "cc", "0.90", "H200");
    b.offering("gpu", "cc", "0.10", "H200", "GPU-hour"); // cheaper, but another unit
    b.workload("w", hp::WorkloadClass::Other, "10");
    b.lastWorkload().storedGb = D("1000");
    b.lastWorkload().reengineeringPersonMonths = D("2");
    b.lastWorkload().costPerPersonMonth = D("10000");
    b.contract("k", "ca", "2026-01", "2026-12");
    b.lastContract().terminationFee = D("7000");
    b.scenario("S", "2026-01", 1).place("w", "2026-01", {{"a1", "100"}});
    const auto r = b.evaluate("S");
    // egress 1 000 × 0.05 = 50; cheapest other: b1 (Trainium2) → 2 × 10 000; fee 7 000.
    EXPECT_EQ(cents(providerOf(r, "ca").exitCost[0]), "27050.00");
    EXPECT_TRUE(providerOf(r, "cb").exitCost[0].isZero()); // holds nothing
}

TEST(ExitCost, EachMonthUsesThePlacementInForce)
{
    // The same portfolio for four months; from March the workload is split
    // a1 40 % / c1 60 % (both H200). A workload's GB and re-engineering parts
    // are computed once per placement and reused while it holds.
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1.00", "H200");
    b.lastProvider().egressTiers = {{std::nullopt, D("0.05")}};
    b.provider("cb").offering("b1", "cb", "0.80", "Trainium2");
    b.provider("cc").offering("c1", "cc", "0.90", "H200");
    b.workload("w", hp::WorkloadClass::Other, "10");
    b.lastWorkload().storedGb = D("1000");
    b.lastWorkload().reengineeringPersonMonths = D("2");
    b.lastWorkload().costPerPersonMonth = D("10000");
    b.contract("k", "ca", "2026-01", "2026-12");
    b.lastContract().terminationFee = D("7000");
    b.scenario("S", "2026-01", 4).place("w", "2026-01", {{"a1", "100"}});
    b.place("w", "2026-03", {{"a1", "40"}, {"c1", "60"}});
    const auto r = b.evaluate("S");
    for (int t : {0, 1}) {
        // 1 000 GB × 0.05 + 2 × 10 000 (to b1's Trainium2) + the fee 7 000.
        EXPECT_EQ(cents(providerOf(r, "ca").exitCost[std::size_t(t)]), "27050.00") << t;
        EXPECT_TRUE(providerOf(r, "cc").exitCost[std::size_t(t)].isZero()) << t;
    }
    for (int t : {2, 3}) {
        // ca: 400 GB × 0.05 + 2 × 10 000 × 40 % + 7 000; cc: 2 × 10 000 × 60 %, no egress price.
        EXPECT_EQ(cents(providerOf(r, "ca").exitCost[std::size_t(t)]), "15020.00") << t;
        EXPECT_EQ(cents(providerOf(r, "cc").exitCost[std::size_t(t)]), "12000.00") << t;
        EXPECT_TRUE(providerOf(r, "cb").exitCost[std::size_t(t)].isZero()) << t;
    }
}
