// Messy real-world CSVs: polluted files of the Pollock benchmark
// (tests/data/pollock, MIT, see tests/data/README.md) through the tokenizer,
// the canonical table reader and the register and FOCUS importers. Nothing
// crashes, the streamed and in-memory tokenizers agree, and every record of a
// file is accounted for: header + rows read + blank lines = the file's
// records (docs/rules.md §6.1 rev 2), with one rejected row per rejected line.
#include "csv/CsvTable.h"
#include "csv/DialectDetector.h"
#include "import/FocusImporter.h"
#include "import/RegisterImporter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace hp;

namespace {

QString S(const char *text) { return QString::fromUtf8(text); }

struct Corpus {
    QString name;
    QByteArray bytes;
};

std::vector<Corpus> corpus()
{
    std::vector<Corpus> out;
    const QDir dir(QStringLiteral(HEDGEPLAN_TEST_DATA "/pollock"));
    for (const QString &name : dir.entryList({S("*.csv")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
        out.push_back({name, f.readAll()});
    }
    return out;
}

/// Records as the tokenizer sees them (blank and malformed ones included; a
/// record the tokenizer stopped in counts as one), and whether it stopped for
/// another reason than syntax (the file is then refused as a whole).
struct RecordCount {
    int records = 0;
    bool refused = false;
};

RecordCount countRecords(CsvTokenizer &t)
{
    RecordCount c;
    CsvRecord r;
    while (t.next(r))
        ++c.records;
    if (t.error()) {
        c.refused = t.error()->kind != CsvErrorKind::Syntax;
        c.records += c.refused ? 0 : 1;
    }
    return c;
}

RecordCount countRecords(const QByteArray &utf8, CsvDialect dialect)
{
    CsvTokenizer t(utf8, dialect);
    return countRecords(t);
}

/// Settings (valid rows) whose mapping reads `columns` (field → Pollock column) and sets `constants`.
ImportSettings mapped(std::initializer_list<std::pair<const char *, const char *>> columns,
                      std::initializer_list<std::pair<const char *, const char *>> constants)
{
    ColumnMapping m;
    for (const auto &[field, column] : columns)
        m.mapColumn(S(field), S(column));
    for (const auto &[field, value] : constants)
        m.setConstant(S(field), S(value));
    ImportSettings s;
    s.mode = ImportMode::ValidRowsOnly;
    s.mapping = m;
    return s;
}

/// Register and FOCUS mappings onto the Pollock columns (DATE, TIME, Qty,
/// PRODUCTID, Price, ProductType, …), so that rows are really read.
ImportSettings registerSettings()
{
    return mapped({{"contract_id", "PRODUCTID"}, {"vendor", "ProductType"}, {"start_date", "DATE"}, {"end_date", "DATE"},
                   {"commitment_total", "Price"}},
                  {{"counterparty_type", "cloud"}, {"currency", "USD"}, {"workload_class", "other"}});
}

ImportSettings focusSettings()
{
    return mapped({{"BilledCost", "Price"}, {"EffectiveCost", "Price"}, {"ChargePeriodStart", "DATE"}, {"ProviderName", "ProductType"}},
                  {{"BillingCurrency", "USD"}});
}

/// An importer's plan accounts for every record of the file it read with the detected dialect.
void expectAccounted(const Corpus &file, const ImportPlan &plan, const char *importer)
{
    const std::string what = file.name.toStdString() + " (" + importer + ")";
    const ImportDialect dialect = DialectDetector::detect(file.bytes).dialect;
    const RecordCount count = countRecords(TextEncodings::toUtf8(file.bytes, dialect.encoding), dialect.csv);
    EXPECT_EQ(plan.rowsAccepted + plan.rowsRejected(), plan.rowsRead) << what;
    if (plan.refusedFiles.contains(file.name)) {
        EXPECT_EQ(plan.rowsRead, 0) << what;
        EXPECT_EQ(plan.rowsAccepted, 0) << what;
        EXPECT_FALSE(plan.rejects.empty()) << what;
        return;
    }
    ASSERT_FALSE(count.refused) << what;
    const int header = dialect.hasHeader && count.records > plan.blankLines ? 1 : 0;
    EXPECT_EQ(header + plan.rowsRead + plan.blankLines, count.records) << what;
    std::set<int> lines;
    for (const ImportError &e : plan.rejects) {
        EXPECT_EQ(e.file, file.name) << what;
        EXPECT_GE(e.line, 1) << what;
        lines.insert(e.line);
    }
    EXPECT_EQ(int(lines.size()), plan.rowsRejected()) << what;
}

} // namespace

TEST(PollockCorpus, TheCorpusIsThere)
{
    const auto files = corpus();
    ASSERT_GE(files.size(), 12u);
    // The pollutions the readers must survive are among them.
    QStringList names;
    for (const Corpus &f : files)
        names << f.name;
    for (const char *name : {"source.csv", "row_extra_quote10_col2.csv", "row_more_sep_row5_col3.csv", "row_less_sep_row7_col4.csv",
                             "file_record_delimiter_0xD.csv", "file_no_payload.csv"})
        EXPECT_TRUE(names.contains(S(name))) << name;
}

TEST(PollockCorpus, TokenizerStreamedAndInMemoryAgree)
{
    for (const Corpus &file : corpus()) {
        CsvTokenizer memory(file.bytes);
        QBuffer buffer;
        buffer.setData(file.bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvTokenizer streamed(&buffer);
        CsvRecord a, b;
        int records = 0;
        while (memory.next(a)) {
            ASSERT_TRUE(streamed.next(b)) << file.name.toStdString();
            ASSERT_EQ(a.line, b.line) << file.name.toStdString();
            ASSERT_EQ(a.fields, b.fields) << file.name.toStdString();
            ASSERT_EQ(bool(a.error), bool(b.error)) << file.name.toStdString();
            ++records;
        }
        EXPECT_FALSE(streamed.next(b)) << file.name.toStdString();
        EXPECT_EQ(bool(memory.error()), bool(streamed.error())) << file.name.toStdString();
        EXPECT_LE(records, int(file.bytes.count('\n') + file.bytes.count('\r')) + 1) << file.name.toStdString();
    }
}

TEST(PollockCorpus, AQuotePollutionRejectsOneRowAndTheRestIsRead)
{
    // Line 11 of row_extra_quote10_col2.csv opens a quote in its third field; the
    // quoted text closes mid-line and is followed by more text: that row only.
    for (const Corpus &file : corpus()) {
        if (file.name != S("row_extra_quote10_col2.csv"))
            continue;
        CsvTable table(file.name, file.bytes, {S("date")}, {});
        for (auto &row : table.rows())
            (void)row;
        const RecordCount clean = countRecords(file.bytes, {});
        EXPECT_EQ(table.counts().rejected, 1);
        EXPECT_EQ(1 + table.counts().kept + table.counts().rejected + table.counts().blank, clean.records);
        ASSERT_EQ(table.errors().size(), 1u);
        EXPECT_EQ(table.errors()[0].line, 11);
        EXPECT_EQ(table.errors()[0].column, 3);
        EXPECT_GT(table.counts().kept, 60);
        return;
    }
    FAIL() << "row_extra_quote10_col2.csv is missing";
}

TEST(PollockCorpus, CanonicalTableReaderAccountsForEveryRecord)
{
    for (const Corpus &file : corpus()) {
        const std::string what = file.name.toStdString();
        CsvTable table(file.name, file.bytes, {}, {});
        int rows = 0;
        for (auto &row : table.rows())
            rows += row.line() > 0 ? 1 : 0;
        const RecordCount count = countRecords(file.bytes, {});
        const CsvBodyCounts &c = table.counts();
        if (c.refused || count.records == 0) {
            EXPECT_EQ(c.kept + c.rejected, 0) << what;
            EXPECT_EQ(rows, 0) << what; // a refused file hands out no row, not even before its bad byte
            continue;
        }
        const bool headerBroken = std::any_of(table.errors().begin(), table.errors().end(), [](const ImportError &e) {
            return e.reason.contains(QStringLiteral("header row is malformed"));
        });
        if (headerBroken) {
            EXPECT_EQ(c.kept + c.rejected, 0) << what;
            continue;
        }
        EXPECT_EQ(1 + c.kept + c.rejected + c.blank, count.records) << what;
        EXPECT_EQ(rows, c.kept) << what;
        std::set<int> lines;
        for (const ImportError &e : table.errors())
            lines.insert(e.line);
        EXPECT_EQ(int(lines.size()), c.rejected) << what;
    }
}

TEST(PollockCorpus, RegisterImporterAccountsForEveryRecord)
{
    int accepted = 0;
    for (const Corpus &file : corpus()) {
        ImportPlan plan;
        plan.mode = ImportMode::ValidRowsOnly;
        RegisterImporter::read(file.name, file.bytes, registerSettings(), Project{}, plan);
        expectAccounted(file, plan, "register");
        accepted += plan.rowsAccepted;
    }
    EXPECT_GT(accepted, 0); // dates like 13/02/2018 are rejected (m/d/y), the others arrive
}

TEST(PollockCorpus, FocusImporterAccountsForEveryRecord)
{
    int accepted = 0;
    for (const Corpus &file : corpus()) {
        ImportPlan plan;
        plan.mode = ImportMode::ValidRowsOnly;
        FocusImporter::read(file.name, file.bytes, focusSettings(), Project{}, plan);
        expectAccounted(file, plan, "focus");
        accepted += plan.rowsAccepted;
    }
    EXPECT_GT(accepted, 0);
}
