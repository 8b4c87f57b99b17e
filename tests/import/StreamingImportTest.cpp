// Streamed imports (issue 16): FOCUS sums read from byte views equal the sums of every
// cell read as text (to the 1e-9), whether a file is read by one thread or several;
// a register whose header fails is refused without reading its rows; rejects past the
// limit are counted and spooled; progress and cancel.
#include "csv/CsvTokenizer.h"
#include "import/FocusImporter.h"
#include "import/ImportSession.h"
#include "import/MappedCsvFile.h"
#include "import/RegisterImporter.h"
#include "import/RejectSpool.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>
#include <tuple>

using namespace hp;

namespace {

Decimal D(const char *text) { return Decimal::fromString(QString::fromLatin1(text)); }

QByteArray sample()
{
    QFile f(QStringLiteral(HEDGEPLAN_TEST_DATA "/import/focus_sample.csv"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString write(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

ImportPlan streamed(const QString &path, int threads = 1, ImportSettings settings = {})
{
    settings.threads = threads;
    ImportPlan p;
    FocusImporter::read(ImportInput::fromPath(QStringLiteral("focus.csv"), path), settings, Project{}, p);
    return p;
}

/// The sums of a FOCUS file with every cell read as text through TolerantValueParser::number
/// (the rules as the importer applied them before issue 16), per (provider, month, currency).
std::map<std::tuple<QString, int, QString>, std::pair<Decimal, Decimal>> textSums(const QByteArray &bytes)
{
    const ImportDialect dialect;
    MappedCsvFile file(QStringLiteral("focus.csv"), bytes, dialect);
    file.setMapping(ColumnMapping::guess(FocusImporter::kEntity, file.headers(), FocusImporter::fields()), FocusImporter::fields());
    const TolerantValueParser parser(dialect);
    std::map<std::tuple<QString, int, QString>, std::pair<Decimal, Decimal>> sums;
    for (const CsvRecord &r : file.records()) {
        const auto day = parser.date(file.cell(r, QStringLiteral("ChargePeriodStart"))).value;
        const ParsedNumber billed = parser.number(file.cell(r, QStringLiteral("BilledCost")));
        const ParsedNumber effective = parser.number(file.cell(r, QStringLiteral("EffectiveCost")));
        if (!day || !billed.ok() || !effective.ok())
            continue; // a rejected row
        auto &sum = sums[{file.cell(r, QStringLiteral("ProviderName")), YearMonth::fromDate(*day).index(), file.cell(r, QStringLiteral("BillingCurrency"))}];
        sum.first += billed.value.value_or(Decimal());
        sum.second += effective.value.value_or(Decimal());
    }
    return sums;
}

void expectSameSums(const ImportPlan &p, const std::map<std::tuple<QString, int, QString>, std::pair<Decimal, Decimal>> &sums)
{
    ASSERT_EQ(p.actuals.size(), sums.size());
    for (const Actual &a : p.actuals) {
        const auto it = sums.find({a.provider, a.month.index(), a.currency});
        ASSERT_NE(it, sums.end()) << a.provider.toStdString();
        EXPECT_EQ(a.billedCost, it->second.first) << a.provider.toStdString() << " " << a.month.index();
        EXPECT_EQ(a.effectiveCost, it->second.second) << a.provider.toStdString() << " " << a.month.index();
    }
}

/// The sample's rows repeated until the file holds `bytes`, every copy `shift` months later
/// than the one before (dates stay real: the sample's days are all in September).
QByteArray repeatedSample(qsizetype bytes, const QByteArray &extraRow = {})
{
    const QByteArray s = sample();
    const qsizetype headerEnd = s.indexOf('\n') + 1;
    const QByteArray header = s.left(headerEnd);
    const QByteArray body = s.mid(headerEnd);
    QByteArray out = header;
    for (int k = 0; out.size() < bytes; ++k) {
        QByteArray copy = body;
        copy.replace("\"2024-09-", k % 2 == 0 ? QByteArray("\"2024-09-") : QByteArray("\"2024-11-"));
        out += copy;
        if (!extraRow.isEmpty())
            out += extraRow;
    }
    return out;
}

} // namespace

TEST(StreamingImport, SmallFocusFileSumsAreTheHandComputedOnes)
{
    // By hand: AWS 2025-02 USD billed 1.10 + 0.000000000 (0.000000000049 rounds half-even to 0),
    // effective 1.00 + NULL = 1.00; AWS 2025-03 USD 2.205 / 0.5; Oracle 2025-02 EUR 1,000.50 / 3
    // (a thousands separator: read by the tolerant rules, reported).
    QTemporaryDir dir;
    const QString path = write(dir, "focus.csv",
                               "BilledCost,EffectiveCost,BillingCurrency,ChargePeriodStart,ProviderName\n"
                               "1.10,1.00,USD,2025-02-03 10:00:00,AWS\n"
                               "0.000000000049,NULL,USD,2025-02-28T23:00:00Z,AWS\n"
                               "2.205,0.5,USD,2025-03-01,AWS\n"
                               "\"1,000.50\",3,EUR,2025-02-10,Oracle\n");
    const ImportPlan p = streamed(path);
    ASSERT_TRUE(p.rejects.empty());
    EXPECT_EQ(p.rowsRead, 4);
    EXPECT_EQ(p.rowsAccepted, 4);
    ASSERT_EQ(p.actuals.size(), 3u);
    EXPECT_EQ(p.actuals[0], (Actual{QStringLiteral("AWS"), YearMonth(2025, 2), D("1.10"), D("1.00"), QStringLiteral("USD")}));
    EXPECT_EQ(p.actuals[1], (Actual{QStringLiteral("AWS"), YearMonth(2025, 3), D("2.205"), D("0.5"), QStringLiteral("USD")}));
    EXPECT_EQ(p.actuals[2], (Actual{QStringLiteral("Oracle"), YearMonth(2025, 2), D("1000.50"), D("3"), QStringLiteral("EUR")}));
    ASSERT_EQ(p.coercions.size(), 2u);
    EXPECT_EQ(p.coercions[0].kind, QStringLiteral("rounded"));
    EXPECT_EQ(p.coercions[0].firstLine, 3);
    EXPECT_EQ(p.coercions[0].example, QStringLiteral("'0.000000000049' rounded half-even to 9 decimals"));
    EXPECT_EQ(p.coercions[1].kind, QStringLiteral("thousands-separator"));
    EXPECT_TRUE(p.warnings.join(u'\n').contains(QStringLiteral("1 NULL or empty cost cells counted as 0")));
}

TEST(StreamingImport, SampleSumsEqualEveryCellReadAsText)
{
    QTemporaryDir dir;
    const QByteArray bytes = sample();
    const ImportPlan p = streamed(write(dir, "focus.csv", bytes));
    ASSERT_TRUE(p.rejects.empty());
    EXPECT_EQ(p.rowsAccepted, 1000);
    expectSameSums(p, textSums(bytes));
    // The README's figures (docs/import.md).
    ASSERT_EQ(p.actuals.size(), 3u);
    EXPECT_EQ(p.actuals[0].billedCost, D("18.006638626"));
    EXPECT_EQ(p.actuals[0].effectiveCost, D("13"));
    // The in-memory form reads the same.
    ImportPlan memory;
    FocusImporter::read(QStringLiteral("focus.csv"), bytes, {}, Project{}, memory);
    EXPECT_EQ(memory.actuals, p.actuals);
    EXPECT_EQ(memory.coercions.size(), p.coercions.size());
}

TEST(StreamingImport, OneTwoAndThreeThreadsGiveTheSameFiguresRejectsAndCoercions)
{
    // 10 MB: parts are read in parallel; a bad row after every copy of the sample gives rejects in every part.
    QTemporaryDir dir;
    const QByteArray bad = QByteArray("NULL,oops") + QByteArray(42, ',') + QByteArray("\n");
    const QByteArray bytes = repeatedSample(10 * 1024 * 1024, bad);
    const QString path = write(dir, "focus.csv", bytes);
    ImportSettings settings;
    settings.mode = ImportMode::ValidRowsOnly;
    const ImportPlan one = streamed(path, 1, settings);
    ASSERT_GT(one.rejects.size(), 10u);
    expectSameSums(one, textSums(bytes));
    for (int threads : {2, 3}) {
        const ImportPlan many = streamed(path, threads, settings);
        EXPECT_EQ(many.actuals, one.actuals) << threads;
        EXPECT_EQ(many.rowsRead, one.rowsRead);
        EXPECT_EQ(many.rowsAccepted, one.rowsAccepted);
        EXPECT_EQ(many.blankLines, one.blankLines);
        ASSERT_EQ(many.rejects.size(), one.rejects.size());
        for (std::size_t i = 0; i < one.rejects.size(); ++i) {
            EXPECT_EQ(many.rejects[i].line, one.rejects[i].line) << i;
            EXPECT_EQ(many.rejects[i].column, one.rejects[i].column) << i;
            EXPECT_EQ(many.rejects[i].reason, one.rejects[i].reason) << i;
        }
        ASSERT_EQ(many.coercions.size(), one.coercions.size());
        for (std::size_t i = 0; i < one.coercions.size(); ++i) {
            EXPECT_EQ(many.coercions[i].toString(), one.coercions[i].toString());
        }
        EXPECT_EQ(many.warnings, one.warnings);
    }
}

TEST(StreamingImport, ASplitInsideAQuotedFieldIsFoundAndReadOnByThePartBefore)
{
    // Every row's description spans three lines: a split at a line start falls inside a record.
    QTemporaryDir dir;
    QByteArray bytes = repeatedSample(9 * 1024 * 1024);
    bytes.replace("\"Usage-Based\"", "\"Usage\nBased\n\"");
    const QString path = write(dir, "focus.csv", bytes);
    const ImportPlan one = streamed(path, 1);
    const ImportPlan two = streamed(path, 2);
    ASSERT_TRUE(one.rejects.empty());
    EXPECT_EQ(two.actuals, one.actuals);
    EXPECT_EQ(two.rowsRead, one.rowsRead);
    EXPECT_TRUE(two.rejects.empty());
    expectSameSums(one, textSums(bytes));
}

TEST(StreamingImport, ARegisterWhoseHeaderFailsIsRefusedWithoutReadingItsRows)
{
    // The rows hold a byte that is not UTF-8: read, it would refuse the file for its encoding.
    // The header lacks required columns, so the rows are never read: only the header's reject.
    QTemporaryDir dir;
    QByteArray bytes = "contract_id,vendor\n";
    for (int i = 0; i < 1000; ++i)
        bytes += QByteArray("c") + QByteArray::number(i) + QByteArray(",Cloud A\n");
    bytes += "c\xff,Cloud B\n";
    ImportPlan p;
    RegisterImporter::read(ImportInput::fromPath(QStringLiteral("register.csv"), write(dir, "register.csv", bytes)), {}, Project{}, p);
    EXPECT_EQ(p.refusedFiles, QStringList{QStringLiteral("register.csv")});
    EXPECT_EQ(p.rowsRead, 0);
    ASSERT_FALSE(p.rejects.empty());
    for (const ImportError &e : p.rejects) {
        EXPECT_EQ(e.line, 1);
        EXPECT_EQ(e.column, 0);
        EXPECT_FALSE(e.reason.contains(QStringLiteral("UTF-8")));
    }
}

TEST(StreamingImport, RejectsPastTheLimitAreCountedAndAllGoToTheSpool)
{
    QTemporaryDir dir;
    const QString path = write(dir, "focus.csv",
                               "BilledCost,EffectiveCost,BillingCurrency,ChargePeriodStart,ProviderName\n"
                               "x,1,USD,2025-02-01,AWS\n1,1,usd,2025-02-01,AWS\n1,1,USD,2025-02-30,AWS\n"
                               "1,1,USD,2025-02-01,AWS\n=1,1,USD,2025-02-01,AWS\n");
    ImportPlan p;
    p.rejectLimit = 2;
    p.rejectSpool = std::make_shared<RejectSpool>();
    FocusImporter::read(ImportInput::fromPath(QStringLiteral("focus.csv"), path), {}, Project{}, p);
    ASSERT_EQ(p.rejects.size(), 2u);
    EXPECT_EQ(p.rejects[0].line, 2);
    EXPECT_EQ(p.rejects[1].line, 3);
    EXPECT_EQ(p.rejectsNotKept, 2);
    EXPECT_EQ(p.rejectCount(), 4);
    EXPECT_EQ(p.rowsRejected(), 4);
    EXPECT_FALSE(p.canApply());
    const QString out = dir.filePath(QStringLiteral("rejects.csv"));
    QString error;
    ASSERT_TRUE(p.rejectSpool->write(out, &error)) << error.toStdString();
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    ASSERT_EQ(lines.size(), 6); // header, 4 rejects, the empty text after the last line break
    EXPECT_TRUE(lines[0].startsWith("file,line,column,reason,raw"));
    EXPECT_TRUE(lines[4].startsWith("focus.csv,6,1,")); // line 6: '=1' defused as '\'=1
    EXPECT_TRUE(lines[4].contains("'=1"));
}

TEST(StreamingImport, ProgressReachesTheEndAndCancelLeavesNoPlan)
{
    QTemporaryDir dir;
    const QByteArray bytes = repeatedSample(2 * 1024 * 1024);
    const QString path = write(dir, "focus.csv", bytes);
    Project project;
    ImportSession session(project);
    ASSERT_TRUE(session.addPath(path, ImportKind::Focus));
    EXPECT_LE(session.sources()[0].bytes.size(), ImportInput::kPrefixBytes); // only the first 64 KiB are held
    std::vector<ImportProgress> seen;
    const auto plan = session.plan([&seen](const ImportProgress &p) { seen.push_back(p); }, nullptr);
    ASSERT_TRUE(plan);
    ASSERT_FALSE(seen.empty());
    EXPECT_EQ(seen.back().bytesRead, bytes.size());
    EXPECT_EQ(seen.back().bytesTotal, bytes.size());
    EXPECT_EQ(seen.back().rows, plan->rowsRead);
    for (std::size_t i = 1; i < seen.size(); ++i) {
        EXPECT_GE(seen[i].bytesRead, seen[i - 1].bytesRead);
    }
    std::atomic_bool cancel = false;
    const auto cancelled = session.plan([&cancel](const ImportProgress &p) { cancel = p.rows >= 1024; }, &cancel);
    EXPECT_FALSE(cancelled.has_value());
}
