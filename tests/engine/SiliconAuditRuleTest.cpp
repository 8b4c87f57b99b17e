// docs/rules.md §11.3 — the silicon audit. Offerings in GPU-hours: ca's a_h200
// at 10.00 (H200), cb's b_trn at 6.00 (Trainium2) and b_h200 at 9.00 (H200),
// cc's c_tpu at 7.00 (TPU, jurisdiction US). Workload w: 100 GPU-hours a
// month, revenue 1 000, re-engineering 2 person-months × 10 000, 1 000 GB
// stored; ca's egress is 0.05 per GB.
#include "ProjectBuilder.h"

using namespace hptest;

namespace {
ProjectBuilder base()
{
    ProjectBuilder b;
    const char *gpu = "GPU-hour";
    b.provider("ca").offering("a_h200", "ca", "10", "H200", gpu);
    b.lastProvider().egressTiers = {{std::nullopt, D("0.05")}};
    b.provider("cb").offering("b_trn", "cb", "6", "Trainium2", gpu).offering("b_h200", "cb", "9", "H200", gpu);
    b.provider("cc").offering("c_tpu", "cc", "7", "TPU", gpu);
    b.lastOffering().jurisdiction = S("US");
    b.workload("w", hp::WorkloadClass::StatelessApi, "100", "1000", gpu);
    b.lastWorkload().reengineeringPersonMonths = D("2");
    b.lastWorkload().costPerPersonMonth = D("10000");
    b.lastWorkload().storedGb = D("1000");
    b.scenario("S", "2026-01", 3);
    return b;
}

const hp::SiliconAuditRow &rowOf(const hp::SiliconAudit &a, const char *workload)
{
    for (const auto &row : a.rows)
        if (row.workloadId == S(workload))
            return row;
    throw std::runtime_error("no such row");
}
} // namespace

TEST(SiliconAuditRule, PremiumMoveCostAndPaybackAgainstTheCheapestOtherSilicon)
{
    // Alternative: the cheapest non-H200 offering, b_trn at 6.00.
    // Premium (10 − 6) × 100 = 400.00 a month. Move cost 2 × 10 000 +
    // 1 000 GB × 0.05 = 20 050.00; payback ⌈20 050 ÷ 400⌉ = ⌈50.125⌉ = 51.
    auto b = base();
    b.place("w", "2026-01", {{"a_h200", "100"}});
    const auto r = b.evaluate("S");
    EXPECT_EQ(r.siliconAudit.month, M("2026-01"));
    ASSERT_EQ(r.siliconAudit.rows.size(), 1u);
    const auto &row = r.siliconAudit.rows[0];
    EXPECT_EQ(row.silicons, QStringList{S("H200")});
    EXPECT_EQ(cents(row.unitPrice), "10.00");
    EXPECT_EQ(row.alternativeOffering, S("b_trn"));
    EXPECT_EQ(row.alternativeSilicon, S("Trainium2"));
    EXPECT_EQ(cents(*row.alternativePrice), "6.00");
    EXPECT_EQ(cents(row.monthlyPremium), "400.00");
    EXPECT_EQ(cents(row.moveCost), "20050.00");
    EXPECT_EQ(*row.paybackMonths, 51);
    EXPECT_EQ(cents(*row.expectedExposurePerMonth), "0.00"); // no contract
    EXPECT_EQ(cents(r.siliconAudit.premiumPerMonth), "400.00");
}

TEST(SiliconAuditRule, TheResidencyListNarrowsTheAlternatives)
{
    // Residency US: only c_tpu qualifies. Premium (10 − 7) × 100 = 300;
    // payback ⌈20 050 ÷ 300⌉ = ⌈66.83⌉ = 67.
    auto b = base();
    b.lastWorkload().residency = {S("US")};
    b.place("w", "2026-01", {{"a_h200", "100"}});
    const auto row = b.evaluate("S").siliconAudit.rows.at(0);
    EXPECT_EQ(row.alternativeOffering, S("c_tpu"));
    EXPECT_EQ(cents(row.monthlyPremium), "300.00");
    EXPECT_EQ(*row.paybackMonths, 67);
}

TEST(SiliconAuditRule, AWaiverRemovesTheEgressAndExposureOfTheMoveIsExpected)
{
    // ca waives exit egress: move cost 20 000, payback 20 000 ÷ 400 = 50.
    // k (with ca) holds stateless exclusivity at 100 % of revenue: the whole
    // workload on cb would expose 1 000 a month.
    auto b = base();
    b.p.providers[0].exitEgressWaived = true;
    b.contract("k", "ca", "2026-01", "2030-12");
    hp::ExclusivityClause ex;
    ex.classes = {hp::WorkloadClass::StatelessApi};
    b.lastContract().exclusivities.push_back(ex);
    b.place("w", "2026-01", {{"a_h200", "100"}});
    const auto row = b.evaluate("S").siliconAudit.rows.at(0);
    EXPECT_EQ(cents(row.moveCost), "20000.00");
    EXPECT_EQ(*row.paybackMonths, 50);
    EXPECT_EQ(cents(*row.expectedExposurePerMonth), "1000.00");
}

TEST(SiliconAuditRule, ACheaperCurrentSiliconHasNoPremiumAndNoPayback)
{
    // On b_trn (6.00) the cheapest other silicon is c_tpu at 7.00:
    // premium max(0, (6 − 7) × 100) = 0 → payback null.
    auto b = base();
    b.place("w", "2026-01", {{"b_trn", "100"}});
    const auto row = b.evaluate("S").siliconAudit.rows.at(0);
    EXPECT_EQ(row.alternativeOffering, S("c_tpu"));
    EXPECT_EQ(cents(row.monthlyPremium), "0.00");
    EXPECT_FALSE(row.paybackMonths.has_value());
}

TEST(SiliconAuditRule, NoOtherSiliconMeansNoAlternative)
{
    auto b = base();
    b.p.offerings.erase(b.p.offerings.begin() + 1); // b_trn
    b.p.offerings.pop_back();                       // c_tpu
    b.place("w", "2026-01", {{"a_h200", "100"}});
    const auto row = b.evaluate("S").siliconAudit.rows.at(0);
    EXPECT_TRUE(row.alternativeOffering.isEmpty());
    EXPECT_FALSE(row.alternativePrice.has_value());
    EXPECT_FALSE(row.paybackMonths.has_value());
    EXPECT_FALSE(row.expectedExposurePerMonth.has_value());
    EXPECT_EQ(cents(row.monthlyPremium), "0.00");
}

TEST(SiliconAuditRule, AnAlternativeHasTheWorkloadsUnitWhateverItsCaseAndSpaces)
{
    // b_trn's unit written " gpu-HOUR " is still the workload's GPU-hour: it
    // stays the alternative. A cheaper offering in another unit (d_tok, 1.00
    // per token) is not one.
    auto b = base();
    b.p.offerings[1].unit = S(" gpu-HOUR ");
    b.provider("cd").offering("d_tok", "cd", "1", "LPU", "token");
    b.place("w", "2026-01", {{"a_h200", "100"}});
    const auto row = b.evaluate("S").siliconAudit.rows.at(0);
    EXPECT_EQ(row.alternativeOffering, S("b_trn"));
    EXPECT_EQ(cents(row.monthlyPremium), "400.00");
    // With b_trn in tokens too, the alternative is the next GPU-hour one, c_tpu at 7.00.
    b.p.offerings[1].unit = S("token");
    const auto next = b.evaluate("S").siliconAudit.rows.at(0);
    EXPECT_EQ(next.alternativeOffering, S("c_tpu"));
    EXPECT_EQ(cents(next.monthlyPremium), "300.00");
}

TEST(SiliconAuditRule, AMixedPlacementAveragesItsPricesAndLeavesEachProvider)
{
    // 50 % a_h200 + 50 % b_trn: unit price 0.5 × 10 + 0.5 × 6 = 8.00; silicons
    // H200|Trainium2; alternative c_tpu (7.00): premium (8 − 7) × 100 = 100.
    // Move cost 20 000 + ca's egress of 500 GB × 0.05 = 25 (cb has no tiers:
    // free) = 20 025; payback ⌈200.25⌉ = 201. A second workload v on b_h200
    // (premium (9 − 6) × 10 = 30) sorts after w.
    auto b = base();
    b.workload("v", hp::WorkloadClass::Training, "10", "0", "GPU-hour");
    b.place("w", "2026-01", {{"a_h200", "50"}, {"b_trn", "50"}}).place("v", "2026-01", {{"b_h200", "100"}});
    const auto audit = b.evaluate("S").siliconAudit;
    ASSERT_EQ(audit.rows.size(), 2u);
    EXPECT_EQ(audit.rows[0].workloadId, S("w"));
    const auto &w = rowOf(audit, "w");
    EXPECT_EQ(w.silicons, (QStringList{S("H200"), S("Trainium2")}));
    EXPECT_EQ(cents(w.unitPrice), "8.00");
    EXPECT_EQ(cents(w.monthlyPremium), "100.00");
    EXPECT_EQ(cents(w.moveCost), "20025.00");
    EXPECT_EQ(*w.paybackMonths, 201);
    EXPECT_EQ(cents(rowOf(audit, "v").monthlyPremium), "30.00");
    EXPECT_EQ(cents(audit.premiumPerMonth), "130.00");
}

TEST(SiliconAuditRule, AnotherMonthUsesThatMonthsPlacementAndRefusesMonthsOutsideTheHorizon)
{
    // From 2026-03 w runs on b_trn: no premium then.
    auto b = base();
    b.place("w", "2026-01", {{"a_h200", "100"}}).place("w", "2026-03", {{"b_trn", "100"}});
    const hp::ScenarioEngine engine(b.p);
    EXPECT_EQ(cents(engine.siliconAudit(S("S"), M("2026-02")).premiumPerMonth), "400.00");
    EXPECT_EQ(cents(engine.siliconAudit(S("S"), M("2026-03")).premiumPerMonth), "0.00");
    EXPECT_THROW(engine.siliconAudit(S("S"), M("2026-04")), hp::EngineError);
}
