#include "io/CanonicalCsvReader.h"
#include "io/CanonicalCsvWriter.h"
#include "io/DemoPortfolio.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using hp::CanonicalCsvReader;

namespace {
using Files = std::map<QString, QByteArray>;

Files minimal()
{
    return {
        {QStringLiteral("providers.csv"), "id,name,kind\ncloud_a,Cloud A,cloud\n"},
        {QStringLiteral("offerings.csv"), "id,provider_id,name,unit,unit_price\na1,cloud_a,H200,1M tokens,2.00\n"},
        {QStringLiteral("workloads.csv"), "id,name,class,unit,monthly_units,monthly_growth_pct\nw,Chat,stateless_api,1M tokens,1000,20%\n"},
        {QStringLiteral("scenarios.csv"), "name,start_month,months\nS,2026-01,3\n"},
        {QStringLiteral("placements.csv"), "scenario,workload_id,from_month,offering_id,share_pct\nS,w,2026-01,a1,100\n"},
    };
}

bool hasError(const hp::CsvReadResult &r, const char *file, int line, int column, const char *fragment)
{
    for (const auto &e : r.errors)
        if (e.file == QString::fromLatin1(file) && e.line == line && e.column == column && e.reason.contains(QString::fromLatin1(fragment)))
            return true;
    return false;
}

std::string dump(const hp::CsvReadResult &r)
{
    std::string s;
    for (const auto &e : r.errors)
        s += e.toString().toStdString() + "\n";
    return s;
}
} // namespace

TEST(CanonicalCsvReader, ReadsAMinimalProject)
{
    const auto r = CanonicalCsvReader::readFiles(minimal());
    ASSERT_TRUE(r.ok()) << dump(r);
    ASSERT_EQ(r.project.workloads.size(), 1u);
    EXPECT_EQ(r.project.workloads[0].monthlyGrowthPct, hp::Decimal::fromInt(20)); // "20%" = 20 points
    ASSERT_EQ(r.project.scenarios.size(), 1u);
    EXPECT_EQ(r.project.scenarios[0].placements[0].allocations[0].sharePct, hp::Decimal::fromInt(100));
}

TEST(CanonicalCsvReader, BadNumberNamesFileLineAndColumn)
{
    auto files = minimal();
    files[QStringLiteral("offerings.csv")] = "id,provider_id,name,unit,unit_price\na1,cloud_a,H200,1M tokens,2.00\na2,cloud_a,X,1M tokens,1e3\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(hasError(r, "offerings.csv", 3, 5, "unit_price")) << dump(r);
    EXPECT_EQ(r.errors[0].raw, QStringLiteral("1e3"));
}

TEST(CanonicalCsvReader, MissingRequiredColumnAndUnknownColumns)
{
    auto files = minimal();
    files[QStringLiteral("workloads.csv")] = "id,name,unit,monthly_units,colour\nw,Chat,1M tokens,1000,blue\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    EXPECT_TRUE(hasError(r, "workloads.csv", 1, 0, "required column 'class'")) << dump(r);
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_TRUE(r.warnings[0].contains(QStringLiteral("colour")));
}

TEST(CanonicalCsvReader, CommitmentRampMustBeCompleteAndAgree)
{
    auto files = minimal();
    files[QStringLiteral("contracts.csv")] = "id,name,provider_id,start_month,end_month\nk,K,cloud_a,2026-01,2028-12\n";
    files[QStringLiteral("commitments.csv")] = "contract_id,year,amount,discount_pct\nk,1,100,10\nk,3,100,10\n";
    auto r = CanonicalCsvReader::readFiles(files);
    EXPECT_TRUE(hasError(r, "commitments.csv", 3, 0, "year 2 is missing")) << dump(r);

    files[QStringLiteral("commitments.csv")] = "contract_id,year,amount,discount_pct\nk,1,100,10\nk,2,100,12\n";
    r = CanonicalCsvReader::readFiles(files);
    EXPECT_TRUE(hasError(r, "commitments.csv", 3, 4, "differs from line 2")) << dump(r);

    files[QStringLiteral("commitments.csv")] = "contract_id,year,amount,discount_pct\nk,2,200,10\nk,1,100,10\n";
    r = CanonicalCsvReader::readFiles(files);
    ASSERT_TRUE(r.ok()) << dump(r);
    const auto &amounts = r.project.contracts[0].commitments[0].yearAmounts;
    ASSERT_EQ(amounts.size(), 2u);
    EXPECT_EQ(amounts[0], hp::Decimal::fromInt(100)); // ordered by year, not by row
}

TEST(CanonicalCsvReader, UnknownReferencesAreRejected)
{
    auto files = minimal();
    files[QStringLiteral("placements.csv")] = "scenario,workload_id,from_month,offering_id,share_pct\nNope,w,2026-01,a1,100\n";
    files[QStringLiteral("classification.csv")] = "contract_id,class,covered,p_breach_pct\nghost,stateful_runtime,contested,35\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    EXPECT_TRUE(hasError(r, "placements.csv", 2, 1, "unknown scenario 'Nope'")) << dump(r);
    EXPECT_TRUE(hasError(r, "classification.csv", 2, 1, "unknown contract 'ghost'")) << dump(r);
}

TEST(CanonicalCsvReader, ImpossibleDatesAndBadEnumsAreRejected)
{
    auto files = minimal();
    files[QStringLiteral("contracts.csv")] = "id,name,provider_id,start_month,end_month\nk,K,cloud_a,2025-02-30,2028-12\n";
    files[QStringLiteral("providers.csv")] = "id,name,kind\ncloud_a,Cloud A,hyperscaler\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    EXPECT_TRUE(hasError(r, "contracts.csv", 2, 4, "calendar date")) << dump(r);
    EXPECT_TRUE(hasError(r, "providers.csv", 2, 3, "kind must be")) << dump(r);
}

TEST(CanonicalCsvReader, RaggedRowsAndSyntaxErrorsAreReported)
{
    auto files = minimal();
    files[QStringLiteral("providers.csv")] = "id,name,kind\ncloud_a,Cloud A\ncloud_b,\"Cloud B,cloud\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    EXPECT_TRUE(hasError(r, "providers.csv", 2, 3, "2 fields, the header 3")) << dump(r);
    EXPECT_TRUE(hasError(r, "providers.csv", 3, 2, "unterminated")) << dump(r);
}

TEST(CanonicalCsvReader, EmptyFileAndMissingFolder)
{
    auto files = minimal();
    files[QStringLiteral("workloads.csv")] = "";
    EXPECT_TRUE(hasError(CanonicalCsvReader::readFiles(files), "workloads.csv", 1, 0, "empty"));
    const auto r = CanonicalCsvReader::readFolder(QStringLiteral("/nonexistent/hedgeplan"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errors[0].reason.contains(QStringLiteral("no such folder")));
}

TEST(CanonicalCsvWriter, RoundTripOfTheDemoIsExact)
{
    const hp::Project demo = hp::DemoPortfolio::load();
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(hp::CanonicalCsvWriter::writeFolder(demo, dir.path(), &error)) << error.toStdString();
    const auto r = CanonicalCsvReader::readFolder(dir.path());
    ASSERT_TRUE(r.ok()) << dump(r);
    EXPECT_TRUE(r.warnings.isEmpty()) << r.warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(r.project == demo);
}

TEST(CanonicalCsvWriter, QuotesFieldsThatNeedIt)
{
    hp::Project p;
    p.providers.push_back({QStringLiteral("x"), QStringLiteral("Name, with \"quotes\""), hp::ProviderKind::Model, {}, false});
    const auto files = hp::CanonicalCsvWriter::toFiles(p);
    EXPECT_EQ(files.at(QStringLiteral("providers.csv")),
              QByteArray("id,name,kind,exit_egress_waived\nx,\"Name, with \"\"quotes\"\"\",model,false\n"));
    const auto back = CanonicalCsvReader::readFiles(files);
    ASSERT_TRUE(back.ok()) << dump(back);
    EXPECT_EQ(back.project.providers[0].name, p.providers[0].name);
}
