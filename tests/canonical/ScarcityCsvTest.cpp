// docs/rules.md §9 (rev 2) and §11: the scarcity, sovereignty and dispute columns
// of the canonical CSV files — what each cell becomes, and bad input refused
// with file, line and column (a settlement on a class that is not contested is
// a warning, never silently ignored).
#include "CanonicalTestSupport.h"

#include "domain/ProjectValidator.h"

#include <gtest/gtest.h>

using hp::CanonicalCsvReader;
using namespace hp::test;

namespace {
Files scarcityFiles()
{
    auto files = minimalFiles();
    files[S("offerings.csv")] = "id,provider_id,name,unit,unit_price,region,jurisdiction,capacity_units\n"
                                "a1,cloud_a,H200,1M tokens,2.00,us-east-1,US,800\n"
                                "a2,cloud_a,H200 IN,1M tokens,2.00,ap-south-1,in,0\n"
                                "a3,cloud_a,Any,1M tokens,2.00,,,\n";
    files[S("capacity.csv")] = "offering_id,from_month,capacity_units\na1,2026-02,500\na1,2026-03,0\n";
    files[S("workloads.csv")] = "id,name,class,unit,monthly_units,residency\n"
                                "w,Chat,stateless_api,1M tokens,1000,IN|eu\n"
                                "v,Batch,batch_inference,1M tokens,1,\n";
    files[S("classification.csv")] = "contract_id,class,covered,p_breach_pct,settlement_amount\n"
                                     "k,stateful_runtime,contested,35,1500000.50\n"
                                     "k,batch_inference,contested,10,\n";
    files[S("scenarios.csv")] = "name,start_month,months,parent,settle_disputes\nS,2026-01,3,,\nT,,,S,true\nU,,,T,false\n";
    return files;
}
} // namespace

TEST(ScarcityCsv, ReadsRegionsResidencyCapacitySettlementsAndSettleDisputes)
{
    const auto r = CanonicalCsvReader::readFiles(scarcityFiles());
    ASSERT_TRUE(r.ok()) << dump(r);
    EXPECT_TRUE(r.warnings.isEmpty()) << dump(r);
    const auto &o = r.project.offerings;
    ASSERT_EQ(o.size(), 3u);
    EXPECT_EQ(o[0].region, S("us-east-1"));
    EXPECT_EQ(o[0].jurisdiction, S("US"));
    EXPECT_EQ(o[0].capacityUnits, D("800"));
    EXPECT_EQ(o[1].jurisdiction, S("in")); // stored as typed, compared case-insensitively
    EXPECT_EQ(o[1].capacityUnits, D("0")); // capacity 0 is allowed: nothing served
    EXPECT_FALSE(o[2].capacityUnits.has_value()); // empty: unlimited
    EXPECT_TRUE(o[2].jurisdiction.isEmpty());
    ASSERT_EQ(o[0].capacitySchedule.size(), 2u);
    EXPECT_EQ(o[0].capacitySchedule[0].from, hp::YearMonth(2026, 2));
    EXPECT_EQ(o[0].capacitySchedule[0].units, D("500"));
    EXPECT_EQ(o[0].capacitySchedule[1].units, D("0"));
    EXPECT_EQ(r.project.workloads[0].residency, (QStringList{S("IN"), S("eu")}));
    EXPECT_TRUE(r.project.workloads[1].residency.isEmpty());
    const auto &cl = r.project.contracts[0].classifications;
    ASSERT_EQ(cl.size(), 2u);
    EXPECT_EQ(cl[0].settlementAmount, D("1500000.5"));
    EXPECT_FALSE(cl[1].settlementAmount.has_value());
    EXPECT_FALSE(r.project.scenarios[0].settleDisputes.has_value()); // empty: inherited
    EXPECT_EQ(r.project.scenarios[1].settleDisputes, true);
    EXPECT_EQ(r.project.scenarios[2].settleDisputes, false);
}

TEST(ScarcityCsv, AnUnknownResidencyCodeIsRefusedWithFileLineAndColumn)
{
    auto files = scarcityFiles();
    files[S("workloads.csv")] = "id,name,class,unit,monthly_units,residency\n"
                                "w,Chat,stateless_api,1M tokens,1000,IN|XX\n"
                                "v,Batch,batch_inference,1M tokens,1,Europe\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_EQ(r.errors.size(), 2u) << dump(r);
    EXPECT_TRUE(hasError(r, "workloads.csv", 2, 6, "unknown jurisdiction 'XX'")) << dump(r);
    EXPECT_TRUE(hasError(r, "workloads.csv", 3, 6, "unknown jurisdiction 'Europe'")) << dump(r);
    EXPECT_EQ(r.errors[0].raw, S("IN|XX"));
}

TEST(ScarcityCsv, AnUnknownOfferingJurisdictionIsRefused)
{
    auto files = scarcityFiles();
    files[S("offerings.csv")] = "id,provider_id,name,unit,unit_price,jurisdiction\na1,cloud_a,H200,1M tokens,2.00,USA\n";
    files.erase(S("capacity.csv"));
    const auto r = CanonicalCsvReader::readFiles(files);
    EXPECT_TRUE(hasError(r, "offerings.csv", 2, 6, "unknown jurisdiction 'USA'")) << dump(r);
}

TEST(ScarcityCsv, NegativeCapacityAndSettlementAreRefused)
{
    auto files = scarcityFiles();
    files[S("offerings.csv")] = "id,provider_id,name,unit,unit_price,capacity_units\na1,cloud_a,H200,1M tokens,2.00,-1\n";
    files[S("capacity.csv")] = "offering_id,from_month,capacity_units\na1,2026-02,-5\na1,2026-03,\nzz,2026-03,5\n";
    files[S("classification.csv")] = "contract_id,class,covered,p_breach_pct,settlement_amount\n"
                                     "k,stateful_runtime,contested,35,-100\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    EXPECT_TRUE(hasError(r, "offerings.csv", 2, 6, "must not be negative")) << dump(r);
    EXPECT_TRUE(hasError(r, "capacity.csv", 2, 3, "must not be negative")) << dump(r);
    EXPECT_TRUE(hasError(r, "capacity.csv", 3, 3, "")) << dump(r); // required
    EXPECT_TRUE(hasError(r, "capacity.csv", 4, 1, "unknown offering 'zz'")) << dump(r);
    EXPECT_TRUE(hasError(r, "classification.csv", 2, 5, "must not be negative")) << dump(r);
    EXPECT_EQ(r.errors.size(), 5u) << dump(r);
}

TEST(ScarcityCsv, TwoCapacityRowsFromTheSameMonthAreRefused)
{
    auto files = scarcityFiles();
    files[S("capacity.csv")] = "offering_id,from_month,capacity_units\na1,2026-02,500\na1,2026-02,600\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_EQ(r.errors.size(), 1u) << dump(r);
    EXPECT_TRUE(hasError(r, "capacity.csv", 3, 2, "has a capacity from 2026-02 already")) << dump(r);
    EXPECT_EQ(r.project.offerings[0].capacitySchedule.size(), 1u);
}

TEST(ScarcityCsv, ASettlementOnAClassThatIsNotContestedIsAWarning)
{
    auto files = scarcityFiles();
    files[S("classification.csv")] = "contract_id,class,covered,p_breach_pct,settlement_amount\n"
                                     "k,stateless_api,yes,,250\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_TRUE(r.ok()) << dump(r);
    ASSERT_EQ(r.warnings.size(), 1) << dump(r);
    EXPECT_TRUE(r.warnings[0].startsWith(S("classification.csv:2:5: "))) << r.warnings[0].toStdString();
    EXPECT_TRUE(r.warnings[0].contains(S("contested class only"))) << r.warnings[0].toStdString();
    // Kept as given, and the validator says so too.
    EXPECT_EQ(r.project.contracts[0].classifications[0].settlementAmount, D("250"));
    bool warned = false;
    for (const auto &issue : hp::ProjectValidator::validate(r.project))
        warned = warned || (issue.field == S("settlement_amount") && issue.severity == hp::ValidationIssue::Severity::Warning);
    EXPECT_TRUE(warned);
}

TEST(ScarcityCsv, TheValidatorRefusesWhatTheEditorCouldTypeAndWarnsOfResidencyBreaches)
{
    auto r = CanonicalCsvReader::readFiles(scarcityFiles());
    ASSERT_TRUE(r.ok()) << dump(r);
    hp::Project p = r.project;
    p.offerings[0].capacityUnits = D("-1");
    p.workloads[0].residency << S("ZZ");
    p.contracts[0].classifications[0].settlementAmount = D("-5");
    // w (residency IN|EU) is placed on a1 (US): a residency warning, not an error.
    int errors = 0;
    bool residencyWarning = false;
    for (const auto &issue : hp::ProjectValidator::validate(p)) {
        errors += issue.severity == hp::ValidationIssue::Severity::Error;
        residencyWarning = residencyWarning
            || (issue.severity == hp::ValidationIssue::Severity::Warning && issue.message.contains(S("residency breach")));
    }
    EXPECT_EQ(errors, 3);
    EXPECT_TRUE(residencyWarning);
}
