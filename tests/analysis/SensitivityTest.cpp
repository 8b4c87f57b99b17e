// docs/rules.md §5.4 — tornado: each input low then high, others at base, sorted by swing.
#include "ProjectBuilder.h"

#include "analysis/SensitivityAnalysis.h"

using namespace hptest;

TEST(Sensitivity, BarsSortedByNpvSwingWithLowAndHighValues)
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1.00");
    b.workload("w", hp::WorkloadClass::Other, "1000");
    b.lastWorkload().storedGb = D("10");
    b.scenario("S", "2026-01", 12).place("w", "2026-01", {{"a1", "100"}});
    b.lastScenario().uncertainties = {
        {hp::UncertainInput::EgressGb, S("w"), {hp::DistributionKind::Uniform, 0, 100, 0}}, // no move: no swing
        {hp::UncertainInput::Growth, S("w"), {hp::DistributionKind::Uniform, 0, 1, 0}},
        {hp::UncertainInput::Growth, S(""), {hp::DistributionKind::Triangular, 0, 2, 4}},
        {hp::UncertainInput::Revenue, S("w"), {hp::DistributionKind::Fixed, 5, 0, 0}}, // fixed: no bar
    };
    const auto r = hp::SensitivityAnalysis::run(b.p, S("S"));
    ASSERT_EQ(r.bars.size(), 3u);
    // Growth 0–4 % swings more than 0–1 %, which swings more than egress GB (nothing moves).
    EXPECT_TRUE(r.bars[0].range.target.isEmpty());
    EXPECT_EQ(r.bars[0].lowValue, 0.0);
    EXPECT_EQ(r.bars[0].highValue, 4.0);
    EXPECT_EQ(r.bars[1].range.target, S("w"));
    EXPECT_EQ(r.bars[1].range.input, hp::UncertainInput::Growth);
    EXPECT_TRUE(r.bars[2].swing.isZero());
    EXPECT_GT(r.bars[0].swing, r.bars[1].swing);
    // Low growth 0 %: 12 months × 1 000 discounted at 0 % = 12 000.
    EXPECT_EQ(cents(r.bars[1].npvLow), "12000.00");
    EXPECT_EQ(cents(r.baseNpv), "12000.00");
}
