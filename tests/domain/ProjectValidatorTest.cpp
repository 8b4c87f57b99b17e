// Validation returns every problem with a clear message (foundation issue).
#include "ProjectBuilder.h"

#include "domain/ProjectValidator.h"

using namespace hptest;

namespace {
bool hasIssue(const hp::ValidationIssues &issues, const char *entity, const char *field, const char *fragment)
{
    for (const auto &i : issues)
        if (i.entity == S(entity) && i.field == S(field) && i.message.contains(S(fragment)))
            return true;
    return false;
}

std::string dump(const hp::ValidationIssues &issues)
{
    std::string s;
    for (const auto &i : issues)
        s += i.toString().toStdString() + "\n";
    return s;
}

ProjectBuilder valid()
{
    ProjectBuilder b;
    b.provider("ca").offering("a1", "ca", "1").provider("cb").offering("b1", "cb", "1");
    b.workload("w", hp::WorkloadClass::Training, "1");
    b.contract("k", "ca", "2026-01", "2026-12");
    b.scenario("S", "2026-01", 12).place("w", "2026-01", {{"a1", "60"}, {"b1", "40"}});
    return b;
}
} // namespace

TEST(ProjectValidator, AValidProjectHasNoIssues)
{
    const auto issues = hp::ProjectValidator::validate(valid().p);
    EXPECT_TRUE(issues.empty()) << dump(issues);
}

TEST(ProjectValidator, SharesMustSumToExactlyOneHundred)
{
    auto b = valid();
    b.lastScenario().placements[0].allocations[1].sharePct = D("39.999999999");
    const auto issues = hp::ProjectValidator::validate(b.p);
    EXPECT_TRUE(hasIssue(issues, "placements", "share_pct", "99.999999999")) << dump(issues);
    EXPECT_EQ(issues[0].scenario, S("S"));
}

TEST(ProjectValidator, UnknownIdsAreNamed)
{
    auto b = valid();
    b.p.offerings[0].providerId = S("nobody");
    b.p.contracts[0].providerId = S("ghost");
    b.place("missing", "2026-02", {{"zz", "100"}});
    b.lastScenario().parent = S("Nope");
    const auto issues = hp::ProjectValidator::validate(b.p);
    EXPECT_TRUE(hasIssue(issues, "offerings", "provider_id", "nobody")) << dump(issues);
    EXPECT_TRUE(hasIssue(issues, "contracts", "provider_id", "ghost"));
    EXPECT_TRUE(hasIssue(issues, "placements", "workload_id", "missing"));
    EXPECT_TRUE(hasIssue(issues, "placements", "offering_id", "zz"));
    EXPECT_TRUE(hasIssue(issues, "scenarios", "parent", "Nope"));
}

TEST(ProjectValidator, EndBeforeStartAndNegativeAmounts)
{
    auto b = valid();
    b.p.contracts[0].end = M("2025-12");
    b.p.contracts[0].terminationFee = D("-1");
    b.p.workloads[0].storedGb = D("-5");
    b.p.offerings[0].unitPrice = D("-0.01");
    hp::CommitmentClause c;
    c.yearAmounts = {D("100"), D("-3")};
    c.discountPct = D("120");
    b.p.contracts[0].commitments.push_back(c);
    const auto issues = hp::ProjectValidator::validate(b.p);
    EXPECT_TRUE(hasIssue(issues, "contracts", "end_month", "before start")) << dump(issues);
    EXPECT_TRUE(hasIssue(issues, "contracts", "termination_fee", "negative"));
    EXPECT_TRUE(hasIssue(issues, "workloads", "stored_gb", "negative"));
    EXPECT_TRUE(hasIssue(issues, "offerings", "unit_price", "negative"));
    EXPECT_TRUE(hasIssue(issues, "commitments", "amount", "year 2"));
    EXPECT_TRUE(hasIssue(issues, "commitments", "discount_pct", "between 0 and 100"));
}

TEST(ProjectValidator, DuplicatesAndTreeProblems)
{
    auto b = valid();
    b.provider("ca");
    b.place("w", "2026-01", {{"a1", "100"}});
    b.scenario("Orphan", "", 0);
    const auto issues = hp::ProjectValidator::validate(b.p);
    EXPECT_TRUE(hasIssue(issues, "providers", "id", "duplicate")) << dump(issues);
    EXPECT_TRUE(hasIssue(issues, "placements", "from_month", "placed twice"));
    EXPECT_TRUE(hasIssue(issues, "scenarios", "start_month", "start month"));
    EXPECT_TRUE(hasIssue(issues, "scenarios", "months", "horizon length"));
}

TEST(ProjectValidator, ClauseChecks)
{
    auto b = valid();
    hp::ExclusivityClause ex;
    ex.classes = {hp::WorkloadClass::StatelessApi};
    ex.damagesModel = hp::DamagesModel::FixedPerMonth;
    b.p.contracts[0].exclusivities.push_back(ex);
    b.p.contracts[0].revenueShares.push_back({D("150"), M("2027-01"), M("2026-01"), hp::allWorkloadClasses(),
                                              hp::PlacementScope::Any, std::nullopt, std::nullopt});
    b.p.contracts[0].currency = S("usd");
    b.p.providers[0].egressTiers = {{std::nullopt, D("0.1")}, {D("10"), D("0.05")}};
    const auto issues = hp::ProjectValidator::validate(b.p);
    EXPECT_TRUE(hasIssue(issues, "exclusivity", "damages_value", "need a value")) << dump(issues);
    EXPECT_TRUE(hasIssue(issues, "revenue_share", "rate_pct", "between 0 and 100"));
    EXPECT_TRUE(hasIssue(issues, "revenue_share", "sunset_month", "before start"));
    EXPECT_TRUE(hasIssue(issues, "contracts", "currency", "ISO 4217"));
    EXPECT_TRUE(hasIssue(issues, "egress", "up_to_gb", "only the last tier"));
}

TEST(ProjectValidator, EngineRefusesAnInvalidProjectWithTheReasons)
{
    auto b = valid();
    b.lastScenario().placements[0].allocations[1].sharePct = D("10");
    try {
        b.evaluate("S");
        FAIL() << "evaluation of an invalid scenario must fail";
    } catch (const hp::EngineError &e) {
        EXPECT_TRUE(e.message().contains(S("not exactly 100"))) << e.what();
    }
}
