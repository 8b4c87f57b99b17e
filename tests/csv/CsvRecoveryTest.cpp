// Record-level recovery in the canonical reader (docs/rules.md §6.1 rev 2, issue 15):
// a malformed record is one error with its line and column, and the rows
// after it are still read and checked.
#include "canonical/CanonicalCsvReader.h"
#include "csv/CsvTable.h"

#include <gtest/gtest.h>

using namespace hp;

namespace {

QString S(const char *text) { return QString::fromUtf8(text); }

} // namespace

TEST(CsvRecovery, CanonicalReaderReportsTheRowsAfterAMalformedRecord)
{
    // Before: reading stopped at line 3, so line 4's unknown kind went unreported.
    const std::map<QString, QByteArray> files = {
        {S("providers.csv"), "id,name,kind\n"
                             "a,A,cloud\n"
                             "b,\"B\" x,cloud\n"
                             "c,C,hyperscaler\n"
                             "d,D,model\n"}};
    const CsvReadResult r = CanonicalCsvReader::readFiles(files);
    ASSERT_EQ(r.errors.size(), 2u);
    EXPECT_EQ(r.errors[0].line, 3);
    EXPECT_EQ(r.errors[0].column, 2);
    EXPECT_TRUE(r.errors[0].reason.contains(S("after the closing quote")));
    EXPECT_EQ(r.errors[0].raw, S("b,\"B\" x,cloud"));
    EXPECT_EQ(r.errors[1].line, 4);
    EXPECT_EQ(r.errors[1].column, 3);
    EXPECT_NE(r.project.provider(S("d")), nullptr); // read after the malformed line (the import as a whole fails)
    EXPECT_EQ(r.project.provider(S("b")), nullptr);
}

TEST(CsvRecovery, CsvTableCountsEveryRecord)
{
    CsvTable t(S("t.csv"), "\nid,name\n1,a\n\n2,\"b\"c\n3\n,\n4,d\n", {S("id")}, {S("name")});
    // Lines: 1 blank, 2 header, 3 row, 4 blank, 5 malformed, 6 ragged, 7 empty cells, 8 row.
    QStringList read;
    for (auto &row : t.rows())
        read << QStringLiteral("%1:%2").arg(row.line()).arg(row.text(S("name")));
    EXPECT_EQ(read, QStringList({S("3:a"), S("8:d")}));
    EXPECT_EQ(t.counts().kept, 2);
    EXPECT_EQ(t.counts().rejected, 2);
    EXPECT_EQ(t.counts().blank, 3);
    EXPECT_EQ(1 + t.counts().kept + t.counts().rejected + t.counts().blank, 8);
    ASSERT_EQ(t.errors().size(), 2u);
    EXPECT_EQ(t.errors()[0].line, 5);
    EXPECT_EQ(t.errors()[1].line, 6);
}

TEST(CsvRecovery, AMalformedHeaderKeepsNoRow)
{
    CsvTable t(S("t.csv"), "id,\"name\"x\n1,a\n", {S("id")}, {S("name")});
    ASSERT_EQ(t.errors().size(), 1u);
    EXPECT_EQ(t.errors()[0].line, 1);
    EXPECT_EQ(t.errors()[0].column, 0);
    EXPECT_TRUE(t.errors()[0].reason.contains(S("header row is malformed at line 1, column 2")));
    int rows = 0;
    for (auto &row : t.rows())
        rows += row.line();
    EXPECT_EQ(rows, 0);
    EXPECT_EQ(t.counts().kept, 0);
}
