// The canonical CSV reader (docs/rules.md §6.1, §9 and docs/csv-formats.md):
// what each cell becomes, and every rejected cell named by file, line and column.
#include "CanonicalTestSupport.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using hp::CanonicalCsvReader;
using namespace hp::test;

TEST(CanonicalCsvReader, ReadsAMinimalProject)
{
    const auto r = CanonicalCsvReader::readFiles(minimalFiles());
    ASSERT_TRUE(r.ok()) << dump(r);
    EXPECT_TRUE(r.warnings.isEmpty()) << dump(r);
    ASSERT_EQ(r.project.offerings.size(), 1u);
    EXPECT_EQ(r.project.offerings[0].unitPrice, D("2"));
    EXPECT_EQ(r.project.offerings[0].unit, S("1M tokens"));
    ASSERT_EQ(r.project.workloads.size(), 1u);
    EXPECT_EQ(r.project.workloads[0].cls, hp::WorkloadClass::StatelessApi);
    EXPECT_EQ(r.project.workloads[0].monthlyGrowthPct, D("20")); // "20%" = 20 points
    ASSERT_EQ(r.project.scenarios.size(), 1u);
    EXPECT_EQ(r.project.scenarios[0].start, hp::YearMonth(2026, 1));
    EXPECT_EQ(r.project.scenarios[0].months, 3);
    ASSERT_EQ(r.project.scenarios[0].placements.size(), 1u);
    EXPECT_EQ(r.project.scenarios[0].placements[0].allocations[0].sharePct, D("100"));
}

TEST(CanonicalCsvReader, PercentColumnsTakeTwentyAndTwentyPercentAlike)
{
    auto files = minimalFiles();
    files[S("workloads.csv")] = "id,name,class,unit,monthly_units,monthly_growth_pct,revenue_growth_pct\n"
                                "w1,A,other,u,1,20,20%\n"
                                "w2,B,other,u,1,0.5,20 %\n"
                                "w3,C,other,u,1,-1.25%,\n"
                                "w4,D,other,u,1,abc%,%\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    const auto &w = r.project.workloads;
    ASSERT_EQ(w.size(), 4u);
    EXPECT_EQ(w[0].monthlyGrowthPct, D("20"));
    EXPECT_EQ(w[0].revenueGrowthPct, D("20"));
    EXPECT_EQ(w[1].monthlyGrowthPct, D("0.5")); // 0.5 means 0.5 %, not 50 % (docs/rules.md §3)
    EXPECT_EQ(w[1].revenueGrowthPct, D("20"));
    EXPECT_EQ(w[2].monthlyGrowthPct, D("-1.25"));
    EXPECT_EQ(w[2].revenueGrowthPct, D("0")); // empty optional → default 0
    ASSERT_EQ(r.errors.size(), 2u) << dump(r);
    EXPECT_TRUE(hasError(r, "workloads.csv", 5, 6, "monthly_growth_pct")) << dump(r);
    EXPECT_TRUE(hasError(r, "workloads.csv", 5, 7, "revenue_growth_pct")) << dump(r);
}

TEST(CanonicalCsvReader, BadNumberNamesFileLineAndColumn)
{
    auto files = minimalFiles();
    files[S("offerings.csv")] = "id,provider_id,name,unit,unit_price\na1,cloud_a,H200,1M tokens,2.00\na2,cloud_a,X,1M tokens,1e3\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_EQ(r.errors.size(), 1u) << dump(r);
    const hp::ImportError &e = r.errors[0];
    EXPECT_EQ(e.file, S("offerings.csv"));
    EXPECT_EQ(e.line, 3);   // the header is line 1
    EXPECT_EQ(e.column, 5); // unit_price is the fifth column
    EXPECT_EQ(e.raw, S("1e3"));
    EXPECT_TRUE(e.reason.startsWith(S("unit_price: "))) << e.reason.toStdString();
    EXPECT_EQ(e.toString().left(21), S("offerings.csv:3:5: un"));
}

TEST(CanonicalCsvReader, ColumnNamesAreCaseInsensitiveTrimmedAndInAnyOrder)
{
    auto files = minimalFiles();
    files[S("providers.csv")] = " KIND , Name,ID\ncloud,Cloud A,cloud_a\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_TRUE(r.ok()) << dump(r);
    ASSERT_EQ(r.project.providers.size(), 1u);
    EXPECT_EQ(r.project.providers[0].id, S("cloud_a"));
    EXPECT_EQ(r.project.providers[0].name, S("Cloud A"));
}

TEST(CanonicalCsvReader, MissingRequiredColumnIsAnErrorAndUnknownColumnsAWarning)
{
    auto files = minimalFiles();
    files[S("workloads.csv")] = "id,name,unit,monthly_units,colour\nw,Chat,1M tokens,1000,blue\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_EQ(r.errors.size(), 1u) << dump(r);
    EXPECT_TRUE(hasError(r, "workloads.csv", 1, 0, "required column 'class' is missing")) << dump(r);
    ASSERT_EQ(r.warnings.size(), 1) << dump(r);
    EXPECT_EQ(r.warnings[0], S("workloads.csv:1:5: unknown column 'colour' ignored"));
}

TEST(CanonicalCsvReader, ADuplicateColumnIsAnError)
{
    auto files = minimalFiles();
    files[S("providers.csv")] = "id,name,kind,Name\ncloud_a,Cloud A,cloud,X\n";
    EXPECT_TRUE(hasError(CanonicalCsvReader::readFiles(files), "providers.csv", 1, 4, "appears twice"));
}

TEST(CanonicalCsvReader, RequiredCellsMustNotBeEmpty)
{
    auto files = minimalFiles();
    files[S("offerings.csv")] = "id,provider_id,name,unit,unit_price\na1,cloud_a,,1M tokens,  \n";
    const auto r = CanonicalCsvReader::readFiles(files);
    EXPECT_TRUE(hasError(r, "offerings.csv", 2, 3, "name is required")) << dump(r);
    EXPECT_TRUE(hasError(r, "offerings.csv", 2, 5, "unit_price is required")) << dump(r);
}

TEST(CanonicalCsvReader, CommitmentYearsFormOneClausePerContract)
{
    auto files = minimalFiles();
    // Rows out of order; the clause fields repeat on each row.
    files[S("commitments.csv")] = "contract_id,year,amount,discount_pct,eligible_classes,true_up,start_month\n"
                                  "k,2,200,12%,training|batch_inference,end_of_term,2026-04\n"
                                  "k,1,100,12,batch_inference|training,END_OF_TERM,2026-04-01\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_TRUE(r.ok()) << dump(r);
    const auto &clauses = r.project.contracts[0].commitments;
    ASSERT_EQ(clauses.size(), 1u);
    EXPECT_EQ(clauses[0].yearAmounts, (std::vector<hp::Decimal>{D("100"), D("200")})); // ordered by year
    EXPECT_EQ(clauses[0].discountPct, D("12"));
    EXPECT_EQ(clauses[0].eligibleClasses, (hp::ClassSet{hp::WorkloadClass::Training, hp::WorkloadClass::BatchInference}));
    EXPECT_EQ(clauses[0].trueUp, hp::TrueUp::EndOfTerm);
    EXPECT_EQ(clauses[0].start, hp::YearMonth(2026, 4));
    EXPECT_EQ(clauses[0].marketplaceCreditPct, D("0"));
}

TEST(CanonicalCsvReader, CommitmentDefaults)
{
    auto files = minimalFiles();
    files[S("commitments.csv")] = "contract_id,year,amount\nk,1,5\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_TRUE(r.ok()) << dump(r);
    const hp::CommitmentClause &c = r.project.contracts[0].commitments.at(0);
    EXPECT_EQ(c.discountPct, std::nullopt); // not given stays not given (§6.1 rev 2; before: 0); the engine applies none
    EXPECT_EQ(c.eligibleClasses, hp::allWorkloadClasses());
    EXPECT_EQ(c.trueUp, hp::TrueUp::Yearly);
    EXPECT_FALSE(c.start); // the contract's start
}

TEST(CanonicalCsvReader, CommitmentYearGapIsAnErrorAtTheLineAfterTheGap)
{
    auto files = minimalFiles();
    files[S("commitments.csv")] = "contract_id,year,amount,discount_pct\nk,1,100,10\nk,3,100,10\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_EQ(r.errors.size(), 1u) << dump(r);
    EXPECT_TRUE(hasError(r, "commitments.csv", 3, 2, "year 2 is missing")) << dump(r);
    EXPECT_TRUE(r.project.contracts[0].commitments.empty()); // an incomplete ramp is not kept

    files[S("commitments.csv")] = "contract_id,year,amount\nk,2,100\n"; // year 1 missing
    EXPECT_TRUE(hasError(CanonicalCsvReader::readFiles(files), "commitments.csv", 2, 2, "year 1 is missing"));
}

TEST(CanonicalCsvReader, CommitmentYearTwiceOrBelowOneIsAnError)
{
    auto files = minimalFiles();
    files[S("commitments.csv")] = "contract_id,year,amount\nk,1,100\nk,2,100\nk,1,300\nk,0,1\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    EXPECT_TRUE(hasError(r, "commitments.csv", 4, 2, "year 1 of contract 'k' appears twice (first on line 2)")) << dump(r);
    EXPECT_TRUE(hasError(r, "commitments.csv", 5, 2, "year must be 1 or more")) << dump(r);
    EXPECT_EQ(r.errors.size(), 2u) << dump(r);
}

TEST(CanonicalCsvReader, DisagreeingClauseFieldsAreErrorsNamingTheColumn)
{
    auto files = minimalFiles();
    files[S("commitments.csv")] = "contract_id,year,amount,discount_pct,eligible_classes,marketplace_credit_pct,true_up\n"
                                  "k,1,100,10,all,0,yearly\n"
                                  "k,2,100,12,all,0,yearly\n"
                                  "k,3,100,10,training,5,end_of_term\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    EXPECT_TRUE(hasError(r, "commitments.csv", 3, 4, "discount_pct differs from line 2")) << dump(r);
    EXPECT_TRUE(hasError(r, "commitments.csv", 4, 5, "eligible_classes differs from line 2")) << dump(r);
    EXPECT_TRUE(hasError(r, "commitments.csv", 4, 6, "marketplace_credit_pct differs")) << dump(r);
    EXPECT_TRUE(hasError(r, "commitments.csv", 4, 7, "true_up differs")) << dump(r);
    EXPECT_EQ(r.errors.size(), 4u) << dump(r);

    // A cell that does not parse is reported once, not also as a disagreement.
    files[S("commitments.csv")] = "contract_id,year,amount,discount_pct\nk,1,100,10\nk,2,100,ten\n";
    const auto bad = CanonicalCsvReader::readFiles(files);
    ASSERT_EQ(bad.errors.size(), 1u) << dump(bad);
    EXPECT_TRUE(hasError(bad, "commitments.csv", 3, 4, "discount_pct: ")) << dump(bad);
}

TEST(CanonicalCsvReader, TheClauseColumnSeparatesSeveralCommitmentsOfOneContract)
{
    auto files = minimalFiles();
    files[S("commitments.csv")] = "contract_id,year,amount,discount_pct,clause\n"
                                  "k,1,100,10,1\nk,2,110,10,1\nk,1,7,3,2\nk,1,9,1,0\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_EQ(r.errors.size(), 1u) << dump(r);
    EXPECT_TRUE(hasError(r, "commitments.csv", 5, 5, "clause must be 1 or more")) << dump(r);
    const auto &clauses = r.project.contracts[0].commitments;
    ASSERT_EQ(clauses.size(), 2u);
    EXPECT_EQ(clauses[0].yearAmounts, (std::vector<hp::Decimal>{D("100"), D("110")}));
    EXPECT_EQ(clauses[1].yearAmounts, (std::vector<hp::Decimal>{D("7")}));
    EXPECT_EQ(clauses[1].discountPct, D("3"));
}

TEST(CanonicalCsvReader, PlacementRowsGroupIntoAllocations)
{
    auto files = minimalFiles();
    files[S("offerings.csv")] += "b1,cloud_a,Other,1M tokens,1.5\n";
    files[S("placements.csv")] = "scenario,workload_id,from_month,offering_id,share_pct,dual_run_months\n"
                                 "S,w,2026-01,a1,100,\n"
                                 "S,w,2026-03,a1,60%,2\n"
                                 "S,w,2026-03,b1,40,2\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_TRUE(r.ok()) << dump(r);
    const auto &pl = r.project.scenarios[0].placements;
    ASSERT_EQ(pl.size(), 2u);
    EXPECT_EQ(pl[0].dualRunMonths, 0);
    EXPECT_EQ(pl[1].from, hp::YearMonth(2026, 3));
    EXPECT_EQ(pl[1].dualRunMonths, 2);
    ASSERT_EQ(pl[1].allocations.size(), 2u);
    EXPECT_EQ(pl[1].allocations[0].offeringId, S("a1"));
    EXPECT_EQ(pl[1].allocations[0].sharePct, D("60"));
    EXPECT_EQ(pl[1].allocations[1].offeringId, S("b1"));
    EXPECT_EQ(pl[1].allocations[1].sharePct, D("40"));
}

TEST(CanonicalCsvReader, DualRunMonthsMustAgreeWithinAPlacement)
{
    auto files = minimalFiles();
    files[S("placements.csv")] = "scenario,workload_id,from_month,offering_id,share_pct,dual_run_months\n"
                                 "S,w,2026-03,a1,60,2\n"
                                 "S,w,2026-03,b1,40,3\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_EQ(r.errors.size(), 1u) << dump(r);
    EXPECT_TRUE(hasError(r, "placements.csv", 3, 6, "dual_run_months differs from line 2")) << dump(r);
}

TEST(CanonicalCsvReader, UnknownContractsAndScenariosAreRejectedAtTheirCell)
{
    auto files = minimalFiles();
    files[S("placements.csv")] = "scenario,workload_id,from_month,offering_id,share_pct\nNope,w,2026-01,a1,100\n";
    files[S("classification.csv")] = "contract_id,class,covered,p_breach_pct\nghost,stateful_runtime,contested,35\n";
    files[S("commitments.csv")] = "year,amount,contract_id\n1,5,ghost\n";
    files[S("uncertainty.csv")] = "scenario,input,distribution,p1,p2\nS,growth,uniform,1,2\nT,growth,uniform,1,2\n";
    files[S("other_clauses.csv")] = "contract_id,kind\nk,licence_rights\nx,licence_rights\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    EXPECT_TRUE(hasError(r, "placements.csv", 2, 1, "unknown scenario 'Nope'")) << dump(r);
    EXPECT_TRUE(hasError(r, "classification.csv", 2, 1, "unknown contract 'ghost'")) << dump(r);
    EXPECT_TRUE(hasError(r, "commitments.csv", 2, 3, "unknown contract 'ghost'")) << dump(r);
    EXPECT_TRUE(hasError(r, "uncertainty.csv", 3, 1, "unknown scenario 'T'")) << dump(r);
    EXPECT_TRUE(hasError(r, "other_clauses.csv", 3, 1, "unknown contract 'x'")) << dump(r);
    EXPECT_EQ(r.errors.size(), 5u) << dump(r);
    // Unknown workloads and offerings are left to ProjectValidator.
    EXPECT_EQ(r.project.scenarios[0].uncertainties.size(), 1u);
}

TEST(CanonicalCsvReader, ContractsKeepFullDatesAndRegisterFields)
{
    auto files = minimalFiles();
    files[S("contracts.csv")] = "id,name,provider_id,start_month,end_month,notice_months,termination_fee,currency,workload_class,exclusivity_scope,notes\n"
                                "k,K,cloud_a,2026-01-15,2028-12,6,1500.25,EUR,stateful_runtime,\"APIs, stateless\",\"line 1\nline 2\"\n"
                                "m,M,cloud_a,2026-02,2027-03-31,,,,,,\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_TRUE(r.ok()) << dump(r);
    const hp::Contract &k = r.project.contracts[0];
    EXPECT_EQ(k.start, hp::YearMonth(2026, 1));
    EXPECT_EQ(k.startDate, QDate(2026, 1, 15));
    EXPECT_EQ(k.end, hp::YearMonth(2028, 12));
    EXPECT_FALSE(k.endDate);
    EXPECT_EQ(k.noticeMonths, 6);
    EXPECT_EQ(k.terminationFee, D("1500.25"));
    EXPECT_EQ(k.currency, S("EUR"));
    EXPECT_EQ(k.primaryClass, hp::WorkloadClass::StatefulRuntime);
    EXPECT_EQ(k.exclusivityScope, S("APIs, stateless"));
    EXPECT_EQ(k.notes, S("line 1\nline 2"));
    const hp::Contract &m = r.project.contracts[1];
    EXPECT_FALSE(m.startDate);
    EXPECT_EQ(m.endDate, QDate(2027, 3, 31));
    EXPECT_EQ(m.noticeMonths, 0);
    EXPECT_EQ(m.currency, S("USD")); // default
    EXPECT_FALSE(m.primaryClass);
}

TEST(CanonicalCsvReader, ImpossibleDatesAndBadEnumsAreRejected)
{
    auto files = minimalFiles();
    files[S("contracts.csv")] = "id,name,provider_id,start_month,end_month\nk,K,cloud_a,2025-02-30,2028-13\n";
    files[S("providers.csv")] = "id,name,kind\ncloud_a,Cloud A,hyperscaler\n";
    files[S("workloads.csv")] = "id,name,class,unit,monthly_units\nw,Chat,stateless,1M tokens,1000\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    EXPECT_TRUE(hasError(r, "contracts.csv", 2, 4, "not a real calendar date")) << dump(r);
    EXPECT_TRUE(hasError(r, "contracts.csv", 2, 5, "not a month")) << dump(r);
    EXPECT_TRUE(hasError(r, "providers.csv", 2, 3, "kind must be cloud, model, silicon or marketplace")) << dump(r);
    EXPECT_TRUE(hasError(r, "workloads.csv", 2, 3, "unknown workload class 'stateless'")) << dump(r);
}

TEST(CanonicalCsvReader, BooleansAcceptTrueFalseYesNoOneZero)
{
    auto files = minimalFiles();
    files[S("providers.csv")] = "id,name,kind,exit_egress_waived\n"
                                "cloud_a,A,cloud,TRUE\nb,B,cloud,no\nc,C,cloud,1\nd,D,cloud,\ne,E,cloud,Yes\nf,F,cloud,maybe\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    const auto &p = r.project.providers;
    ASSERT_EQ(p.size(), 6u);
    EXPECT_TRUE(p[0].exitEgressWaived);
    EXPECT_FALSE(p[1].exitEgressWaived);
    EXPECT_TRUE(p[2].exitEgressWaived);
    EXPECT_FALSE(p[3].exitEgressWaived); // empty → false
    EXPECT_TRUE(p[4].exitEgressWaived);
    ASSERT_EQ(r.errors.size(), 1u) << dump(r);
    EXPECT_TRUE(hasError(r, "providers.csv", 7, 4, "'maybe' is not true or false")) << dump(r);
}

TEST(CanonicalCsvReader, ClauseFilesAndTheirDefaults)
{
    auto files = minimalFiles();
    files[S("egress.csv")] = "provider_id,up_to_gb,price_per_gb\ncloud_a,10240,0.09\ncloud_a,,0.05\n";
    files[S("revenue_share.csv")] = "contract_id,rate_pct,start_month,sunset_month,base_classes,placement_scope,cap_total,cap_per_year\n"
                                    "k,20%,2026-01,2030-12,,,,\n"
                                    "k,5,2026-01,2026-12,stateless_api,on_counterparty,1000000,250000.5\n";
    files[S("exclusivity.csv")] = "contract_id,classes,start_month,end_month,damages_model,damages_value\n"
                                  "k,stateless_api,,,,\n"
                                  "k,all,2026-06,2027-06,fixed_per_month,5000\n"
                                  "k,training,,,fixed_per_month,\n";
    files[S("classification.csv")] = "contract_id,class,covered,p_breach_pct\n"
                                     "k,stateful_runtime,contested,35%\nk,training,no,\nk,batch_inference,contested,\n";
    files[S("other_clauses.csv")] = "contract_id,kind,text,start_month,end_month,waives_exit_egress\n"
                                    "k,licence_rights,\"IP, models\",2019-01,2032-12,\nk,egress_terms,,,,yes\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_EQ(r.errors.size(), 2u) << dump(r);
    EXPECT_TRUE(hasError(r, "exclusivity.csv", 4, 6, "fixed_per_month damages need a damages_value")) << dump(r);
    EXPECT_TRUE(hasError(r, "classification.csv", 4, 4, "a contested class needs p_breach_pct")) << dump(r);

    const auto &tiers = r.project.providers[0].egressTiers;
    ASSERT_EQ(tiers.size(), 2u);
    EXPECT_EQ(tiers[0].upToGb, D("10240"));
    EXPECT_FALSE(tiers[1].upToGb); // empty = no limit
    EXPECT_EQ(tiers[1].pricePerGb, D("0.05"));

    const hp::Contract &k = r.project.contracts[0];
    ASSERT_EQ(k.revenueShares.size(), 2u);
    EXPECT_EQ(k.revenueShares[0].ratePct, D("20"));
    EXPECT_EQ(k.revenueShares[0].sunset, hp::YearMonth(2030, 12));
    EXPECT_EQ(k.revenueShares[0].baseClasses, hp::allWorkloadClasses());
    EXPECT_EQ(k.revenueShares[0].scope, hp::PlacementScope::Any);
    EXPECT_FALSE(k.revenueShares[0].capTotal);
    EXPECT_EQ(k.revenueShares[1].scope, hp::PlacementScope::OnCounterparty);
    EXPECT_EQ(k.revenueShares[1].capPerYear, D("250000.5"));

    ASSERT_EQ(k.exclusivities.size(), 3u);
    EXPECT_EQ(k.exclusivities[0].damagesModel, hp::DamagesModel::PctOfRevenue);
    EXPECT_FALSE(k.exclusivities[0].damagesValue); // default 100 % is the engine's
    EXPECT_FALSE(k.exclusivities[0].start);
    EXPECT_EQ(k.exclusivities[1].classes, hp::allWorkloadClasses());
    EXPECT_EQ(k.exclusivities[1].damagesValue, D("5000"));
    EXPECT_EQ(k.exclusivities[1].end, hp::YearMonth(2027, 6));

    ASSERT_EQ(k.classifications.size(), 3u);
    EXPECT_EQ(k.classifications[0].covered, hp::Coverage::Contested);
    EXPECT_EQ(k.classifications[0].pBreachPct, D("35"));
    EXPECT_EQ(k.classifications[1].covered, hp::Coverage::No);

    ASSERT_EQ(k.datedClauses.size(), 2u);
    EXPECT_EQ(k.datedClauses[0].kind, S("licence_rights"));
    EXPECT_EQ(k.datedClauses[0].text, S("IP, models"));
    EXPECT_EQ(k.datedClauses[0].end, hp::YearMonth(2032, 12));
    EXPECT_FALSE(k.datedClauses[0].waivesExitEgress);
    EXPECT_TRUE(k.datedClauses[1].waivesExitEgress);
}

TEST(CanonicalCsvReader, ProjectSettingsExchangeRatesAndUncertainty)
{
    auto files = minimalFiles();
    files[S("project.csv")] = "key,value\nTitle,\"Lab, pivot\"\nreporting_currency,eur\nillustrative,yes\n";
    files[S("exchange_rates.csv")] = "currency,rate\nusd,0.925\nGBP,1.17\n";
    files[S("uncertainty.csv")] = "scenario,input,target,distribution,p1,p2,p3\n"
                                  "S,growth,w,triangular,1,2.5,4\n"
                                  "S,p_breach,,bernoulli,0.35,,\n"
                                  "S,egress_gb,w,normal,5e6,1E5,\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_TRUE(r.ok()) << dump(r);
    EXPECT_EQ(r.project.title, S("Lab, pivot"));
    EXPECT_EQ(r.project.reportingCurrency, S("EUR"));
    EXPECT_TRUE(r.project.illustrative);
    EXPECT_EQ(r.project.exchangeRates, (std::map<QString, hp::Decimal>{{S("USD"), D("0.925")}, {S("GBP"), D("1.17")}}));
    const auto &u = r.project.scenarios[0].uncertainties;
    ASSERT_EQ(u.size(), 3u);
    EXPECT_EQ(u[0].input, hp::UncertainInput::Growth);
    EXPECT_EQ(u[0].target, S("w"));
    EXPECT_EQ(u[0].distribution, (hp::Distribution{hp::DistributionKind::Triangular, 1, 2.5, 4}));
    EXPECT_EQ(u[1].distribution, (hp::Distribution{hp::DistributionKind::Bernoulli, 0.35, 0, 0}));
    EXPECT_TRUE(u[1].target.isEmpty());
    EXPECT_EQ(u[2].distribution, (hp::Distribution{hp::DistributionKind::Normal, 5e6, 1e5, 0}));
}

TEST(CanonicalCsvReader, BadSettingsRatesAndRangesAreRejected)
{
    auto files = minimalFiles();
    files[S("project.csv")] = "key,value\ntitle,A\ncolour,red\ntitle,B\nillustrative,perhaps\n";
    files[S("exchange_rates.csv")] = "currency,rate\nEUR,1.1\nEUR,1.2\nGBP,0\nCHF,abc\n";
    files[S("uncertainty.csv")] = "scenario,input,distribution,p1\nS,weather,uniform,1\nS,growth,lognormal,1\nS,growth,fixed,inf\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    EXPECT_TRUE(hasError(r, "project.csv", 3, 1, "unknown project setting 'colour'")) << dump(r);
    EXPECT_TRUE(hasError(r, "project.csv", 4, 1, "setting 'title' appears twice (first on line 2)")) << dump(r);
    EXPECT_TRUE(hasError(r, "project.csv", 5, 2, "not true or false")) << dump(r);
    EXPECT_TRUE(hasError(r, "exchange_rates.csv", 3, 1, "currency EUR has a rate already")) << dump(r);
    EXPECT_TRUE(hasError(r, "exchange_rates.csv", 4, 2, "rate must be positive")) << dump(r);
    EXPECT_TRUE(hasError(r, "exchange_rates.csv", 5, 2, "rate: ")) << dump(r);
    EXPECT_TRUE(hasError(r, "uncertainty.csv", 2, 2, "unknown input 'weather'")) << dump(r);
    EXPECT_TRUE(hasError(r, "uncertainty.csv", 3, 3, "unknown distribution 'lognormal'")) << dump(r);
    EXPECT_TRUE(hasError(r, "uncertainty.csv", 4, 4, "'inf' is not a number")) << dump(r);
    EXPECT_EQ(r.errors.size(), 9u) << dump(r);
    EXPECT_EQ(r.project.title, S("A"));
}

TEST(CanonicalCsvReader, ScenarioRules)
{
    auto files = minimalFiles();
    files[S("scenarios.csv")] = "name,start_month,months,parent,discount_rate_pct\n"
                                "S,2026-01,3,,8%\n"
                                "Child,,,S,\n"
                                "Long,2026-01,241,,\n"
                                "Rootless,,12,,\n"
                                "S,2026-01,3,,\n"
                                "Orphan,,,Missing,\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    EXPECT_TRUE(hasError(r, "scenarios.csv", 4, 3, "months must be 1–240 (is 241)")) << dump(r);
    EXPECT_TRUE(hasError(r, "scenarios.csv", 5, 2, "a scenario without a parent needs start_month and months")) << dump(r);
    EXPECT_TRUE(hasError(r, "scenarios.csv", 6, 1, "duplicate scenario 'S'")) << dump(r);
    EXPECT_TRUE(hasError(r, "scenarios.csv", 7, 4, "unknown parent scenario 'Missing'")) << dump(r);
    const hp::Scenario *child = r.project.scenario(S("Child"));
    ASSERT_TRUE(child);
    EXPECT_EQ(child->parent, S("S"));
    EXPECT_FALSE(child->start); // inherited
    EXPECT_FALSE(child->discountRatePct);
    EXPECT_EQ(r.project.scenario(S("S"))->discountRatePct, D("8"));
}

TEST(CanonicalCsvReader, DuplicateIdsAreRejected)
{
    auto files = minimalFiles();
    files[S("providers.csv")] += "cloud_a,Again,model\n";
    files[S("contracts.csv")] += "k,Again,cloud_a,2026-01,2026-12\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    EXPECT_TRUE(hasError(r, "providers.csv", 3, 1, "duplicate id 'cloud_a'")) << dump(r);
    EXPECT_TRUE(hasError(r, "contracts.csv", 3, 1, "duplicate id 'k'")) << dump(r);
    EXPECT_EQ(r.project.providers.size(), 1u);
    EXPECT_EQ(r.project.providers[0].name, S("Cloud A")); // the first one stays
}
