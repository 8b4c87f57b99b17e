// DialectDetector and TextEncodings: delimiter, header, encoding, decimal comma, date order.
#include "csv/DialectDetector.h"
#include "import/MappedCsvFile.h"

#include <gtest/gtest.h>

using namespace hp;

TEST(DialectDetector, CommaFileWithHeader)
{
    const DialectGuess g = DialectDetector::detect("id,name,amount\nk1,\"Cloud, A\",1200.50\nk2,B,3.25\n");
    EXPECT_EQ(g.dialect.csv.delimiter, u',');
    EXPECT_TRUE(g.dialect.hasHeader);
    EXPECT_EQ(g.dialect.encoding, TextEncoding::Utf8);
    EXPECT_FALSE(g.dialect.decimalComma);
    EXPECT_FALSE(g.encodingNeedsChoice);
}

TEST(DialectDetector, SemicolonTabAndPipe)
{
    EXPECT_EQ(DialectDetector::detect("a;b;c\n1;2;3\n4;5;6\n").dialect.csv.delimiter, u';');
    EXPECT_EQ(DialectDetector::detect("a\tb,x\tc\n1\t2,5\t3\n4\t5\t6\n").dialect.csv.delimiter, u'\t');
    EXPECT_EQ(DialectDetector::detect("a|b\n1|2\n").dialect.csv.delimiter, u'|');
    // A delimiter inside quotes does not count: two columns split by ';'.
    EXPECT_EQ(DialectDetector::detect("a;b\n\"x,y,z\";1\n\"p,q,r\";2\n").dialect.csv.delimiter, u';');
}

TEST(DialectDetector, DecimalCommaIsDetectedAndShown)
{
    const DialectGuess g = DialectDetector::detect("id;amount\nk1;1.234,56\nk2;3,5\n");
    EXPECT_EQ(g.dialect.csv.delimiter, u';');
    EXPECT_TRUE(g.dialect.decimalComma);
    EXPECT_TRUE(g.notes.join(u'\n').contains(QStringLiteral("decimal comma")));
    // With a comma delimiter the evidence is only noted.
    const DialectGuess comma = DialectDetector::detect("id,amount\nk1,\"3,5\"\n");
    EXPECT_FALSE(comma.dialect.decimalComma);
    EXPECT_TRUE(comma.notes.join(u'\n').contains(QStringLiteral("'3,5' looks like a decimal comma")));
    // A file with 1,234.56 keeps the decimal point.
    EXPECT_FALSE(DialectDetector::detect("id;amount\nk1;1,234.56\nk2;3,5\n").dialect.decimalComma);
}

TEST(DialectDetector, HeaderlessFile)
{
    const DialectGuess g = DialectDetector::detect("k1,100,2026-01-01\nk2,200,2026-02-01\n");
    EXPECT_FALSE(g.dialect.hasHeader);
}

TEST(DialectDetector, DateOrderFromEvidenceOrMarkedAmbiguous)
{
    const DialectGuess dmy = DialectDetector::detect("id,start\na,25/12/2025\nb,01/02/2026\n");
    EXPECT_EQ(dmy.dialect.dateOrder, DateOrder::DayMonthYear);
    EXPECT_FALSE(dmy.dateOrderAmbiguous);
    const DialectGuess mdy = DialectDetector::detect("id,start\na,12/25/2025\nb,01/02/2026\n");
    EXPECT_EQ(mdy.dialect.dateOrder, DateOrder::MonthDayYear);
    EXPECT_FALSE(mdy.dateOrderAmbiguous);
    const DialectGuess unsure = DialectDetector::detect("id,start\na,05/01/2025\n");
    EXPECT_EQ(unsure.dialect.dateOrder, DateOrder::MonthDayYear);
    EXPECT_TRUE(unsure.dateOrderAmbiguous);
    EXPECT_TRUE(unsure.notes.join(u'\n').contains(QStringLiteral("ambiguous")));
}

TEST(DialectDetector, BomAndEightBitEncodings)
{
    EXPECT_EQ(DialectDetector::detect("\xEF\xBB\xBFid,name\n1,x\n").dialect.encoding, TextEncoding::Utf8Bom);
    const DialectGuess latin = DialectDetector::detect("id,name\n1,Caf\xE9\n");
    EXPECT_TRUE(latin.encodingNeedsChoice);
    EXPECT_EQ(latin.dialect.encoding, TextEncoding::Utf8); // never switched silently
    EXPECT_EQ(latin.suggestedEncoding, TextEncoding::Windows1252);
    EXPECT_TRUE(latin.notes.join(u'\n').contains(QStringLiteral("byte 14 is 0xe9"))) << latin.notes.join(u'\n').toStdString();
}

TEST(TextEncodings, Windows1252AndLatin1Decode)
{
    // 0x80 is € in Windows-1252 and a C1 control in Latin-1; 0xE9 is é in both.
    EXPECT_EQ(QString::fromUtf8(TextEncodings::toUtf8("\x80\xE9", TextEncoding::Windows1252)), QString::fromUtf8("€é"));
    EXPECT_EQ(QString::fromUtf8(TextEncodings::toUtf8("\x80\xE9", TextEncoding::Latin1)), QString(QChar(0x80)) + QChar(0xE9));
    EXPECT_EQ(TextEncodings::toUtf8("\xEF\xBB\xBF" "a", TextEncoding::Utf8Bom), QByteArray("a"));
    EXPECT_EQ(TextEncodings::parse(u"CP1252"), TextEncoding::Windows1252);
    EXPECT_EQ(TextEncodings::parse(u"ISO-8859-1"), TextEncoding::Latin1);
    EXPECT_FALSE(TextEncodings::parse(u"ebcdic").has_value());
}

TEST(MappedCsvFile, NonUtf8FileIsRefusedAsAWholeUnlessAnEncodingIsChosen)
{
    const QByteArray bytes("id,name\n1,ok\n2,Caf\xE9\n");
    const MappedCsvFile refused(QStringLiteral("r.csv"), bytes, ImportDialect{});
    EXPECT_TRUE(refused.records().empty());
    ASSERT_EQ(refused.errors().size(), 1u);
    EXPECT_EQ(refused.errors()[0].line, 3);
    EXPECT_EQ(refused.errors()[0].column, 2);
    EXPECT_TRUE(refused.errors()[0].reason.contains(QStringLiteral("whole file is refused")));
    ImportDialect cp1252;
    cp1252.encoding = TextEncoding::Windows1252;
    const MappedCsvFile read(QStringLiteral("r.csv"), bytes, cp1252);
    ASSERT_EQ(read.records().size(), 2u);
    EXPECT_EQ(read.records()[1].fields[1], QString::fromUtf8("Café"));
}

TEST(MappedCsvFile, Rfc4180RaggedRowsUnterminatedQuotesAndTrailingBlankLines)
{
    const QByteArray bytes("id,notes\r\n1,\"two\r\nlines, and \"\"quotes\"\"\"\r\n2,x,extra\r\n\r\n3,y\r\n\r\n\r\n");
    const MappedCsvFile f(QStringLiteral("f.csv"), bytes, ImportDialect{});
    ASSERT_EQ(f.records().size(), 2u);
    EXPECT_EQ(f.records()[0].fields[1], QStringLiteral("two\nlines, and \"quotes\"").replace(u'\n', QStringLiteral("\r\n")));
    EXPECT_EQ(f.records()[1].line, 6);
    ASSERT_EQ(f.errors().size(), 1u);
    EXPECT_EQ(f.errors()[0].line, 4); // the header is line 1; the quoted field spans lines 2–3
    EXPECT_EQ(f.errors()[0].column, 3);
    EXPECT_TRUE(f.errors()[0].reason.contains(QStringLiteral("ragged row")));

    const MappedCsvFile open(QStringLiteral("u.csv"), QByteArray("id,notes\n1,\"never closed\n2,x\n"), ImportDialect{});
    ASSERT_FALSE(open.errors().empty());
    EXPECT_EQ(open.errors().back().file, QStringLiteral("u.csv"));
    EXPECT_EQ(open.errors().back().line, 2);
    EXPECT_EQ(open.errors().back().column, 2);
}
