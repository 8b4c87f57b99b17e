// The canonical CSV writer: RFC 4180 quoting, UTF-8 without BOM, LF, one
// file per entity, and read(write(project)) == project.
#include "CanonicalTestSupport.h"

#include "canonical/CanonicalCsvWriter.h"
#include "canonical/DemoPortfolio.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using hp::CanonicalCsvReader;
using hp::CanonicalCsvWriter;
using namespace hp::test;

namespace {

/// A project that sets every field the files can hold, with texts that need
/// quoting, full contract dates, several clauses of each kind and doubles
/// that have no short decimal form.
hp::Project handMadeProject()
{
    using hp::YearMonth;
    hp::Project p;
    p.title = S("Hand-made, \"quoted\" \u00E9");
    p.illustrative = false;
    p.reportingCurrency = S("EUR");
    p.exchangeRates = {{S("USD"), D("0.925")}, {S("GBP"), D("1.170000001")}};

    p.providers.push_back({S("a"), S("Anbieter \u00C4"), hp::ProviderKind::Cloud,
                           {{D("10240"), D("0.09")}, {D("51200"), D("0.085")}, {std::nullopt, D("0.000000001")}}, true});
    p.providers.push_back({S("m"), S("Models\nInc."), hp::ProviderKind::Marketplace, {}, false});
    p.providers.push_back({S("s"), S("Silicon"), hp::ProviderKind::Silicon, {}, false});

    p.offerings.push_back({S("o1"), S("a"), S("GPU, fast"), S("GPU-hour"), D("3.5"), S("H200"), YearMonth(2026, 3), D("-7.5")});
    p.offerings.push_back({S("o2"), S("m"), S("API"), S("1M tokens"), D("0.000000001"), QString(), std::nullopt, D("0")});
    // §11 (rev 2): region, jurisdiction, capacity column and schedule (capacity 0 is a value).
    p.offerings[0].region = S("us-east-1, \"a\"");
    p.offerings[0].jurisdiction = S("US");
    p.offerings[0].capacityUnits = D("800.5");
    p.offerings[0].capacitySchedule = {{YearMonth(2027, 1), D("0")}, {YearMonth(2026, 6), D("1200")}};
    p.offerings[1].jurisdiction = S("in");

    hp::Workload w1;
    w1.id = S("w1");
    w1.name = S("Chat \"public\"");
    w1.cls = hp::WorkloadClass::StatelessApi;
    w1.unit = S("1M tokens");
    w1.monthlyUnits = D("250000000.5");
    w1.monthlyGrowthPct = D("2.25");
    w1.monthlyRevenue = D("1200000000");
    w1.revenueGrowthPct = D("-0.5");
    w1.storedGb = D("2000000");
    w1.reengineeringPersonMonths = D("60");
    w1.costPerPersonMonth = D("25000");
    w1.criticality = 5;
    w1.residency = {S("IN"), S("eu")};
    p.workloads.push_back(w1);
    hp::Workload w2;
    w2.id = S("w2");
    w2.name = S("Training");
    w2.cls = hp::WorkloadClass::Training;
    w2.unit = S("GPU-hour");
    w2.monthlyUnits = D("1");
    p.workloads.push_back(w2);

    hp::Contract k;
    k.id = S("k");
    k.name = S("Partnership, strategic");
    k.providerId = S("a");
    k.start = YearMonth(2026, 1);
    k.startDate = QDate(2026, 1, 15);
    k.end = YearMonth(2032, 12);
    k.noticeMonths = 12;
    k.terminationFee = D("2000000000.01");
    k.currency = S("USD");
    hp::CommitmentClause c1;
    c1.yearAmounts = {D("3000000000"), D("4000000000"), D("6000000000.5")};
    c1.discountPct = D("12");
    hp::CommitmentClause c2;
    c2.start = YearMonth(2027, 4);
    c2.yearAmounts = {D("100")};
    c2.discountPct = D("3.5");
    c2.eligibleClasses = {hp::WorkloadClass::Training, hp::WorkloadClass::BatchInference};
    c2.marketplaceCreditPct = D("2.5");
    c2.trueUp = hp::TrueUp::EndOfTerm;
    hp::CommitmentClause c3; // no discount given: an empty field, read back empty
    c3.yearAmounts = {D("7")};
    k.commitments = {c1, c2, c3};
    hp::RevenueShareClause r1;
    r1.ratePct = D("20");
    r1.start = YearMonth(2026, 1);
    r1.sunset = YearMonth(2030, 12);
    r1.capTotal = D("38000000000");
    hp::RevenueShareClause r2;
    r2.ratePct = D("0.5");
    r2.start = YearMonth(2027, 1);
    r2.sunset = YearMonth(2027, 12);
    r2.baseClasses = {hp::WorkloadClass::StatelessApi};
    r2.scope = hp::PlacementScope::OnCounterparty;
    r2.capPerYear = D("1000.25");
    k.revenueShares = {r1, r2};
    hp::ExclusivityClause e1;
    e1.classes = {hp::WorkloadClass::StatelessApi};
    hp::ExclusivityClause e2;
    e2.classes = hp::allWorkloadClasses();
    e2.start = YearMonth(2026, 6);
    e2.end = YearMonth(2028, 5);
    e2.damagesModel = hp::DamagesModel::FixedPerMonth;
    e2.damagesValue = D("5000000");
    k.exclusivities = {e1, e2};
    k.classifications = {{hp::WorkloadClass::StatefulRuntime, hp::Coverage::Contested, D("35"), D("1500000000.25")},
                         {hp::WorkloadClass::Training, hp::Coverage::No, D("0")},
                         {hp::WorkloadClass::BatchInference, hp::Coverage::Yes, D("10")}};
    k.datedClauses = {{S("licence_rights"), S("Licence to models, \"IP\"\r\nthrough 2032"), YearMonth(2019, 1), YearMonth(2032, 12), false},
                      {S("egress_terms"), QString(), std::nullopt, std::nullopt, true}};
    k.primaryClass = hp::WorkloadClass::StatelessApi;
    k.exclusivityScope = S("Exclusive distribution of stateless APIs");
    k.notes = S("=SUM(A1) is text here");
    p.contracts.push_back(k);
    hp::Contract k2;
    k2.id = S("k2");
    k2.name = S("EDP");
    k2.providerId = S("m");
    k2.start = YearMonth(2026, 2);
    k2.end = YearMonth(2029, 1);
    k2.endDate = QDate(2029, 1, 20);
    k2.currency = S("GBP");
    p.contracts.push_back(k2);

    hp::Scenario base;
    base.name = S("Base");
    base.start = YearMonth(2026, 1);
    base.months = 60;
    base.discountRatePct = D("8");
    base.settleDisputes = false;
    base.placements = {{S("w1"), YearMonth(2026, 1), {{S("o1"), D("100")}}, 0},
                       {S("w1"), YearMonth(2027, 1), {{S("o1"), D("60")}, {S("o2"), D("40")}}, 3}};
    base.uncertainties = {{hp::UncertainInput::Growth, S("w1"), {hp::DistributionKind::Triangular, 0.1, 1.0 / 3.0, 7}},
                          {hp::UncertainInput::PBreach, QString(), {hp::DistributionKind::Bernoulli, 0.35, 0, 0}},
                          {hp::UncertainInput::EgressGb, S("w1"), {hp::DistributionKind::Normal, 5e6, 1e-7, -2.5}},
                          {hp::UncertainInput::Capacity, S("o1"), {hp::DistributionKind::Uniform, 0.6, 1, 0}}};
    p.scenarios.push_back(base);
    hp::Scenario child;
    child.name = S("Hedge 60/40, \"child\"");
    child.parent = S("Base");
    child.settleDisputes = true;
    child.placements = {{S("w2"), YearMonth(2026, 7), {{S("o1"), D("100")}}, 0}};
    p.scenarios.push_back(child);

    p.actuals.push_back({S("a"), YearMonth(2026, 1), D("1234.5"), D("1000.000000001"), S("USD")});
    return p;
}

} // namespace

TEST(CanonicalCsvWriter, RoundTripOfAHandMadeProjectIsExact)
{
    const hp::Project p = handMadeProject();
    const auto files = CanonicalCsvWriter::toFiles(p);
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_TRUE(r.ok()) << dump(r);
    EXPECT_TRUE(r.warnings.isEmpty()) << dump(r);
    // Field by field first, for a readable failure, then the whole project.
    EXPECT_EQ(r.project.title, p.title);
    EXPECT_EQ(r.project.providers, p.providers);
    EXPECT_EQ(r.project.offerings, p.offerings);
    EXPECT_EQ(r.project.workloads, p.workloads);
    ASSERT_EQ(r.project.contracts.size(), 2u);
    EXPECT_EQ(r.project.contracts[0].commitments, p.contracts[0].commitments);
    EXPECT_EQ(r.project.contracts[0].classifications, p.contracts[0].classifications);
    EXPECT_EQ(r.project.contracts[0].datedClauses, p.contracts[0].datedClauses);
    EXPECT_EQ(r.project.contracts, p.contracts);
    ASSERT_EQ(r.project.scenarios.size(), 2u);
    EXPECT_EQ(r.project.scenarios[0].uncertainties, p.scenarios[0].uncertainties);
    EXPECT_EQ(r.project.scenarios, p.scenarios);
    EXPECT_EQ(r.project.actuals, p.actuals);
    EXPECT_TRUE(r.project == p);
    // Writing the read project again gives the same bytes.
    EXPECT_EQ(CanonicalCsvWriter::toFiles(r.project), files);
}

TEST(CanonicalCsvWriter, RoundTripOfTheDemoThroughAFolderIsExact)
{
    const hp::Project demo = hp::DemoPortfolio::load();
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("nested/demo"));
    QString error;
    ASSERT_TRUE(CanonicalCsvWriter::writeFolder(demo, folder, &error)) << error.toStdString();
    const auto r = CanonicalCsvReader::readFolder(folder);
    ASSERT_TRUE(r.ok()) << dump(r);
    EXPECT_TRUE(r.warnings.isEmpty()) << dump(r);
    EXPECT_TRUE(r.project == demo);
}

TEST(CanonicalCsvWriter, WritesEveryFileWithItsHeaderInUtf8WithLfAndNoBom)
{
    const auto files = CanonicalCsvWriter::toFiles(hp::Project());
    const QStringList expected{S("actuals.csv"), S("capacity.csv"), S("classification.csv"), S("commitment_tiers.csv"), S("commitments.csv"), S("contracts.csv"),
                               S("egress.csv"), S("exchange_rates.csv"), S("exclusivity.csv"), S("offerings.csv"),
                               S("other_clauses.csv"), S("placements.csv"), S("project.csv"), S("providers.csv"),
                               S("revenue_share.csv"), S("scenarios.csv"), S("uncertainty.csv"), S("workloads.csv")};
    QStringList names;
    for (const auto &[name, bytes] : files)
        names << name;
    EXPECT_EQ(names, expected);
    EXPECT_EQ(files.at(S("providers.csv")), QByteArray("id,name,kind,exit_egress_waived\n"));
    EXPECT_EQ(files.at(S("project.csv")), QByteArray("key,value\ntitle,\nreporting_currency,USD\nillustrative,false\n"));
    EXPECT_EQ(files.at(S("commitments.csv")),
              QByteArray("contract_id,year,amount,discount_pct,eligible_classes,marketplace_credit_pct,true_up,start_month,clause\n"));

    const auto hand = CanonicalCsvWriter::toFiles(handMadeProject());
    for (const auto &[name, bytes] : hand) {
        EXPECT_FALSE(bytes.startsWith("\xEF\xBB\xBF")) << name.toStdString();
        EXPECT_TRUE(bytes.endsWith('\n')) << name.toStdString();
    }
    // The only CRs are inside the quoted clause text that holds one.
    EXPECT_EQ(hand.at(S("other_clauses.csv")),
              QByteArray("contract_id,kind,text,start_month,end_month,waives_exit_egress\n"
                         "k,licence_rights,\"Licence to models, \"\"IP\"\"\r\nthrough 2032\",2019-01,2032-12,false\n"
                         "k,egress_terms,,,,true\n"));
}

TEST(CanonicalCsvWriter, QuotesOnlyFieldsThatNeedIt)
{
    hp::Project p;
    p.providers.push_back({S("x"), S("Name, with \"quotes\""), hp::ProviderKind::Model, {}, false});
    p.providers.push_back({S("y"), S("Two\nlines"), hp::ProviderKind::Cloud, {}, true});
    p.providers.push_back({S("z"), S("=1+2 and 'single'"), hp::ProviderKind::Cloud, {}, false});
    const auto files = CanonicalCsvWriter::toFiles(p);
    EXPECT_EQ(files.at(S("providers.csv")), QByteArray("id,name,kind,exit_egress_waived\n"
                                                       "x,\"Name, with \"\"quotes\"\"\",model,false\n"
                                                       "y,\"Two\nlines\",cloud,true\n"
                                                       "z,=1+2 and 'single',cloud,false\n")); // canonical files are data, not sheets
}

TEST(CanonicalCsvWriter, CommitmentsAreOneRowPerYearWithTheClauseNumberOnlyWhenNeeded)
{
    const auto files = CanonicalCsvWriter::toFiles(handMadeProject());
    EXPECT_EQ(files.at(S("commitments.csv")),
              QByteArray("contract_id,year,amount,discount_pct,eligible_classes,marketplace_credit_pct,true_up,start_month,clause\n"
                         "k,1,3000000000,12,all,0,yearly,,1\n"
                         "k,2,4000000000,12,all,0,yearly,,1\n"
                         "k,3,6000000000.5,12,all,0,yearly,,1\n"
                         "k,1,100,3.5,training|batch_inference,2.5,end_of_term,2027-04,2\n"
                         "k,1,7,,all,0,yearly,,3\n")); // no discount given: an empty field, not 0
    hp::Project single = handMadeProject();
    single.contracts[0].commitments.resize(1);
    EXPECT_TRUE(CanonicalCsvWriter::toFiles(single).at(S("commitments.csv")).contains("\nk,1,3000000000,12,all,0,yearly,,\n"));
}

TEST(CanonicalCsvWriter, WriteFolderReplacesFilesAndReportsFailure)
{
    QTemporaryDir dir;
    QFile stale(dir.filePath(QStringLiteral("providers.csv")));
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.write("old content that is longer than the new file will be\n");
    stale.close();
    QString error;
    ASSERT_TRUE(CanonicalCsvWriter::writeFolder(hp::Project(), dir.path(), &error)) << error.toStdString();
    QFile again(dir.filePath(QStringLiteral("providers.csv")));
    ASSERT_TRUE(again.open(QIODevice::ReadOnly));
    EXPECT_EQ(again.readAll(), QByteArray("id,name,kind,exit_egress_waived\n"));
    // Only the 18 canonical files (capacity.csv since §11, commitment_tiers.csv since §12.2):
    // no temporary file is left behind.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 18);

    // A folder that cannot be created: a file stands where it should be.
    const QString blocked = dir.filePath(QStringLiteral("providers.csv/sub"));
    EXPECT_FALSE(CanonicalCsvWriter::writeFolder(hp::Project(), blocked, &error));
    EXPECT_TRUE(error.contains(S("cannot create folder"))) << error.toStdString();
}
