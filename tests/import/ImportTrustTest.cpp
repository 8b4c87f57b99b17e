// Issue 15, "Imports" (docs/rules.md §6.1 rev 2, §6.2, §6.3): nothing silently
// dropped, partial mappings, provider mappings, duplicates, currency signs,
// zero-priced price-map entries. Expectations are hand-computed.
#include "canonical/DemoPortfolio.h"
#include "import/FocusImporter.h"
#include "import/ImportSession.h"
#include "import/PriceListReader.h"
#include "import/RegisterImporter.h"
#include "import/TolerantValueParser.h"

#include <QFile>

#include <set>

#include <gtest/gtest.h>

using namespace hp;

namespace {

Decimal D(const char *text) { return Decimal::fromString(QString::fromLatin1(text)); }
QString S(const char *text) { return QString::fromUtf8(text); }

QByteArray data(const char *name)
{
    QFile f(QStringLiteral(HEDGEPLAN_TEST_DATA "/import/") + QString::fromLatin1(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

std::string dump(const ImportPlan &p)
{
    std::string s;
    for (const ImportError &e : p.rejects)
        s += e.toString().toStdString() + "\n";
    return s;
}

ImportPlan registerPlan(const QByteArray &bytes, ImportSettings settings = {}, const Project &project = {})
{
    ImportPlan p;
    p.mode = settings.mode;
    RegisterImporter::read(S("register.csv"), bytes, settings, project, p);
    return p;
}

ImportPlan focusPlan(const QByteArray &bytes, ImportSettings settings = {}, const Project &project = {})
{
    ImportPlan p;
    p.mode = settings.mode;
    FocusImporter::read(S("focus.csv"), bytes, settings, project, p);
    return p;
}

/// The distinct lines that have at least one reject.
std::set<int> rejectedLines(const ImportPlan &p)
{
    std::set<int> lines;
    for (const ImportError &e : p.rejects)
        lines.insert(e.line);
    return lines;
}

/// Settings whose mapping only sets `field` to the constant `value`.
ImportSettings constantOnly(const QString &entity, const char *field, const char *value)
{
    ColumnMapping m;
    m.setEntity(entity);
    m.setConstant(S(field), S(value));
    ImportSettings s;
    s.mapping = m;
    return s;
}

const QByteArray kHeader = "contract_id,vendor,counterparty_type,start_date,end_date,commitment_total,currency,workload_class\n";

} // namespace

TEST(ImportTrust, RegisterQuoteErrorRejectsOnlyItsLineAndTheRestIsImported)
{
    // Before: "1 row read, 1 accepted, 1 reject" — lines 4 and 5 silently gone.
    const QByteArray bytes = kHeader + "A,Cloud A,cloud,2026-01-01,2026-12-31,100,USD,training\n"  // 2
                                       "B,\"V\" x,cloud,2026-01-01,2026-12-31,100,USD,training\n" // 3: text after a closing quote
                                       "\n"                                                       // 4: blank
                                       "C,Cloud A,cloud,2026-01-01,2026-12-31,200,USD,training\n" // 5
                                       "D,Cloud B,model,2026-01-01,2026-12-31,300,USD,training\n"; // 6
    ImportSettings s;
    s.mode = ImportMode::ValidRowsOnly;
    const ImportPlan p = registerPlan(bytes, s);
    ASSERT_EQ(p.rejects.size(), 1u) << dump(p);
    EXPECT_EQ(p.rejects[0].line, 3);
    EXPECT_EQ(p.rejects[0].column, 2);
    EXPECT_TRUE(p.rejects[0].reason.contains(S("after the closing quote")));
    EXPECT_EQ(p.rejects[0].raw, S("B,\"V\" x,cloud,2026-01-01,2026-12-31,100,USD,training"));
    EXPECT_EQ(p.rowsRead, 4);
    EXPECT_EQ(p.rowsAccepted, 3);
    EXPECT_EQ(p.rowsRejected(), 1);
    EXPECT_EQ(p.blankLines, 1);
    EXPECT_EQ(1 + p.rowsRead + p.blankLines, 6); // header + rows + blank = the file's 6 lines
    ASSERT_EQ(p.contracts.size(), 3u);
    EXPECT_EQ(p.contracts[1].id, S("C"));
    EXPECT_EQ(p.contracts[2].id, S("D"));
    EXPECT_EQ(p.summary({}), S("2 providers added, 0 updated; 3 contracts added, 0 updated; 4 rows read: 3 accepted, 1 rejected "
                               "(1 reject), 1 blank line skipped"));
}

TEST(ImportTrust, RaggedAndMalformedRowsAreCountedAndAddUp)
{
    const QByteArray bytes = kHeader + "A,V,cloud,2026-01-01,2026-12-31,100,USD,training\n"       // 2 ok
                                       "B,V,cloud,2026-01-01,2026-12-31,100,USD\n"                // 3 ragged
                                       "C,V\"W,cloud,2026-01-01,2026-12-31,100,USD,training\n"    // 4 quote inside
                                       ",,,,,,,\n"                                                // 5 blank cells
                                       "E,V,cloud,2026-02-30,2026-12-31,100,USD,training\n"       // 6 impossible date
                                       "F,V,cloud,2026-01-01,2026-12-31,100,USD,training\n";      // 7 ok
    const ImportPlan p = registerPlan(bytes);
    EXPECT_EQ(p.rowsRead, 5);
    EXPECT_EQ(p.rowsAccepted, 2);
    EXPECT_EQ(p.blankLines, 1);
    EXPECT_EQ(rejectedLines(p), (std::set<int>{3, 4, 6})) << dump(p);
    EXPECT_EQ(int(rejectedLines(p).size()), p.rowsRejected());
}

TEST(ImportTrust, AnUnterminatedQuoteIsOneRejectNamingTheLinesItSwallowed)
{
    const QByteArray bytes = kHeader + "A,V,cloud,2026-01-01,2026-12-31,100,USD,training\n"  // 2
                                       "B,V,cloud,2026-01-01,2026-12-31,100,USD,training\n"  // 3
                                       "C,\"V,cloud,2026-01-01,2026-12-31,100,USD,training\n" // 4: opens, never closes
                                       "D,V,cloud,2026-01-01,2026-12-31,100,USD,training\n"  // 5
                                       "E,V,cloud,2026-01-01,2026-12-31,100,USD,training\n"; // 6
    ImportSettings s;
    s.mode = ImportMode::ValidRowsOnly;
    const ImportPlan p = registerPlan(bytes, s);
    ASSERT_EQ(p.rejects.size(), 1u) << dump(p);
    EXPECT_EQ(p.rejects[0].line, 4);
    EXPECT_EQ(p.rejects[0].column, 2);
    EXPECT_TRUE(p.rejects[0].reason.contains(S("swallowed the 3 line(s) to the end of the file (lines 4–6)"))) << dump(p);
    EXPECT_EQ(p.rowsRead, 3);
    EXPECT_EQ(p.rowsAccepted, 2);
    EXPECT_TRUE(p.canApply());
}

TEST(ImportTrust, FocusSampleWithAQuoteErrorOnLine11KeepsTheOther999Rows)
{
    // Before: 9 rows read, AWS 0.00, Microsoft and Oracle missing.
    QByteArray bytes = data("focus_sample.csv");
    QList<QByteArray> lines = bytes.split('\n');
    ASSERT_TRUE(lines[10].contains("\"Usage\","));
    lines[10].replace("\"Usage\",", "\"Usage\"x,");
    bytes = lines.join('\n');
    ImportSettings s;
    s.mode = ImportMode::ValidRowsOnly;
    const ImportPlan p = focusPlan(bytes, s);
    ASSERT_EQ(p.rejects.size(), 1u) << dump(p);
    EXPECT_EQ(p.rejects[0].line, 11);
    EXPECT_EQ(p.rejects[0].column, 8);
    EXPECT_EQ(p.rowsRead, 1000);
    EXPECT_EQ(p.rowsAccepted, 999);
    ASSERT_EQ(p.actuals.size(), 3u);
    // AWS's 18.006638626 of the whole sample less line 11's BilledCost 0.00000780900.
    EXPECT_EQ(p.actuals[0].provider, S("AWS"));
    EXPECT_EQ(p.actuals[0].billedCost, D("18.006630817"));
    EXPECT_EQ(p.actuals[0].billedCost.toCents(), S("18.01"));
    EXPECT_EQ(p.actuals[1].provider, S("Microsoft"));
    EXPECT_EQ(p.actuals[1].billedCost, D("1.976514186"));
    EXPECT_EQ(p.actuals[2].provider, S("Oracle"));
    EXPECT_EQ(p.actuals[2].billedCost, D("0.537073925"));
}

TEST(ImportTrust, AMalformedHeaderRefusesTheFile)
{
    const ImportPlan p = registerPlan("contract_id,\"vendor\"x,counterparty_type\nA,V,cloud\n");
    ASSERT_EQ(p.rejects.size(), 1u) << dump(p);
    EXPECT_EQ(p.rejects[0].line, 1);
    EXPECT_TRUE(p.rejects[0].reason.contains(S("header row is malformed")));
    EXPECT_EQ(p.refusedFiles, QStringList{S("register.csv")});
    EXPECT_TRUE(p.contracts.empty());
}

TEST(ImportTrust, AHeaderThatOpensAQuoteAndNeverClosesItRefusesTheFileAndReadsNoRow)
{
    // Found by fuzz_focus_importer: the header record ran into an unterminated
    // quote; the file was reported as 1 row read and 1 rejected although its
    // only record is the header (the counts did not add up). Now the file is
    // refused at line 1, column 0, and no row counts as read.
    const ImportPlan p = focusPlan("BilledCost,\"Charge\nPeriodStart,ProviderName\n1,2026-01-05,Cloud A\n", ImportSettings{});
    ASSERT_EQ(p.rejects.size(), 1u) << dump(p);
    EXPECT_EQ(p.rejects[0].line, 1);
    EXPECT_EQ(p.rejects[0].column, 0);
    EXPECT_TRUE(p.rejects[0].reason.contains(S("header row is malformed"))) << dump(p);
    EXPECT_TRUE(p.rejects[0].reason.contains(S("unterminated"))) << dump(p);
    EXPECT_EQ(p.refusedFiles, QStringList{S("focus.csv")});
    EXPECT_EQ(p.rowsRead, 0);
    EXPECT_TRUE(p.actuals.empty());
}

TEST(ImportTrust, PartialRegisterMappingKeepsHeaderMatchingForOtherColumns)
{
    // Before: every column but currency was "missing".
    const QByteArray bytes = "contract_id,vendor,counterparty_type,start_date,end_date,commitment_total,workload_class\n"
                             "A,Cloud A,cloud,2026-01-01,2026-12-31,120,training\n";
    const ImportPlan p = registerPlan(bytes, constantOnly(RegisterImporter::kEntity, "currency", "EUR"));
    ASSERT_TRUE(p.rejects.empty()) << dump(p);
    ASSERT_EQ(p.contracts.size(), 1u);
    EXPECT_EQ(p.contracts[0].currency, S("EUR"));
    EXPECT_EQ(p.contracts[0].commitments[0].yearAmounts, std::vector<Decimal>{D("120")});
    EXPECT_TRUE(p.warnings.isEmpty()) << p.warnings.join(u'\n').toStdString();
}

TEST(ImportTrust, PartialFocusMappingOverridesOnlyTheColumnsItNames)
{
    const QByteArray bytes = "BilledCost,EffectiveCost,BillingCurrency,ChargePeriodStart,ProviderName\n"
                             "1.50,1.25,USD,2026-01-05,whatever\n"
                             "2.00,2.00,USD,2026-01-31,whatever\n";
    ImportSettings s = constantOnly(FocusImporter::kEntity, "ProviderName", "Cloud B");
    const ImportPlan p = focusPlan(bytes, s);
    ASSERT_TRUE(p.rejects.empty()) << dump(p);
    ASSERT_EQ(p.actuals.size(), 1u);
    EXPECT_EQ(p.actuals[0], (Actual{S("Cloud B"), YearMonth(2026, 1), D("3.50"), D("3.25"), S("USD")}));

    // Columns the mapping names win over the headers of the same name (here swapped); the rest is matched by header.
    ColumnMapping swapped;
    swapped.mapColumn(S("BilledCost"), S("EffectiveCost"));
    swapped.mapColumn(S("EffectiveCost"), S("BilledCost"));
    s.mapping = swapped;
    const ImportPlan q = focusPlan(bytes, s);
    ASSERT_TRUE(q.rejects.empty()) << dump(q);
    ASSERT_EQ(q.actuals.size(), 1u);
    EXPECT_EQ(q.actuals[0], (Actual{S("whatever"), YearMonth(2026, 1), D("3.25"), D("3.50"), S("USD")}));
}

TEST(ImportTrust, ProviderMapToAnUnknownIdIsRefused)
{
    const Project demo = DemoPortfolio::load();
    ImportSettings s;
    s.providerMap[S("Microsoft Azure")] = S("nosuch");
    EXPECT_TRUE(FocusImporter::unknownProviderIds(s.providerMap, demo).contains(S("no provider has the id 'nosuch'")));
    const ImportPlan p = focusPlan("BilledCost,EffectiveCost,BillingCurrency,ChargePeriodStart,ProviderName\n"
                                   "1,1,USD,2026-01-05,Microsoft Azure\n",
                                   s, demo);
    ASSERT_EQ(p.rejects.size(), 1u);
    EXPECT_TRUE(p.rejects[0].reason.contains(S("no provider has the id 'nosuch'")));
    EXPECT_TRUE(p.actuals.empty());
    EXPECT_EQ(p.refusedFiles, QStringList{S("focus.csv")});

    s.providerMap[S("Microsoft Azure")] = demo.providers.front().id;
    EXPECT_TRUE(FocusImporter::unknownProviderIds(s.providerMap, demo).isEmpty());
}

TEST(ImportTrust, ValidRowsWithNoValidRowCannotApply)
{
    ImportSettings s;
    s.mode = ImportMode::ValidRowsOnly;
    const ImportPlan p = registerPlan("contract_id,vendor\nA,V\n", s); // required columns missing: file-level
    EXPECT_FALSE(p.rejects.empty());
    EXPECT_EQ(p.rowsAccepted, 0);
    EXPECT_FALSE(p.canApply());
    Project project = DemoPortfolio::load();
    const Project before = project;
    EXPECT_FALSE(apply(p, project));
    EXPECT_EQ(project, before);
}

TEST(ImportTrust, ALaterDuplicateOfARejectedIdIsRejectedToo)
{
    // Before: with --valid-rows, line 3's X arrived in place of line 2's rejected X.
    const QByteArray bytes = kHeader + "X,V,cloud,2026-02-30,2026-12-31,100,USD,training\n"  // 2: impossible date
                                       "X,V,cloud,2026-01-01,2026-12-31,999,USD,training\n"  // 3: duplicate of line 2
                                       "Y,V,cloud,2026-01-01,2026-12-31,1,USD,training\n";   // 4
    ImportSettings s;
    s.mode = ImportMode::ValidRowsOnly;
    const ImportPlan p = registerPlan(bytes, s);
    EXPECT_EQ(rejectedLines(p), (std::set<int>{2, 3})) << dump(p);
    bool duplicate = false;
    for (const ImportError &e : p.rejects)
        duplicate = duplicate || (e.line == 3 && e.column == 1 && e.reason.contains(S("duplicate contract_id 'X' (first on line 2)")));
    EXPECT_TRUE(duplicate) << dump(p);
    ASSERT_EQ(p.contracts.size(), 1u);
    EXPECT_EQ(p.contracts[0].id, S("Y"));
}

TEST(ImportTrust, CurrencySignsGetTheRightAdvice)
{
    const TolerantValueParser parser{ImportDialect{}};
    // ₹ is the rupee: read, and its mark is checked against the currency column.
    const ParsedNumber rupee = parser.number(S("₹1,200.00"));
    ASSERT_TRUE(rupee.ok()) << rupee.error.toStdString();
    EXPECT_EQ(*rupee.value, D("1200"));
    EXPECT_EQ(TolerantValueParser::currencyOf(rupee.currency), S("INR"));
    const QByteArray bytes = kHeader + "R,V,cloud,2026-01-01,2026-12-31,\"₹1,200.00\",USD,training\n"
                                       "S,V,cloud,2026-01-01,2026-12-31,\"₹1,200.00\",INR,training\n";
    const ImportPlan p = registerPlan(bytes);
    ASSERT_EQ(p.rejects.size(), 1u) << dump(p);
    EXPECT_EQ(p.rejects[0].line, 2);
    EXPECT_TRUE(p.rejects[0].reason.contains(S("contradicts the currency column (USD)"))) << dump(p);
    EXPECT_FALSE(p.rejects[0].reason.contains(S("decimal comma"))) << dump(p);
    // A sign the importer does not know: say so, never suggest a decimal comma.
    const ParsedNumber bitcoin = parser.number(S("₿1,200.00"));
    ASSERT_FALSE(bitcoin.ok());
    EXPECT_TRUE(bitcoin.error.contains(S("currency sign '₿' is not one the importer knows"))) << bitcoin.error.toStdString();
    EXPECT_FALSE(bitcoin.error.contains(S("decimal comma")));
}

TEST(ImportTrust, ZeroPricedPriceMapEntriesAreSkippedWithTheirKey)
{
    const QByteArray json = R"({
  "free-ish": {"input_cost_per_token": 0, "output_cost_per_token": 0.0, "litellm_provider": "openai"},
  "paid": {"input_cost_per_token": 1e-06, "output_cost_per_token": 3e-06, "litellm_provider": "openai"}
})";
    ImportPlan p;
    PriceListReader::read(S("prices.json"), json, PriceListOptions{}, Project{}, p);
    ASSERT_TRUE(p.rejects.empty()) << dump(p);
    ASSERT_EQ(p.offerings.size(), 1u);
    EXPECT_EQ(p.offerings[0].id, S("paid"));
    EXPECT_EQ(p.offerings[0].unitPrice, D("1.5")); // (3 × 1 + 1 × 3) / 4 per 1M tokens
    ASSERT_EQ(p.skipped.size(), 1u);
    EXPECT_EQ(p.skipped[0].raw, S("free-ish"));
    EXPECT_EQ(p.skipped[0].line, 2);
    EXPECT_EQ(p.rowsRead, 1);
    EXPECT_TRUE(p.canApply());
}

TEST(ImportTrust, ImportSessionKeepsTheDetectorsNotesAndTheChosenKind)
{
    const Project project;
    ImportSession session(project);
    session.addFile(S("eu.csv"), data("register_eu.csv"), ImportKind::Register);
    ASSERT_EQ(session.sources().size(), 1u);
    EXPECT_EQ(session.sources()[0].kind, ImportKind::Register);
    ImportPlan p;
    session.readInto(session.sources()[0], p);
    EXPECT_TRUE(p.notes.join(u'\n').contains(S("eu.csv: decimal comma"))) << p.notes.join(u'\n').toStdString();
    EXPECT_EQ(p.rowsAccepted, 2) << dump(p);
}
