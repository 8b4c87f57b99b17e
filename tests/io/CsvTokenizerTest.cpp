#include "io/CsvTokenizer.h"

#include <gtest/gtest.h>

using hp::CsvRecord;
using hp::CsvTokenizer;

namespace {
std::vector<QStringList> all(const QByteArray &bytes, std::optional<hp::CsvSyntaxError> *error = nullptr)
{
    CsvTokenizer t(bytes);
    std::vector<QStringList> out;
    CsvRecord r;
    while (t.next(r))
        out.push_back(r.fields);
    if (error)
        *error = t.error();
    return out;
}
} // namespace

TEST(CsvTokenizer, QuotedFieldsDoubledQuotesAndEmbeddedLineBreaks)
{
    const auto rows = all("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\r\nline\",,x\n");
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0], (QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\"")}));
    EXPECT_EQ(rows[1][0], QStringLiteral("multi\r\nline"));
    EXPECT_EQ(rows[1][1], QString());
}

TEST(CsvTokenizer, RecordsKnowTheLineTheyStartOn)
{
    CsvTokenizer t("h1,h2\n\"x\ny\",1\nz,2\n");
    CsvRecord r;
    ASSERT_TRUE(t.next(r));
    EXPECT_EQ(r.line, 1);
    ASSERT_TRUE(t.next(r));
    EXPECT_EQ(r.line, 2);
    ASSERT_TRUE(t.next(r));
    EXPECT_EQ(r.line, 4); // the quoted field spanned lines 2–3
}

TEST(CsvTokenizer, BomIsSkippedAndTrailingBlankLinesIgnored)
{
    const auto rows = all("\xEF\xBB\xBFid,name\n1,x\n\n\r\n");
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0][0], QStringLiteral("id"));
}

TEST(CsvTokenizer, InvalidUtf8NamesLineAndColumn)
{
    std::optional<hp::CsvSyntaxError> e;
    all("id,name\n1,caf\xE9\n", &e); // Windows-1252 é
    ASSERT_TRUE(e);
    EXPECT_EQ(e->line, 2);
    EXPECT_EQ(e->column, 6);
    EXPECT_TRUE(e->reason.contains(QStringLiteral("UTF-8")));
}

TEST(CsvTokenizer, UnterminatedQuoteNamesWhereItStarted)
{
    std::optional<hp::CsvSyntaxError> e;
    all("a,b\n1,\"open\n2,3\n", &e);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->line, 2);
    EXPECT_EQ(e->column, 2);
    EXPECT_TRUE(e->reason.contains(QStringLiteral("unterminated")));
}

TEST(CsvTokenizer, StrayQuotesAreErrors)
{
    std::optional<hp::CsvSyntaxError> e;
    all("a,b\n1,ab\"c\n", &e);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->line, 2);
    EXPECT_EQ(e->column, 2);
    all("a,b\n\"x\"y,1\n", &e);
    ASSERT_TRUE(e);
    EXPECT_TRUE(e->reason.contains(QStringLiteral("after the closing quote")));
}

TEST(CsvTokenizer, OtherDelimiters)
{
    CsvTokenizer t("a;b\n1;\"2;3\"\n", hp::CsvDialect{u';', u'"'});
    CsvRecord r;
    ASSERT_TRUE(t.next(r));
    ASSERT_TRUE(t.next(r));
    EXPECT_EQ(r.fields, (QStringList{QStringLiteral("1"), QStringLiteral("2;3")}));
}
