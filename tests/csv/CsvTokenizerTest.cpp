// The strict RFC 4180 tokenizer under the canonical CSV reader.
#include "csv/CsvTokenizer.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTemporaryFile>

#include <gtest/gtest.h>

using hp::CsvRecord;
using hp::CsvSyntaxError;
using hp::CsvTokenizer;

namespace {

struct Tokens {
    std::vector<CsvRecord> records;
    std::optional<CsvSyntaxError> error;
};

Tokens drain(CsvTokenizer &t)
{
    Tokens out;
    CsvRecord r;
    while (t.next(r))
        out.records.push_back(r);
    out.error = t.error();
    return out;
}

Tokens tokens(const QByteArray &bytes, hp::CsvDialect dialect = {})
{
    CsvTokenizer t(bytes, dialect);
    return drain(t);
}

Tokens streamed(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvTokenizer t(&buffer);
    return drain(t);
}

QString S(const char *s) { return QString::fromUtf8(s); }

} // namespace

TEST(CsvTokenizer, QuotedFieldsDoubledQuotesAndEmbeddedLineBreaks)
{
    const auto t = tokens("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\r\nline\",,x\n");
    ASSERT_FALSE(t.error);
    ASSERT_EQ(t.records.size(), 2u);
    EXPECT_EQ(t.records[0].fields, (QStringList{S("a"), S("b,c"), S("say \"hi\"")}));
    EXPECT_EQ(t.records[1].fields, (QStringList{S("multi\r\nline"), QString(), S("x")})); // the CRLF inside is kept
    EXPECT_EQ(t.records[0].quoted, (QList<bool>{false, true, true}));
    EXPECT_EQ(t.records[1].quoted, (QList<bool>{true, false, false}));
}

TEST(CsvTokenizer, EmptyQuotedFieldsAndAMissingFinalLineBreak)
{
    const auto t = tokens("\"\",a,\n\"\"\"\",");
    ASSERT_FALSE(t.error);
    ASSERT_EQ(t.records.size(), 2u);
    EXPECT_EQ(t.records[0].fields, (QStringList{QString(), S("a"), QString()}));
    EXPECT_EQ(t.records[1].fields, (QStringList{S("\""), QString()})); // a field that is one doubled quote
}

TEST(CsvTokenizer, RecordsKnowTheLineTheyStartOn)
{
    // Lines: 1 header, 2–3 a quoted field with a line break, 4 "z,2" (CRLF), 5 "w" (lone CR), 6 "v".
    const auto t = tokens("h1,h2\n\"x\ny\",1\nz,2\r\nw,3\rv,4");
    ASSERT_FALSE(t.error);
    ASSERT_EQ(t.records.size(), 5u);
    EXPECT_EQ(t.records[0].line, 1);
    EXPECT_EQ(t.records[1].line, 2);
    EXPECT_EQ(t.records[2].line, 4);
    EXPECT_EQ(t.records[3].line, 5);
    EXPECT_EQ(t.records[4].line, 6);
    EXPECT_EQ(CsvRecord::columnOf(0), 1);
}

TEST(CsvTokenizer, BomIsSkippedAndTrailingBlankLinesIgnored)
{
    const auto t = tokens("\xEF\xBB\xBFid,name\n1,x\n\n\r\n\n");
    ASSERT_FALSE(t.error);
    ASSERT_EQ(t.records.size(), 2u);
    EXPECT_EQ(t.records[0].fields[0], S("id")); // not "\uFEFFid"
    EXPECT_TRUE(tokens("\xEF\xBB\xBF").records.empty());
    EXPECT_TRUE(tokens("\n\r\n").records.empty());
}

TEST(CsvTokenizer, ABlankLineInsideTheFileIsABlankRecordAtItsLine)
{
    const auto t = tokens("a,b\n\n\n1,2\n,\n");
    ASSERT_FALSE(t.error);
    ASSERT_EQ(t.records.size(), 5u);
    EXPECT_EQ(t.records[1].line, 2);
    EXPECT_EQ(t.records[2].line, 3);
    EXPECT_TRUE(t.records[1].isBlank());
    EXPECT_EQ(t.records[3].line, 4);
    EXPECT_EQ(t.records[3].fields, (QStringList{S("1"), S("2")}));
    EXPECT_EQ(t.records[4].line, 5);
    EXPECT_TRUE(t.records[4].isBlank()); // "," is two empty cells
    EXPECT_FALSE(t.records[3].isBlank());
}

TEST(CsvTokenizer, InvalidUtf8NamesLineAndFieldColumn)
{
    auto t = tokens("id,name\n1,caf\xE9\n"); // Windows-1252 é
    ASSERT_TRUE(t.error);
    EXPECT_EQ(t.error->kind, hp::CsvErrorKind::Encoding);
    EXPECT_EQ(t.error->line, 2);
    EXPECT_EQ(t.error->column, 2);
    EXPECT_TRUE(t.error->reason.contains(S("UTF-8"))) << t.error->reason.toStdString();
    EXPECT_TRUE(t.error->reason.contains(S("0xE9")));

    // Inside a quoted field that started on line 2, the bad byte is on line 3.
    t = tokens("a,b\nx,\"first\nsecond \xFF\"\n");
    ASSERT_TRUE(t.error);
    EXPECT_EQ(t.error->line, 3);
    EXPECT_EQ(t.error->column, 2);

    // Overlong "/" (C0 AF), a UTF-16 surrogate (ED A0 80), past U+10FFFF (F4 90 80 80), a cut sequence.
    for (const char *bad : {"a\n\xC0\xAF\n", "a\n\xED\xA0\x80\n", "a\n\xF4\x90\x80\x80\n", "a\nx\xE2\x82\n"}) {
        t = tokens(bad);
        ASSERT_TRUE(t.error) << bad;
        EXPECT_EQ(t.error->line, 2) << bad;
        EXPECT_EQ(t.error->column, 1) << bad;
    }
    // Valid 2-, 3- and 4-byte sequences.
    t = tokens("name\nZ\xC3\xBCrich \xE2\x82\xAC \xF0\x9F\x98\x80\n");
    ASSERT_FALSE(t.error);
    EXPECT_EQ(t.records[1].fields[0], S("Z\u00FCrich \u20AC \U0001F600"));
}

TEST(CsvTokenizer, UnterminatedQuoteNamesWhereItStarted)
{
    const auto t = tokens("a,b\n1,\"open\n2,3\n");
    ASSERT_TRUE(t.error);
    EXPECT_EQ(t.error->kind, hp::CsvErrorKind::Syntax);
    EXPECT_EQ(t.error->line, 2);
    EXPECT_EQ(t.error->column, 2);
    EXPECT_TRUE(t.error->reason.contains(S("unterminated")));
    EXPECT_EQ(t.error->raw, S("open\n2,3\n"));
    EXPECT_EQ(t.records.size(), 1u); // the header came before the error
}

TEST(CsvTokenizer, StrayQuotesMakeTheRecordMalformedNamingLineAndColumn)
{
    auto t = tokens("a,b,c\n1,ab\"c,3\n");
    ASSERT_FALSE(t.error);
    ASSERT_EQ(t.records.size(), 2u);
    ASSERT_TRUE(t.records[1].error);
    EXPECT_EQ(t.records[1].error->line, 2);
    EXPECT_EQ(t.records[1].error->column, 2);
    EXPECT_TRUE(t.records[1].error->reason.contains(S("quote inside an unquoted field")));
    EXPECT_EQ(t.records[1].error->raw, S("1,ab\"c,3"));
    EXPECT_FALSE(t.records[1].isBlank());

    t = tokens("a,b\n1,2\n\"x\"y,1\n");
    ASSERT_FALSE(t.error);
    ASSERT_EQ(t.records.size(), 3u);
    ASSERT_TRUE(t.records[2].error);
    EXPECT_EQ(t.records[2].error->line, 3);
    EXPECT_EQ(t.records[2].error->column, 1);
    EXPECT_TRUE(t.records[2].error->reason.contains(S("after the closing quote")));
    EXPECT_EQ(t.records[2].error->raw, S("\"x\"y,1"));

    t = tokens("a,b\n1,\"x\" \n"); // a space after the closing quote is text too
    ASSERT_EQ(t.records.size(), 2u);
    ASSERT_TRUE(t.records[1].error);
    EXPECT_EQ(t.records[1].error->column, 2);
}

// Issue 15 (docs/rules.md §6.1 rev 2): one quote error used to end the file there.
TEST(CsvTokenizer, AMalformedRecordIsRejectedAloneAndReadingResumesAtTheNextLine)
{
    const QByteArray bytes = "id,vendor,kind\n"
                             "A,\"V\",cloud\n"
                             "B,\"V\" x,cloud,\"a \"\"quoted\"\" tail\n"
                             "C,\"two\nlines\",model\n"
                             "D,W\"X,silicon\n"
                             "E,Z,cloud\n";
    for (const auto &t : {tokens(bytes), streamed(bytes)}) {
        ASSERT_FALSE(t.error) << t.error->reason.toStdString();
        ASSERT_EQ(t.records.size(), 6u);
        EXPECT_FALSE(t.records[1].error);
        ASSERT_TRUE(t.records[2].error);
        EXPECT_EQ(t.records[2].line, 3);
        EXPECT_EQ(t.records[2].error->line, 3);
        EXPECT_EQ(t.records[2].error->column, 2);
        EXPECT_EQ(t.records[2].error->raw, S("B,\"V\" x,cloud,\"a \"\"quoted\"\" tail"));
        EXPECT_EQ(t.records[3].line, 4); // the next record, with its embedded line break, is intact
        EXPECT_EQ(t.records[3].fields, (QStringList{S("C"), S("two\nlines"), S("model")}));
        EXPECT_FALSE(t.records[3].error);
        ASSERT_TRUE(t.records[4].error);
        EXPECT_EQ(t.records[4].line, 6);
        EXPECT_EQ(t.records[4].error->column, 2);
        EXPECT_EQ(t.records[5].line, 7);
        EXPECT_EQ(t.records[5].fields, (QStringList{S("E"), S("Z"), S("cloud")}));
    }
    // Invalid UTF-8 in the skipped rest of a malformed line still refuses the file.
    const auto bad = tokens("a,b\n\"x\"y,\xE9\n1,2\n");
    ASSERT_TRUE(bad.error);
    EXPECT_EQ(bad.error->kind, hp::CsvErrorKind::Encoding);
    EXPECT_EQ(bad.error->line, 2);
}

TEST(CsvTokenizer, AnUnterminatedQuoteSaysHowManyLinesItSwallowed)
{
    // The quote opens on line 3 and runs to the end: lines 3, 4 and 5 are swallowed.
    for (const QByteArray &bytes : {QByteArray("a,b\n1,2\n3,\"open\n4,5\n6,7\n"), QByteArray("a,b\n1,2\n3,\"open\n4,5\n6,7")}) {
        const auto t = tokens(bytes);
        ASSERT_TRUE(t.error);
        EXPECT_EQ(t.error->line, 3);
        EXPECT_EQ(t.error->column, 2);
        EXPECT_TRUE(t.error->reason.contains(S("swallowed the 3 line(s) to the end of the file (lines 3–5)"))) << t.error->reason.toStdString();
        EXPECT_EQ(t.records.size(), 2u);
    }
}

TEST(CsvTokenizer, OtherDelimiters)
{
    auto t = tokens("a;b\n1;\"2;3\"\n", hp::CsvDialect{u';', u'"'});
    ASSERT_FALSE(t.error);
    EXPECT_EQ(t.records[1].fields, (QStringList{S("1"), S("2;3")}));
    t = tokens("a\tb\n1,5\t2\n", hp::CsvDialect{u'\t', u'"'});
    EXPECT_EQ(t.records[1].fields, (QStringList{S("1,5"), S("2")}));
    t = tokens("a\u00A7b\n", hp::CsvDialect{QChar(0x00A7), u'"'}); // § is not ASCII
    ASSERT_TRUE(t.error);
    EXPECT_TRUE(t.records.empty());
}

TEST(CsvTokenizer, StreamsFromADeviceAcrossChunkBoundaries)
{
    // Records of varying length so that quotes, doubled quotes, CRLFs and UTF-8
    // sequences fall on the 64 KiB chunk boundaries somewhere.
    QByteArray bytes("\xEF\xBB\xBFid,text\r\n");
    for (int i = 0; i < 6000; ++i) {
        bytes += QByteArray::number(i) + ",\"" + QByteArray(i % 37, 'x') + "\"\"q\"\"\r\n\xC3\xA9" + "\"\r\n";
        bytes += QByteArray::number(i) + ",plain \xE2\x82\xAC" + QByteArray(i % 11, 'y') + "\n";
    }
    ASSERT_GT(bytes.size(), 4 * 64 * 1024);
    const auto whole = tokens(bytes);
    const auto stream = streamed(bytes);
    ASSERT_FALSE(whole.error);
    ASSERT_FALSE(stream.error);
    ASSERT_EQ(stream.records.size(), 12001u);
    for (std::size_t i = 0; i < whole.records.size(); ++i) {
        ASSERT_EQ(stream.records[i].fields, whole.records[i].fields) << i;
        ASSERT_EQ(stream.records[i].line, whole.records[i].line) << i;
    }
    EXPECT_EQ(stream.records[1].fields[1], S("\"q\"\r\n\u00E9"));
    EXPECT_EQ(stream.records.back().line, 1 + 6000 * 3); // each pair of records spans 3 lines

    // The same from a file, and an error found late in a stream names its line.
    QTemporaryFile file;
    ASSERT_TRUE(file.open());
    file.write(bytes + "x,\"unclosed\n");
    file.seek(0);
    CsvTokenizer t(&file);
    const auto fromFile = drain(t);
    ASSERT_TRUE(fromFile.error);
    EXPECT_EQ(fromFile.error->line, 1 + 6000 * 3 + 1);
    EXPECT_EQ(fromFile.error->column, 2);
    EXPECT_EQ(fromFile.records.size(), 12001u);
}

TEST(CsvTokenizer, ADeviceNotOpenIsAReadError)
{
    QBuffer closed;
    CsvTokenizer t(&closed);
    CsvRecord r;
    EXPECT_FALSE(t.next(r));
    ASSERT_TRUE(t.error());
    EXPECT_EQ(t.error()->kind, hp::CsvErrorKind::Read);
}

TEST(CsvTokenizer, HostileInputNeverCrashesAndStreamingAgrees)
{
    // Random byte soup over the characters that matter; the tokenizer must end
    // (with records or an error) and give the same answer over a device.
    const char alphabet[] = {',', '"', '\r', '\n', 'a', ' ', '\xE9', '\xC3', '\xA9', '\xEF', '\xBB', '\xBF', '\0'};
    QRandomGenerator rng(20260101);
    for (int trial = 0; trial < 3000; ++trial) {
        QByteArray bytes;
        const int n = int(rng.bounded(60));
        for (int i = 0; i < n; ++i)
            bytes += alphabet[rng.bounded(int(sizeof alphabet))];
        const auto a = tokens(bytes);
        const auto b = streamed(bytes);
        ASSERT_EQ(a.records.size(), b.records.size()) << bytes.toHex().toStdString();
        ASSERT_EQ(bool(a.error), bool(b.error)) << bytes.toHex().toStdString();
        for (std::size_t i = 0; i < a.records.size(); ++i) {
            ASSERT_EQ(bool(a.records[i].error), bool(b.records[i].error)) << bytes.toHex().toStdString();
            if (a.records[i].error) {
                EXPECT_EQ(a.records[i].error->line, b.records[i].error->line);
                EXPECT_EQ(a.records[i].error->column, b.records[i].error->column);
                EXPECT_EQ(a.records[i].error->raw, b.records[i].error->raw);
            }
        }
        if (a.error) {
            EXPECT_GE(a.error->line, 1);
            EXPECT_EQ(a.error->line, b.error->line);
            EXPECT_EQ(a.error->column, b.error->column);
        }
    }
}
