// The canonical folder read as a stream (issue 16; docs/import.md, "The canonical
// folder streams too"): files on disk larger than the 64 KiB block read as their
// bytes in memory do, errors in file order, a byte that is not UTF-8 far into a
// file still refuses the whole file, a rows() loop is one pass.
#include "CanonicalTestSupport.h"

#include "csv/CsvTable.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using hp::CanonicalCsvReader;
using hp::CsvReadResult;
using namespace hp::test;

namespace {

/// Writes `files` into `dir`.
void writeFolder(const QString &dir, const Files &files)
{
    for (const auto &[name, bytes] : files) {
        QFile f(QDir(dir).filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_EQ(f.write(bytes), bytes.size());
    }
}

/// 3 000 actuals rows (line 2 … 3001) of 1.25 billed and 1.00 effective: ~90 KiB,
/// so the file spans two 64 KiB blocks; line 2500's month is refused and line 2600
/// has a fifth field too many.
QByteArray actualsRows()
{
    QByteArray csv = "provider,month,billed_cost,effective_cost,currency\n";
    for (int line = 2; line <= 3001; ++line) {
        if (line == 2500)
            csv += "cloud_a,2026-13,1.25,1.00,USD\n";
        else if (line == 2600)
            csv += "cloud_a,2026-02,1.25,1.00,USD,extra\n";
        else
            csv += "cloud_a,2026-0" + QByteArray::number(1 + line % 3) + ",1.25,1.00,usd\n";
    }
    return csv;
}

} // namespace

TEST(CanonicalCsvStream, AFolderOnDiskReadsAsItsBytesDo)
{
    Files files = minimalFiles();
    files[S("actuals.csv")] = actualsRows();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeFolder(dir.path(), files);
    const CsvReadResult disk = CanonicalCsvReader::readFolder(dir.path());
    const CsvReadResult memory = CanonicalCsvReader::readFiles(files);
    // 3 000 rows less the ragged line 2600 (line 2500 is kept with its month refused).
    ASSERT_EQ(disk.project.actuals.size(), 2999u) << dump(disk);
    hp::Decimal billed;
    for (const hp::Actual &a : disk.project.actuals)
        billed = billed + a.billedCost;
    EXPECT_EQ(billed, D("3748.75")); // 2 999 × 1.25
    EXPECT_EQ(disk.project.actuals[0].currency, S("USD")); // upper-cased
    EXPECT_EQ(disk.project.actuals[0].month.toString(), S("2026-03")); // line 2: 1 + 2 % 3
    ASSERT_EQ(disk.errors.size(), 2u) << dump(disk);
    EXPECT_TRUE(hasError(disk, "actuals.csv", 2500, 2, "month")) << dump(disk);
    EXPECT_EQ(disk.errors[0].raw, S("2026-13"));
    EXPECT_TRUE(hasError(disk, "actuals.csv", 2600, 6, "the row has 6 fields, the header has 5")) << dump(disk);
    EXPECT_EQ(disk.project, memory.project);
    ASSERT_EQ(memory.errors.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i)
        EXPECT_EQ(disk.errors[i].toString(), memory.errors[i].toString());
}

TEST(CanonicalCsvStream, ErrorsComeInFileOrder)
{
    // Line 2's and line 4's kinds are refused by the reader, line 3 is malformed (the
    // tokenizer's reject): before, the malformed record was listed first.
    auto files = minimalFiles();
    files[S("providers.csv")] = "id,name,kind\nx,X,hyper\ny,\"Y\" z,cloud\nw,W,giga\n";
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_GE(r.errors.size(), 3u) << dump(r);
    EXPECT_EQ(r.errors[0].line, 2);
    EXPECT_EQ(r.errors[1].line, 3);
    EXPECT_TRUE(r.errors[1].reason.contains(S("after the closing quote")));
    EXPECT_EQ(r.errors[2].line, 4);
}

TEST(CanonicalCsvStream, AByteThatIsNotUtf8FarIntoAFileOnDiskRefusesTheWholeFile)
{
    // 3 000 providers (~140 KiB: three blocks), the last but one with a Latin-1 ö:
    // none is read, not even the 2 998 rows before the bad byte, and the one error names it.
    QByteArray providers = "id,name,kind\n";
    const QByteArray padding(30, 'n');
    for (int i = 0; i < 3000; ++i)
        providers += "p" + QByteArray::number(i) + (i == 2998 ? ",Z\xF6rich " : ",Name ") + padding + ",cloud\n";
    ASSERT_GT(providers.size(), 2 * 64 * 1024);
    auto files = minimalFiles();
    files[S("providers.csv")] = providers;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeFolder(dir.path(), files);
    const CsvReadResult r = CanonicalCsvReader::readFolder(dir.path());
    EXPECT_TRUE(r.project.providers.empty());
    int providerErrors = 0;
    for (const hp::ImportError &e : r.errors)
        providerErrors += e.file == S("providers.csv") ? 1 : 0;
    EXPECT_EQ(providerErrors, 1) << dump(r);
    EXPECT_TRUE(hasError(r, "providers.csv", 3000, 2, "not valid UTF-8 (byte 0xF6)")) << dump(r);
}

TEST(CanonicalCsvStream, ACharacterCutByTheBlockBoundaryIsValidUtf8)
{
    // "é" (C3 A9) with C3 the last byte of the first 64 KiB block and A9 the first of the next.
    QByteArray providers = "id,name,kind\np0,";
    providers += QByteArray(65535 - providers.size(), 'a');
    providers += "\xC3\xA9,cloud\np1,B,cloud\n";
    ASSERT_EQ(providers.at(65535), '\xC3');
    auto files = minimalFiles();
    files[S("providers.csv")] = providers + "cloud_a,Cloud A,cloud\n";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeFolder(dir.path(), files);
    const CsvReadResult r = CanonicalCsvReader::readFolder(dir.path());
    ASSERT_TRUE(r.ok()) << dump(r);
    ASSERT_EQ(r.project.providers.size(), 3u);
    EXPECT_TRUE(r.project.providers[0].name.endsWith(S("a\u00E9")));
}

TEST(CanonicalCsvStream, ABadByteInsideAnUnterminatedQuoteDoesNotRefuseTheFile)
{
    // The quote opened on line 3 swallows the bad byte: reading stops at the quote
    // (a syntax error), so the file is not refused and line 2 is read, as before.
    auto files = minimalFiles();
    files[S("providers.csv")] = "id,name,kind\ncloud_a,Cloud A,cloud\ncloud_b,\"B\xF6,cloud\n";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeFolder(dir.path(), files);
    for (const CsvReadResult &r : {CanonicalCsvReader::readFolder(dir.path()), CanonicalCsvReader::readFiles(files)}) {
        ASSERT_EQ(r.project.providers.size(), 1u) << dump(r);
        EXPECT_EQ(r.project.providers[0].id, S("cloud_a"));
        ASSERT_EQ(r.errors.size(), 1u) << dump(r);
        EXPECT_TRUE(hasError(r, "providers.csv", 3, 2, "unterminated quoted field")) << dump(r);
    }
}

TEST(CanonicalCsvStream, AParentAfterItsChildIsFoundAndAnUnknownOneKeepsItsCellAsWritten)
{
    auto files = minimalFiles();
    files[S("scenarios.csv")] = "name,start_month,months,parent\n"
                                "Child,,,S\n"
                                "S,2026-01,3,\n"
                                "Orphan,,, Missing \n";
    const auto r = CanonicalCsvReader::readFiles(files);
    ASSERT_EQ(r.errors.size(), 1u) << dump(r);
    EXPECT_TRUE(hasError(r, "scenarios.csv", 4, 4, "unknown parent scenario 'Missing'")) << dump(r);
    EXPECT_EQ(r.errors[0].raw, S(" Missing "));
    ASSERT_NE(r.project.scenario(S("Child")), nullptr);
    EXPECT_EQ(r.project.scenario(S("Child"))->parent, S("S"));
}

TEST(CanonicalCsvStream, RowsAreReadOnce)
{
    hp::CsvTable t(S("t.csv"), "id,name\n1,a\n2,b\n", {S("id")}, {S("name")});
    QStringList first;
    for (auto &row : t.rows())
        first << row.text(S("name"));
    EXPECT_EQ(first, QStringList({S("a"), S("b")}));
    EXPECT_EQ(t.counts().kept, 2);
    int second = 0;
    for (auto &row : t.rows())
        second += row.line();
    EXPECT_EQ(second, 0);
}
