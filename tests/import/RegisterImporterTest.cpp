// RegisterImporter (docs/rules.md §6.1 contract register), ImportPlan and RejectReport.
#include "import/ContractRegisterTable.h"
#include "csv/CsvWriter.h"
#include "canonical/DemoPortfolio.h"
#include "import/RegisterImporter.h"
#include "import/RejectReport.h"

#include <gtest/gtest.h>

#include <random>

using namespace hp;

namespace {

Decimal D(const char *text) { return Decimal::fromString(QString::fromLatin1(text)); }
const QString kFile = QStringLiteral("register.csv");

const QByteArray kHeader = "contract_id,vendor,counterparty_type,start_date,end_date,commitment_total,currency,discount_pct,"
                           "revenue_share_pct,revenue_share_cap,exclusivity_scope,workload_class,notes\n";

ImportPlan plan(const QByteArray &bytes, const Project &project = {}, ImportMode mode = ImportMode::AllOrNothing)
{
    ImportPlan p;
    ImportSettings s;
    s.mode = mode;
    RegisterImporter::read(kFile, bytes, s, project, p);
    return p;
}

bool hasReject(const ImportPlan &p, int line, int column, const char *fragment)
{
    for (const ImportError &e : p.rejects)
        if (e.file == kFile && e.line == line && e.column == column && e.reason.contains(QString::fromUtf8(fragment)))
            return true;
    return false;
}

std::string dump(const ImportPlan &p)
{
    std::string s;
    for (const ImportError &e : p.rejects)
        s += e.toString().toStdString() + "\n";
    return s;
}

const QByteArray kGood = kHeader
                       + "K1,Cloud B,cloud,2026-01-01,2032-12-31,\"$50,000,000,000.00\",USD,12%,,,,batch_inference,EDP ramp\n"
                         "K2,Cloud A,cloud,5/1/25,4/30/30,0,USD,,20%,\"1,000,000,000\",stateless API distribution,stateless_api,\n"
                         "K3,cloud a,cloud,2026-03,2027-02,\"1,200.50\",EUR,,,,,training,\"two\nlines\"\n";

} // namespace

TEST(RegisterImporter, SpreadGivesTheLastYearTheRemainder)
{
    EXPECT_EQ(RegisterImporter::spread(D("100"), 3), (std::vector<Decimal>{D("33.33"), D("33.33"), D("33.34")}));
    EXPECT_EQ(RegisterImporter::spread(D("50000000000"), 7),
              (std::vector<Decimal>{D("7142857142.86"), D("7142857142.86"), D("7142857142.86"), D("7142857142.86"),
                                    D("7142857142.86"), D("7142857142.86"), D("7142857142.84")}));
    EXPECT_EQ(RegisterImporter::spread(D("1200.50"), 1), std::vector<Decimal>{D("1200.50")});
}

TEST(RegisterImporter, ValidRegisterBecomesProvidersContractsAndClauses)
{
    const ImportPlan p = plan(kGood);
    ASSERT_TRUE(p.rejects.empty()) << dump(p);
    EXPECT_EQ(p.rowsRead, 3);
    EXPECT_EQ(p.rowsAccepted, 3);
    const Project out = applied(Project{}, p);
    ASSERT_EQ(out.providers.size(), 2u); // "Cloud A" and "cloud a" are one vendor
    EXPECT_EQ(out.providers[0].id, QStringLiteral("cloud_b"));
    EXPECT_EQ(out.providers[1].id, QStringLiteral("cloud_a"));
    EXPECT_EQ(out.providers[1].name, QStringLiteral("Cloud A"));
    ASSERT_EQ(out.contracts.size(), 3u);

    const Contract &k1 = *out.contract(QStringLiteral("K1"));
    EXPECT_EQ(k1.providerId, QStringLiteral("cloud_b"));
    EXPECT_EQ(k1.start, YearMonth(2026, 1));
    EXPECT_EQ(k1.end, YearMonth(2032, 12));
    EXPECT_EQ(k1.startDate, QDate(2026, 1, 1));
    EXPECT_EQ(k1.primaryClass, WorkloadClass::BatchInference);
    EXPECT_EQ(k1.notes, QStringLiteral("EDP ramp"));
    ASSERT_EQ(k1.commitments.size(), 1u);
    EXPECT_EQ(k1.commitments[0].trueUp, TrueUp::EndOfTerm);
    EXPECT_EQ(k1.commitments[0].discountPct, D("12"));
    EXPECT_EQ(k1.commitments[0].yearAmounts.size(), 7u);
    EXPECT_EQ(k1.commitments[0].yearAmounts.back(), D("7142857142.84"));
    EXPECT_TRUE(k1.revenueShares.empty());

    const Contract &k2 = *out.contract(QStringLiteral("K2"));
    EXPECT_EQ(k2.startDate, QDate(2025, 5, 1)); // m/d/y by default
    EXPECT_EQ(k2.endDate, QDate(2030, 4, 30));
    EXPECT_TRUE(k2.commitments.empty()); // commitment_total 0: no clause
    ASSERT_EQ(k2.revenueShares.size(), 1u);
    EXPECT_EQ(k2.revenueShares[0].ratePct, D("20"));
    EXPECT_EQ(k2.revenueShares[0].start, YearMonth(2025, 5));
    EXPECT_EQ(k2.revenueShares[0].sunset, YearMonth(2030, 4));
    EXPECT_EQ(k2.revenueShares[0].capTotal, D("1000000000"));
    EXPECT_EQ(k2.exclusivityScope, QStringLiteral("stateless API distribution"));

    const Contract &k3 = *out.contract(QStringLiteral("K3"));
    EXPECT_EQ(k3.providerId, QStringLiteral("cloud_a"));
    EXPECT_EQ(k3.endDate, QDate(2027, 2, 28)); // YYYY-MM as an end date: the month's last day
    EXPECT_EQ(k3.currency, QStringLiteral("EUR"));
    EXPECT_EQ(k3.commitments[0].yearAmounts, std::vector<Decimal>{D("1200.50")});
    EXPECT_EQ(k3.notes, QStringLiteral("two\nlines"));
}

TEST(RegisterImporter, CoercionsThatCouldChangeMeaningAreNoted)
{
    const ImportPlan p = plan(kGood);
    auto noted = [&](const char *column, const char *kind) {
        for (const CoercionNote &n : p.coercions)
            if (n.column == QString::fromLatin1(column) && n.kind == QString::fromLatin1(kind))
                return n.count;
        return 0;
    };
    EXPECT_EQ(noted("start_date", "date-order"), 1); // 5/1/25
    EXPECT_EQ(noted("start_date", "two-digit-year"), 1);
    EXPECT_EQ(noted("end_date", "date-order"), 0); // 4/30/30 is unambiguous
    EXPECT_EQ(noted("commitment_total", "currency-symbol"), 1);
    EXPECT_EQ(noted("commitment_total", "thousands-separator"), 2);
    EXPECT_EQ(noted("end_date", "month-only"), 1);
}

TEST(RegisterImporter, EveryRuleViolationIsARejectWithLineAndColumn)
{
    const QByteArray bad = kHeader
                         + "B1,V,cloud,2025-02-30,2026-01-01,0,USD,,,,,other,\n"            // line 2: impossible date
                           "B2,V,cloud,2026-01-01,2025-01-01,0,USD,,,,,other,\n"            // 3: end before start
                           "B3,V,cloud,2026-01-01,2026-12-31,-5,USD,,,,,other,\n"           // 4: negative commitment
                           "B4,V,cloud,2026-01-01,2026-12-31,0,usd,,,,,other,\n"            // 5: currency
                           "B5,V,cloud,2026-01-01,2026-12-31,\"€1,000\",USD,,,,,other,\n"   // 6: contradicting symbol
                           "B6,V,cloud,2026-01-01,2026-12-31,0,USD,120,,,,other,\n"         // 7: percentage > 100
                           "B7,V,cloud,2026-01-01,2026-12-31,0,USD,,,,,quantum,\n"          // 8: unknown class
                           "B8,V,hyperscaler,2026-01-01,2026-12-31,0,USD,,,,,other,\n"      // 9: counterparty type
                           "B9,,cloud,2026-01-01,2026-12-31,0,USD,,,,,other,\n"             // 10: vendor missing
                           "OK,V,cloud,2026-01-01,2026-12-31,1,USD,,,,,other,\n"            // 11: valid
                           "OK,V,cloud,2026-01-01,2026-12-31,2,USD,,,,,other,\n"            // 12: duplicate id
                           "B10,V,cloud,2026-01-01,2026-12-31,\"1,5\",USD,,,,,other,\n";    // 13: malformed amount
    const ImportPlan p = plan(bad);
    EXPECT_TRUE(hasReject(p, 2, 4, "impossible date")) << dump(p);
    EXPECT_TRUE(hasReject(p, 3, 5, "before start_date")) << dump(p);
    EXPECT_TRUE(hasReject(p, 4, 6, "must be ≥ 0")) << dump(p);
    EXPECT_TRUE(hasReject(p, 5, 7, "three capital letters")) << dump(p);
    EXPECT_TRUE(hasReject(p, 6, 6, "contradicts the currency column (USD)")) << dump(p);
    EXPECT_TRUE(hasReject(p, 7, 8, "not between 0 and 100")) << dump(p);
    EXPECT_TRUE(hasReject(p, 8, 12, "unknown workload class 'quantum'")) << dump(p);
    EXPECT_TRUE(hasReject(p, 9, 3, "counterparty_type must be")) << dump(p);
    EXPECT_TRUE(hasReject(p, 10, 2, "vendor is required")) << dump(p);
    EXPECT_TRUE(hasReject(p, 12, 1, "duplicate contract_id 'OK' (first on line 11)")) << dump(p);
    EXPECT_TRUE(hasReject(p, 13, 6, "decimal comma?")) << dump(p);
    EXPECT_EQ(p.rejects.size(), 11u) << dump(p);
    EXPECT_EQ(p.rejects[0].raw, QStringLiteral("2025-02-30"));
    EXPECT_EQ(p.rowsRead, 12);
    EXPECT_EQ(p.rowsAccepted, 1);

    // All or nothing: the project is left exactly as it was.
    Project project = DemoPortfolio::load();
    const Project before = project;
    EXPECT_FALSE(p.canApply());
    EXPECT_FALSE(apply(p, project));
    EXPECT_EQ(project, before);
    EXPECT_EQ(applied(before, p), before);

    // "Import valid rows": only OK (its first occurrence) arrives.
    const ImportPlan valid = plan(bad, before, ImportMode::ValidRowsOnly);
    ASSERT_TRUE(valid.canApply());
    const Project after = applied(before, valid);
    EXPECT_EQ(after.contracts.size(), before.contracts.size() + 1);
    EXPECT_EQ(after.contract(QStringLiteral("OK"))->commitments[0].yearAmounts, std::vector<Decimal>{D("1")});
}

TEST(RegisterImporter, MalformedFilesNameFileLineAndColumnAndChangeNothing)
{
    const Project before = DemoPortfolio::load();
    struct Case {
        QByteArray bytes;
        int line, column;
        const char *fragment;
    };
    const Case cases[] = {
        {kHeader + "K1,V,cloud,2026-01-01,2026-12-31,0,USD,,,,,other\n", 2, 13, "ragged row"},
        {kHeader + "K1,V,cloud,2026-01-01,2026-12-31,0,USD,,,,,other,\"open\n", 2, 13, "quote"},
        {kHeader + "K1,V\xE9,cloud,2026-01-01,2026-12-31,0,USD,,,,,other,\n", 2, 2, "whole file is refused"},
        {QByteArray("contract_id,vendor\nK1,V\n"), 1, 0, "required column 'counterparty_type' is missing"},
        {QByteArray(), 1, 0, "empty"},
    };
    for (const Case &c : cases) {
        const ImportPlan p = plan(c.bytes, before);
        EXPECT_TRUE(hasReject(p, c.line, c.column, c.fragment)) << c.fragment << "\n" << dump(p);
        EXPECT_EQ(applied(before, p), before) << c.fragment;
    }
}

TEST(RegisterImporter, ReimportUpdatesAndNeverDuplicates)
{
    const Project once = applied(Project{}, plan(kGood));
    const Project twice = applied(once, plan(kGood, once));
    EXPECT_EQ(twice, once);
    QByteArray changed = kGood;
    changed.replace("\"$50,000,000,000.00\"", "\"$70,000,000,000.00\"");
    const ImportPlan p = plan(changed, once);
    EXPECT_EQ(p.summary(once), QStringLiteral("0 contracts added, 3 updated; 3 rows read: 3 accepted, 0 rejected (0 rejects)"));
    const Project updated = applied(once, p);
    EXPECT_EQ(updated.contracts.size(), 3u);
    EXPECT_EQ(updated.providers.size(), 2u);
    EXPECT_EQ(updated.contract(QStringLiteral("K1"))->commitments[0].yearAmounts[0], D("10000000000"));
}

TEST(RegisterImporter, ExportedRegisterOfTheDemoReimportsWithoutChange)
{
    const Project demo = DemoPortfolio::load();
    const EntityTable t = ContractRegisterTable::build(demo);
    QByteArray csv = CsvWriter::line(t.columns);
    for (const auto &row : t.rows) {
        QStringList cells;
        for (const auto &cell : row)
            cells << cell.value_or(QString());
        csv += CsvWriter::line(cells);
    }
    const ImportPlan p = plan(csv, demo);
    ASSERT_TRUE(p.rejects.empty()) << dump(p);
    EXPECT_EQ(p.contracts.size(), demo.contracts.size());
    EXPECT_TRUE(p.providers.empty()); // every vendor matched by name
    EXPECT_EQ(applied(demo, p), demo);
}

TEST(RegisterImporter, MappingWithConstantsAndOtherHeaderNames)
{
    const QByteArray bytes = "Contract #;Supplier;Start;End;TCV;Class\n"
                             "X1;Acme;01.02.2026;31.01.2027;1.234,56;training\n";
    ImportSettings s;
    ImportDialect d;
    d.csv.delimiter = u';';
    d.decimalComma = true;
    s.dialect = d;
    ColumnMapping m = ColumnMapping::guess(RegisterImporter::kEntity, {QStringLiteral("Contract #"), QStringLiteral("Supplier"),
                                                                       QStringLiteral("Start"), QStringLiteral("End"),
                                                                       QStringLiteral("TCV"), QStringLiteral("Class")},
                                           RegisterImporter::fields());
    m.mapColumn(QStringLiteral("contract_id"), QStringLiteral("Contract #"));
    m.setConstant(QStringLiteral("counterparty_type"), QStringLiteral("silicon"));
    m.setConstant(QStringLiteral("currency"), QStringLiteral("EUR"));
    s.mapping = m;
    ImportPlan p;
    RegisterImporter::read(kFile, bytes, s, Project{}, p);
    ASSERT_TRUE(p.rejects.empty()) << dump(p);
    const Project out = applied(Project{}, p);
    ASSERT_EQ(out.contracts.size(), 1u);
    EXPECT_EQ(out.contracts[0].startDate, QDate(2026, 2, 1));
    EXPECT_EQ(out.contracts[0].currency, QStringLiteral("EUR"));
    EXPECT_EQ(out.contracts[0].commitments[0].yearAmounts, std::vector<Decimal>{D("1234.56")});
    EXPECT_EQ(out.providers[0].kind, ProviderKind::Silicon);
}

TEST(RejectReport, CsvWithColumnsAndDefusedFormulas)
{
    const ImportErrors rejects = {{QStringLiteral("r.csv"), 3, 6, QStringLiteral("bad, really"), QStringLiteral("=HYPERLINK(\"x\")")},
                                  {QStringLiteral("r.csv"), 4, 0, QStringLiteral("ragged row"), QStringLiteral("-5")}};
    EXPECT_EQ(RejectReport::toCsv(rejects), QByteArray("file,line,column,reason,raw\n"
                                                       "r.csv,3,6,\"bad, really\",\"'=HYPERLINK(\"\"x\"\")\"\n"
                                                       "r.csv,4,0,ragged row,'-5\n"));
}

TEST(RegisterImporter, PercentColumnsOfFractionsAreOfferedAndReadOnlyWhenChosen)
{
    const QByteArray bytes = kHeader
                           + "F1,V,cloud,2026-01-01,2026-12-31,100,USD,0.12,0.2,,,other,\n"
                             "F2,V,cloud,2026-01-01,2026-12-31,100,USD,0.5,25%,,,other,\n";
    const ImportPlan asked = plan(bytes);
    // discount_pct is all in 0…1; revenue_share_pct has a 25% and is not a candidate.
    EXPECT_EQ(asked.fractionCandidates, QStringList{QStringLiteral("discount_pct")});
    EXPECT_EQ(applied(Project{}, asked).contract(QStringLiteral("F1"))->commitments[0].discountPct, D("0.12")); // not guessed

    ImportSettings s;
    s.percentFractions = {QStringLiteral("discount_pct")};
    ImportPlan p;
    RegisterImporter::read(kFile, bytes, s, Project{}, p);
    ASSERT_TRUE(p.rejects.empty()) << dump(p);
    const Project out = applied(Project{}, p);
    EXPECT_EQ(out.contract(QStringLiteral("F1"))->commitments[0].discountPct, D("12"));
    EXPECT_EQ(out.contract(QStringLiteral("F2"))->commitments[0].discountPct, D("50"));
    EXPECT_EQ(out.contract(QStringLiteral("F1"))->revenueShares[0].ratePct, D("0.2")); // other columns unchanged
    bool noted = false;
    for (const CoercionNote &n : p.coercions)
        noted = noted || (n.column == QStringLiteral("discount_pct") && n.kind == QStringLiteral("percent-fraction") && n.count == 2);
    EXPECT_TRUE(noted);
}

TEST(RegisterImporter, MutatedFilesNeverCrashAndARejectedPlanChangesNothing)
{
    // 3,000 copies of the valid register with 1–4 bytes replaced, inserted or
    // deleted (seeded): each is read; a plan with rejects leaves the project as it
    // was, and every reject names the file and a line inside it.
    const Project demo = DemoPortfolio::load();
    std::mt19937 random(20261130);
    const QByteArray alphabet = QByteArray(",;\"\n\r()$%.-0123456789aZ \xE9\xC3", 27);
    int rejectedPlans = 0;
    for (int copy = 0; copy < 3000; ++copy) {
        QByteArray bytes = kGood;
        const int edits = 1 + int(random() % 4);
        for (int e = 0; e < edits; ++e) {
            const auto at = qsizetype(random() % std::uint32_t(bytes.size()));
            const char c = alphabet[qsizetype(random() % std::uint32_t(alphabet.size()))];
            switch (random() % 3) {
            case 0: bytes[at] = c; break;
            case 1: bytes.insert(at, c); break;
            default: bytes.remove(at, 1); break;
            }
        }
        const ImportPlan p = plan(bytes, demo);
        const int lines = int(bytes.count('\n')) + 1;
        for (const ImportError &e : p.rejects) {
            ASSERT_EQ(e.file, kFile);
            ASSERT_TRUE(e.line >= 1 && e.line <= lines) << e.toString().toStdString();
        }
        if (!p.rejects.empty()) {
            ++rejectedPlans;
            ASSERT_EQ(applied(demo, p), demo) << bytes.toStdString();
        }
    }
    EXPECT_GT(rejectedPlans, 1000); // the mutations do break files
}
