// docs/rules.md §11.1 — residency breaches: a share > 0 of a workload on an
// offering whose jurisdiction its residency list does not admit. Reported per
// workload, month and offering with the share; never a cost.
#include "ProjectBuilder.h"

#include "engine/EngineInputs.h"
#include "engine/ScenarioResolver.h"

using namespace hptest;

namespace {
ProjectBuilder base(const QStringList &residency)
{
    ProjectBuilder b;
    // us1 is the only offering of provider q, so a move from de1 to us1 leaves p (dual run on p).
    b.provider("p").offering("in1", "p", "1").provider("q").offering("us1", "q", "1");
    b.provider("p2").offering("none1", "p2", "1").offering("de1", "p2", "1");
    b.p.offerings[0].jurisdiction = S("IN");
    b.p.offerings[1].jurisdiction = S("US");
    b.p.offerings[3].jurisdiction = S("de");
    b.workload("w", hp::WorkloadClass::Training, "100", "0");
    b.lastWorkload().residency = residency;
    b.scenario("S", "2026-01", 2);
    return b;
}
} // namespace

TEST(ResidencyRule, SharesOutsideTheListAreBreachesAndCostNothing)
{
    // Residency IN: 30 % on a US offering and 20 % on one without a
    // jurisdiction (which satisfies no list) breach; 50 % in IN does not.
    auto b = base({S("IN")});
    b.place("w", "2026-01", {{"in1", "50"}, {"us1", "30"}, {"none1", "20"}});
    const auto r = b.evaluate("S");
    ASSERT_EQ(r.residencyBreaches.size(), 4u); // two offerings × two months
    EXPECT_EQ(r.residencyBreaches[0].workloadId, S("w"));
    EXPECT_EQ(r.residencyBreaches[0].month, M("2026-01"));
    EXPECT_EQ(r.residencyBreaches[0].offeringId, S("none1"));
    EXPECT_EQ(exact(r.residencyBreaches[0].share), "0.2");
    EXPECT_EQ(r.residencyBreaches[1].offeringId, S("us1"));
    EXPECT_EQ(exact(r.residencyBreaches[1].share), "0.3");
    EXPECT_FALSE(r.residencyBreaches[1].dualRun);
    EXPECT_EQ(r.residencyBreaches[3].month, M("2026-02"));
    // 100 units × 1.00 × 2 months; a breach adds nothing.
    EXPECT_EQ(cents(r.totals.total), "200.00");
    EXPECT_EQ(cents(r.totals.riskAdjustedTotal), "200.00");
}

TEST(ResidencyRule, EuAdmitsMemberStatesAndCodesCompareCaseInsensitively)
{
    // "eu" admits the offering in "de" (Germany); IN is not a member state.
    auto b = base({S("eu")});
    b.place("w", "2026-01", {{"de1", "60"}, {"in1", "40"}});
    const auto r = b.evaluate("S");
    ASSERT_EQ(r.residencyBreaches.size(), 2u);
    EXPECT_EQ(r.residencyBreaches[0].offeringId, S("in1"));
    EXPECT_EQ(r.residencyBreaches[1].offeringId, S("in1"));
}

TEST(ResidencyRule, AnEmptyListAdmitsAnywhere)
{
    auto b = base({});
    b.place("w", "2026-01", {{"none1", "100"}});
    EXPECT_TRUE(b.evaluate("S").residencyBreaches.empty());
}

TEST(ResidencyRule, DualRunOutsideTheListIsReportedAsDualRun)
{
    // Residency US. 2026-01 on de1 (a breach); from 2026-02 on us1 with one
    // dual-run month: the data still runs on de1 in 2026-02 → a dual-run breach.
    auto b = base({S("US")});
    b.place("w", "2026-01", {{"de1", "100"}}).place("w", "2026-02", {{"us1", "100"}}, 1);
    const auto r = b.evaluate("S");
    ASSERT_EQ(r.residencyBreaches.size(), 2u);
    EXPECT_FALSE(r.residencyBreaches[0].dualRun);
    EXPECT_EQ(r.residencyBreaches[1].month, M("2026-02"));
    EXPECT_EQ(r.residencyBreaches[1].offeringId, S("de1"));
    EXPECT_TRUE(r.residencyBreaches[1].dualRun);
    EXPECT_EQ(exact(r.residencyBreaches[1].share), "1");
}

TEST(ResidencyRule, PreparedAdmissionsFollowAResidencyOrJurisdictionChangedBeforeRefresh)
{
    // EngineInputs decides admissions once; refresh() (Monte Carlo reuses the
    // inputs) must decide them again when a residency or a jurisdiction changed.
    auto b = base({S("IN")});
    b.place("w", "2026-01", {{"in1", "50"}, {"us1", "50"}});
    hp::EngineInputs in(b.p, hp::ScenarioResolver::resolve(b.p, S("S")));
    // Offerings: in1 (IN), us1 (US), none1 (none), de1 (de).
    EXPECT_EQ(in.residencyAdmits[0], (std::vector<bool>{true, false, false, false}));
    b.p.workloads[0].residency = {S("US"), S("eu")};
    in.refresh();
    EXPECT_EQ(in.residencyAdmits[0], (std::vector<bool>{false, true, false, true}));
    b.p.offerings[0].jurisdiction = S("FR"); // an EU member state
    in.refresh();
    EXPECT_EQ(in.residencyAdmits[0], (std::vector<bool>{true, true, false, true}));
    b.p.workloads[0].residency.clear(); // anywhere
    in.refresh();
    EXPECT_EQ(in.residencyAdmits[0], (std::vector<bool>{true, true, true, true}));
}
