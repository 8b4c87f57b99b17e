// The canonical CSV reader on whole files and folders (docs/rules.md §6.1):
// ragged rows, syntax and encoding errors, blank lines, missing or empty
// files, BOM and CRLF, file names in any case.
#include "CanonicalTestSupport.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using hp::CanonicalCsvReader;
using namespace hp::test;

TEST(CanonicalCsvReader, RaggedRowsAndSyntaxErrorsAreReported)
{
    auto files = minimalFiles();
    files[S("providers.csv")] = "id,name,kind\ncloud_a,Cloud A\ncloud_b,Cloud B,cloud,extra\ncloud_c,\"Cloud C,cloud\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    EXPECT_TRUE(hasError(r, "providers.csv", 2, 3, "the row has 2 fields, the header has 3")) << dump(r);
    EXPECT_TRUE(hasError(r, "providers.csv", 3, 4, "the row has 4 fields, the header has 3")) << dump(r);
    EXPECT_TRUE(hasError(r, "providers.csv", 4, 2, "unterminated")) << dump(r);
}

TEST(CanonicalCsvReader, BlankLinesAndEmptyRowsAreSkipped)
{
    auto files = minimalFiles();
    files[S("providers.csv")] = "\r\nid,name,kind\r\n\r\ncloud_a,Cloud A,cloud\r\n,,\r\n  , ,\r\ncloud_b,Cloud B,cloud\r\n\r\n";
    files[S("offerings.csv")] = "id,provider_id,name,unit,unit_price\na1,cloud_a,H200,1M tokens,2.00\nbad\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    EXPECT_EQ(r.project.providers.size(), 2u);
    ASSERT_EQ(r.errors.size(), 1u) << dump(r); // only the offerings line 3 (one field)
    EXPECT_TRUE(hasError(r, "offerings.csv", 3, 2, "the row has 1 fields, the header has 5")) << dump(r);
}

TEST(CanonicalCsvReader, AFileThatIsNotUtf8IsRefusedAsAWhole)
{
    auto files = minimalFiles();
    files[S("providers.csv")] = "id,name,kind\ncloud_a,Cloud A,cloud\ncloud_b,Cl\xF6ud B,cloud\ncloud_c,\"x\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_GE(r.errors.size(), 1u);
    EXPECT_TRUE(hasError(r, "providers.csv", 3, 2, "not valid UTF-8")) << dump(r);
    EXPECT_TRUE(r.project.providers.empty()); // not even the valid line 2
}

TEST(CanonicalCsvReader, MissingFilesMeanNoRowsAndAnEmptyFileIsAnError)
{
    const auto none = CanonicalCsvReader::readFiles({});
    EXPECT_TRUE(none.ok());
    EXPECT_EQ(none.project, hp::Project());

    auto files = minimalFiles();
    files[S("workloads.csv")] = "";
    files[S("egress.csv")] = "\xEF\xBB\xBF\n\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    EXPECT_TRUE(hasError(r, "workloads.csv", 1, 0, "the file is empty")) << dump(r);
    EXPECT_TRUE(hasError(r, "egress.csv", 1, 0, "the file is empty")) << dump(r);

    files = minimalFiles();
    files[S("notes.csv")] = "anything\n";
    const auto extra = CanonicalCsvReader::readFiles(files);
    EXPECT_TRUE(extra.ok());
    ASSERT_EQ(extra.warnings.size(), 1);
    EXPECT_TRUE(extra.warnings[0].startsWith(S("notes.csv: not a canonical")));
}

TEST(CanonicalCsvReader, ReadsAFolderWithBomCrlfAndCaseInsensitiveNames)
{
    // tests/data/canonical_small: "Providers.csv" (capital P, BOM, CRLF), README.txt, extra.csv.
    const auto r = CanonicalCsvReader::readFolder(QStringLiteral(HEDGEPLAN_TEST_DATA "/canonical_small"));
    ASSERT_TRUE(r.ok()) << dump(r);
    ASSERT_EQ(r.project.providers.size(), 2u);
    EXPECT_EQ(r.project.providers[0].id, S("cloud_a"));
    EXPECT_EQ(r.project.providers[1].name, S("Z\u00FCrich Compute"));
    ASSERT_EQ(r.project.scenarios.size(), 1u);
    EXPECT_EQ(r.project.scenarios[0].placements.size(), 1u);
    ASSERT_EQ(r.warnings.size(), 1) << dump(r);
    EXPECT_TRUE(r.warnings[0].startsWith(S("extra.csv: not a canonical")));
}

TEST(CanonicalCsvReader, AMissingFolderIsAnError)
{
    const auto r = CanonicalCsvReader::readFolder(QStringLiteral("/nonexistent/hedgeplan"));
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_TRUE(r.errors[0].reason.contains(S("no such folder")));
}

