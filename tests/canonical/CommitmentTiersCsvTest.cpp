// docs/rules.md §9 (rev 2) and §12.2: commitment_tiers.csv — a commitment
// clause's discount schedule by total committed. What each row becomes, the
// canonical writer's round trip, `show commitment_tiers` (EntityTables), and bad
// input refused with file, line and column.
#include "CanonicalTestSupport.h"

#include "domain/ProjectValidator.h"
#include "canonical/CanonicalCsvWriter.h"
#include "canonical/EntityTable.h"

#include <gtest/gtest.h>

using hp::CanonicalCsvReader;
using namespace hp::test;

namespace {
/// Contract k has two commitment clauses (clause 1: 100 + 200, clause 2: 50).
Files tierFiles()
{
    auto files = minimalFiles();
    files[S("commitments.csv")] = "contract_id,year,amount,discount_pct,clause\n"
                                  "k,1,100,3,1\nk,2,200,3,1\nk,1,50,,2\n";
    files[S("commitment_tiers.csv")] = "contract_id,min_total,discount_pct,clause\n"
                                       "k,100,5,1\n"
                                       "k,300,8%,1\n"
                                       "k,0,1.5,2\n";
    return files;
}

int tierErrors(const hp::CsvReadResult &r)
{
    int n = 0;
    for (const auto &e : r.errors)
        n += e.file == S("commitment_tiers.csv") ? 1 : 0;
    return n;
}
} // namespace

TEST(CommitmentTiersCsv, TiersBelongToTheClauseTheyNameInTheirOrder)
{
    const auto r = CanonicalCsvReader::readFiles(tierFiles());
    ASSERT_TRUE(r.ok()) << dump(r);
    const auto &cc = r.project.contracts[0].commitments;
    ASSERT_EQ(cc.size(), 2u);
    ASSERT_EQ(cc[0].tiers.size(), 2u);
    EXPECT_EQ(cc[0].tiers[0], (hp::CommitmentTier{D("100"), D("5")}));
    EXPECT_EQ(cc[0].tiers[1], (hp::CommitmentTier{D("300"), D("8")})); // 8% = 8 points
    ASSERT_EQ(cc[1].tiers.size(), 1u);
    EXPECT_EQ(cc[1].tiers[0], (hp::CommitmentTier{D("0"), D("1.5")}));
    // Clause 1 commits 100 + 200 = 300: the 300 tier is reached exactly → 8 %,
    // not its own discount_pct 3. Clause 2 commits 50 ≥ 0 → 1.5 %.
    EXPECT_EQ(cc[0].effectiveDiscountPct(), D("8"));
    EXPECT_EQ(cc[1].effectiveDiscountPct(), D("1.5"));
}

TEST(CommitmentTiersCsv, WithoutClauseColumnTiersGoToClauseOne)
{
    auto files = minimalFiles();
    files[S("commitments.csv")] = "contract_id,year,amount,discount_pct\nk,1,100,3\n";
    files[S("commitment_tiers.csv")] = "contract_id,min_total,discount_pct\nk,150,4\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_TRUE(r.ok()) << dump(r);
    const auto &cc = r.project.contracts[0].commitments[0];
    ASSERT_EQ(cc.tiers.size(), 1u);
    // 100 is below the lowest tier (150): 0 %, not discount_pct 3 (docs/rules.md §12.2).
    EXPECT_EQ(cc.effectiveDiscountPct(), D("0"));
}

TEST(CommitmentTiersCsv, TheWriterWritesTiersBackAndTheyReadTheSame)
{
    const auto first = CanonicalCsvReader::readFiles(tierFiles());
    ASSERT_TRUE(first.ok()) << dump(first);
    const auto files = hp::CanonicalCsvWriter::toFiles(first.project);
    ASSERT_TRUE(files.contains(S("commitment_tiers.csv")));
    EXPECT_EQ(files.at(S("commitment_tiers.csv")),
              QByteArray("contract_id,min_total,discount_pct,clause\nk,100,5,1\nk,300,8,1\nk,0,1.5,2\n"));
    const auto again = CanonicalCsvReader::readFiles(files);
    ASSERT_TRUE(again.ok()) << dump(again);
    EXPECT_EQ(again.project.contracts[0].commitments, first.project.contracts[0].commitments);
}

TEST(CommitmentTiersCsv, ShowCommitmentTiersHasOneRowPerTierWithTheClauseNumber)
{
    const auto r = CanonicalCsvReader::readFiles(tierFiles());
    ASSERT_TRUE(r.ok()) << dump(r);
    const auto table = hp::EntityTables::build(r.project, S("commitment_tiers"));
    ASSERT_TRUE(table.has_value());
    EXPECT_EQ(table->columns, (QStringList{S("contract_id"), S("min_total"), S("discount_pct"), S("clause")}));
    ASSERT_EQ(table->rows.size(), 3u);
    EXPECT_EQ(table->rows[1][1], S("300"));
    EXPECT_EQ(table->rows[1][2], S("8"));
    EXPECT_EQ(table->rows[2][3], S("2"));
}

TEST(CommitmentTiersCsv, EveryBadRowIsRefusedWithFileLineAndColumn)
{
    auto files = tierFiles();
    files[S("commitment_tiers.csv")] = "contract_id,min_total,discount_pct,clause\n"
                                       "zz,100,5,\n"        // line 2: unknown contract
                                       "k,100,5,3\n"        // line 3: k has clauses 1 and 2 only
                                       "k,-1,5,1\n"         // line 4: negative min_total
                                       "k,200,101,1\n"      // line 5: discount above 100
                                       "k,200,-2,1\n"       // line 6: discount below 0
                                       "k,500,9,1\n"        // line 7: fine
                                       "k,400,8,1\n"        // line 8: after 500: not ascending
                                       "k,500,10,1\n"       // line 9: 500 twice
                                       "k,abc,5,1\n";       // line 10: not a number
    const auto r = CanonicalCsvReader::readFiles(files);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(hasError(r, "commitment_tiers.csv", 2, 1, "unknown contract 'zz'")) << dump(r);
    EXPECT_TRUE(hasError(r, "commitment_tiers.csv", 3, 4, "no commitment clause 3 (commitments.csv gives it 2)")) << dump(r);
    EXPECT_TRUE(hasError(r, "commitment_tiers.csv", 4, 2, "must not be negative")) << dump(r);
    EXPECT_TRUE(hasError(r, "commitment_tiers.csv", 5, 3, "0–100 (is 101)")) << dump(r);
    EXPECT_TRUE(hasError(r, "commitment_tiers.csv", 6, 3, "0–100 (is -2)")) << dump(r);
    EXPECT_TRUE(hasError(r, "commitment_tiers.csv", 8, 2, "ascend by min_total: 400 comes after 500 (line 7)")) << dump(r);
    EXPECT_TRUE(hasError(r, "commitment_tiers.csv", 9, 2, "min_total 500 of contract 'k' appears twice (first on line 7)")) << dump(r);
    EXPECT_TRUE(hasError(r, "commitment_tiers.csv", 10, 2, "min_total")) << dump(r);
    EXPECT_EQ(tierErrors(r), 8) << dump(r);
}

TEST(CommitmentTiersCsv, TiersOfAContractWithoutCommitmentAreRefused)
{
    auto files = minimalFiles();
    files[S("commitment_tiers.csv")] = "contract_id,min_total,discount_pct\nk,100,5\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    EXPECT_TRUE(hasError(r, "commitment_tiers.csv", 2, 0, "contract 'k' has no commitment clause in commitments.csv"))
        << dump(r);
}

TEST(CommitmentTiersCsv, TheValidatorRefusesTiersThatDoNotAscendOrLeaveTheRange)
{
    auto r = CanonicalCsvReader::readFiles(tierFiles());
    ASSERT_TRUE(r.ok()) << dump(r);
    for (const auto &issue : hp::ProjectValidator::validate(r.project))
        EXPECT_NE(issue.severity, hp::ValidationIssue::Severity::Error) << issue.message.toStdString();
    hp::Project p = r.project;
    auto &tiers = p.contracts[0].commitments[0].tiers;
    tiers[1].minTotal = D("100");      // equal to tier 1: not strictly ascending
    tiers[0].discountPct = D("120");   // above 100
    p.contracts[0].commitments[1].tiers[0].minTotal = D("-3");
    QStringList messages;
    for (const auto &issue : hp::ProjectValidator::validate(p))
        if (issue.severity == hp::ValidationIssue::Severity::Error)
            messages << issue.field + S(": ") + issue.message;
    EXPECT_TRUE(messages.filter(S("min_total: clause 1: tiers must ascend strictly by min_total (100 after 100)")).size() == 1)
        << messages.join(u'\n').toStdString();
    EXPECT_EQ(messages.filter(S("discount_pct")).size(), 1) << messages.join(u'\n').toStdString();
    EXPECT_EQ(messages.filter(S("min_total")).size(), 2) << messages.join(u'\n').toStdString();
}
