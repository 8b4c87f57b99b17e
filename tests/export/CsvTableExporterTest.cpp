// CSV export of result tables: RFC 4180 quoting, CRLF, UTF-8, formula-injection
// guard on text cells only, cents rounding, atomic writes.
#include "export/CsvTableExporter.h"
#include "report/EvaluationTables.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace hp;

namespace {

Decimal D(const char *text) { return Decimal::fromString(QString::fromLatin1(text)); }
QString S(const char *utf8) { return QString::fromUtf8(utf8); }

ResultTable oneColumn(ColumnFormat format, std::vector<ResultCell> cells)
{
    ResultTable t{QStringLiteral("T"), {}, {{QStringLiteral("value"), format}}, {}};
    for (ResultCell &c : cells)
        t.rows.push_back({std::move(c)});
    return t;
}

} // namespace

TEST(CsvTableExporter, TextCellsStartingWithAFormulaCharacterGetAQuote)
{
    const ResultTable t = oneColumn(ColumnFormat::Text, {S("=SUM(A1:A9)"), S("+1"), S("-2+3"), S("@cmd"), S("\tlead"),
                                                         S("\rlead"), S("plain"), S("a=b"), S("")});
    EXPECT_EQ(CsvTableExporter::toCsv(t), QByteArray("value\r\n"
                                                     "'=SUM(A1:A9)\r\n"
                                                     "'+1\r\n"
                                                     "'-2+3\r\n"
                                                     "'@cmd\r\n"
                                                     "'\tlead\r\n"
                                                     "\"'\rlead\"\r\n"
                                                     "plain\r\n"
                                                     "a=b\r\n"
                                                     "\r\n"));
}

TEST(CsvTableExporter, NumbersStayNumbersEvenWhenNegative)
{
    const ResultTable t = oneColumn(ColumnFormat::Money, {D("-12.5"), D("-0.004"), std::nan(""), -3.25, std::monostate{}});
    // -0.004 rounds to -0.00 half-even… and prints as "0.00" (no negative zero).
    EXPECT_EQ(CsvTableExporter::toCsv(t), QByteArray("value\r\n-12.50\r\n0.00\r\n\r\n-3.25\r\n\r\n"));
}

TEST(CsvTableExporter, TextThatLooksLikeANegativeNumberIsStillText)
{
    // Only typed numbers are exempt: a text cell "-12.50" may be anything to a spreadsheet.
    EXPECT_EQ(CsvTableExporter::toCsv(oneColumn(ColumnFormat::Text, {S("-12.50")})), QByteArray("value\r\n'-12.50\r\n"));
}

TEST(CsvTableExporter, MoneyRoundsHalfToEvenToCents)
{
    const ResultTable t = oneColumn(ColumnFormat::Money, {D("0.125"), D("0.135"), D("1234567.891"), D("7")});
    EXPECT_EQ(CsvTableExporter::toCsv(t), QByteArray("value\r\n0.12\r\n0.14\r\n1234567.89\r\n7.00\r\n"));
}

TEST(CsvTableExporter, QuotesCommasQuotesAndLineBreaksAndKeepsUtf8)
{
    ResultTable t{QStringLiteral("T"), {}, {{S("Provider, name"), ColumnFormat::Text}, {S("Share"), ColumnFormat::Percent}}, {}};
    t.rows.push_back({S("Zürich \"Cloud\""), D("0.35")});
    t.rows.push_back({S("two\nlines"), D("1")});
    EXPECT_EQ(CsvTableExporter::toCsv(t), QByteArray("\"Provider, name\",Share\r\n"
                                                     "\"Z\xc3\xbcrich \"\"Cloud\"\"\",0.35\r\n"
                                                     "\"two\nlines\",1\r\n"));
}

TEST(CsvTableExporter, HeaderCellsAreGuardedToo)
{
    const ResultTable t{QStringLiteral("T"), {}, {{S("=HYPERLINK(\"x\")"), ColumnFormat::Text}}, {}};
    EXPECT_EQ(CsvTableExporter::toCsv(t), QByteArray("\"'=HYPERLINK(\"\"x\"\")\"\r\n"));
}

TEST(CsvTableExporter, WriteReplacesTheFileAndLeavesNoTemporaryFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old content\n");
    }
    QString error;
    ASSERT_TRUE(CsvTableExporter::write(oneColumn(ColumnFormat::Integer, {D("42")}), path, &error)) << error.toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("value\r\n42\r\n"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("out.csv")});
}

TEST(CsvTableExporter, WriteIntoAMissingFolderFailsNamingTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/out.csv"));
    QString error;
    EXPECT_FALSE(CsvTableExporter::write(oneColumn(ColumnFormat::Text, {S("x")}), path, &error));
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST(EvaluationTables, MonthlyTableHoldsOneRowPerMonthWithExactFigures)
{
    EngineResult r;
    r.scenario = QStringLiteral("Base");
    r.currency = QStringLiteral("USD");
    r.months = {YearMonth(2026, 1), YearMonth(2026, 2)};
    MonthlyFigures &m = r.monthly;
    for (auto *series : {&m.listSpend, &m.spend, &m.shortfall, &m.revenueShare, &m.revenueShareDue, &m.egress, &m.reengineering,
                         &m.dualRun, &m.termination, &m.switching, &m.total, &m.grossExposure, &m.expectedExposure, &m.hhi,
                         &m.singleHomedShare, &m.settlement, &m.revenueAtRisk, &m.riskAdjustedTotal})
        *series = {Decimal(), Decimal()};
    m.revenueAtRisk = {D("2000"), D("0")};
    m.riskAdjustedTotal = {D("2100.005"), D("-20")};
    m.spend = {D("100.005"), D("-20")};
    m.total = {D("100.005"), D("-20")};
    m.singleHomedShare = {D("0.25"), D("1")};
    const ResultTable t = EvaluationTables::monthly(r);
    ASSERT_EQ(t.rows.size(), 2u);
    ASSERT_EQ(t.columns.size(), 19u); // + settlement, revenue at risk, risk-adjusted total (docs/rules.md §11)
    EXPECT_EQ(CsvTableExporter::toCsv(t).split('\n').at(1),
              QByteArray("2026-01,0.00,100.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,100.00,0.00,0.00,0.00,2000.00,2100.00,0,0.25\r"));
    EXPECT_EQ(CsvTableExporter::toCsv(t).split('\n').at(2),
              QByteArray("2026-02,0.00,-20.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,-20.00,0.00,0.00,0.00,0.00,-20.00,0,1\r"));
}
