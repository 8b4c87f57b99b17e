// FocusImporter (docs/rules.md §6.2) on the FOCUS 1.0 sample and the FOCUS spec examples
// (tests/data/import/README.md: CC BY 4.0, FinOps Foundation).
#include "canonical/DemoPortfolio.h"
#include "import/FocusImporter.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace hp;

namespace {

Decimal D(const char *text) { return Decimal::fromString(QString::fromLatin1(text)); }

QByteArray data(const char *name)
{
    QFile f(QStringLiteral(HEDGEPLAN_TEST_DATA "/import/") + QString::fromLatin1(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

ImportPlan read(const char *name, const Project &project = {}, const ImportSettings &settings = {})
{
    ImportPlan p;
    FocusImporter::read(QString::fromLatin1(name), data(name), settings, project, p);
    return p;
}

std::string dump(const ImportPlan &p)
{
    std::string s;
    for (const ImportError &e : p.rejects)
        s += e.toString().toStdString() + "\n";
    return s;
}

} // namespace

TEST(FocusImporter, Focus10SampleSumsPerProviderAndMonth)
{
    // README figures: 1,000 rows, AWS 942, Microsoft 51, Oracle 7, all USD, all in 2024-09.
    // Sums computed independently (Python decimal, each cost rounded half-even to 1e-9 first).
    const ImportPlan p = read("focus_sample.csv");
    ASSERT_TRUE(p.rejects.empty()) << dump(p);
    EXPECT_EQ(p.rowsRead, 1000);
    EXPECT_EQ(p.rowsAccepted, 1000);
    ASSERT_EQ(p.actuals.size(), 3u);
    EXPECT_EQ(p.actuals[0], (Actual{QStringLiteral("AWS"), YearMonth(2024, 9), D("18.006638626"), D("13"), QStringLiteral("USD")}));
    EXPECT_EQ(p.actuals[1], (Actual{QStringLiteral("Microsoft"), YearMonth(2024, 9), D("1.976514186"), D("1.976514186"), QStringLiteral("USD")}));
    EXPECT_EQ(p.actuals[2], (Actual{QStringLiteral("Oracle"), YearMonth(2024, 9), D("0.537073925"), D("0"), QStringLiteral("USD")}));
    Decimal billed;
    for (const Actual &a : p.actuals)
        billed += a.billedCost;
    EXPECT_EQ(billed, D("20.520226737")); // the README's 20.52022672899, each of 1,000 costs rounded to 1e-9
    // Unmatched provider names stay as written, with a warning.
    EXPECT_TRUE(p.warnings.join(u'\n').contains(QStringLiteral("ProviderName 'AWS' matches no provider")));
    EXPECT_EQ(p.unmatchedProviders, (QStringList{QStringLiteral("AWS"), QStringLiteral("Oracle"), QStringLiteral("Microsoft")})); // file order
}

TEST(FocusImporter, ProviderNamesMapToProjectProvidersByIdOrName)
{
    Project project;
    project.providers.push_back({QStringLiteral("aws"), QStringLiteral("Amazon"), ProviderKind::Cloud, {}, false});
    project.providers.push_back({QStringLiteral("azure"), QStringLiteral("microsoft"), ProviderKind::Cloud, {}, false});
    const ImportPlan p = read("focus_sample.csv", project);
    ASSERT_EQ(p.actuals.size(), 3u);
    EXPECT_EQ(p.actuals[0].provider, QStringLiteral("Oracle"));
    EXPECT_EQ(p.actuals[1].provider, QStringLiteral("aws"));   // by id, case-insensitive
    EXPECT_EQ(p.actuals[2].provider, QStringLiteral("azure")); // by name, case-insensitive
}

TEST(FocusImporter, ReimportReplacesTheSameMonthsNeverAddsUp)
{
    const ImportPlan p = read("focus_sample.csv");
    const Project once = applied(Project{}, p);
    const Project twice = applied(once, read("focus_sample.csv", once));
    EXPECT_EQ(twice, once);
    EXPECT_EQ(twice.actuals.size(), 3u);
}

TEST(FocusImporter, Focus13ServiceProviderNameAndTrailingColumns)
{
    // per_token_ai_model_api.csv: FOCUS 1.3 names the provider ServiceProviderName.
    const ImportPlan p = read("per_token_ai_model_api.csv");
    ASSERT_TRUE(p.rejects.empty()) << dump(p);
    ASSERT_EQ(p.actuals.size(), 1u);
    EXPECT_EQ(p.actuals[0].month, YearMonth(2025, 5));
    EXPECT_EQ(p.actuals[0].billedCost, D("94.50")); // 42.00 input + 52.50 output
    EXPECT_EQ(p.actuals[0].effectiveCost, D("94.50"));
}

TEST(FocusImporter, MissingColumnsAreNamedAndConstantsFillThem)
{
    // The spec's commitment example has no ProviderName or BillingCurrency.
    const ImportPlan missing = read("zero_percent_utilization_without_commitment_discount_flexibility.csv");
    ASSERT_FALSE(missing.rejects.empty());
    EXPECT_EQ(missing.rejects[0].line, 1);
    EXPECT_EQ(missing.rejects[0].column, 0);
    EXPECT_TRUE(missing.rejects[0].reason.contains(QStringLiteral("'BillingCurrency' is missing"))) << dump(missing);
    EXPECT_TRUE(missing.actuals.empty());

    // With constants the blank line after every record and the CRLF ends are no trouble.
    ImportSettings s;
    ColumnMapping m;
    m.setConstant(QStringLiteral("ProviderName"), QStringLiteral("Cloud B"));
    m.setConstant(QStringLiteral("BillingCurrency"), QStringLiteral("USD"));
    for (const char *f : {"BilledCost", "EffectiveCost", "ChargePeriodStart"})
        m.mapColumn(QString::fromLatin1(f), QString::fromLatin1(f));
    s.mapping = m;
    const ImportPlan p = read("zero_percent_utilization_without_commitment_discount_flexibility.csv", {}, s);
    ASSERT_TRUE(p.rejects.empty()) << dump(p);
    ASSERT_EQ(p.actuals.size(), 1u);
    EXPECT_EQ(p.actuals[0].provider, QStringLiteral("Cloud B"));
    EXPECT_EQ(p.actuals[0].month, YearMonth(2023, 1));
    EXPECT_EQ(p.actuals[0].billedCost, D("3.50"));   // 1.50 + 0.00 + 2.00
    EXPECT_EQ(p.actuals[0].effectiveCost, D("3.50")); // 0.00 + 1.50 + 2.00
}

TEST(FocusImporter, ImpossibleTimestampIsRejectedWithLineAndColumn)
{
    // Upstream's hour 30 (2023-02-01T30:00:00Z) is in ChargePeriodEnd, which is not read;
    // the same fault in ChargePeriodStart is a reject.
    QByteArray bytes = data("commitment_discount_purchase_scenario_2.csv");
    bytes.replace("2023-01-01T20:00:00Z,2023-02-01T30:00:00Z", "2023-01-01T30:00:00Z,2023-02-01T30:00:00Z");
    ImportSettings s;
    ColumnMapping m = ColumnMapping::guess(FocusImporter::kEntity, {}, FocusImporter::fields());
    for (const char *f : {"BilledCost", "EffectiveCost", "ChargePeriodStart"})
        m.mapColumn(QString::fromLatin1(f), QString::fromLatin1(f));
    m.setConstant(QStringLiteral("ProviderName"), QStringLiteral("Cloud B"));
    m.setConstant(QStringLiteral("BillingCurrency"), QStringLiteral("USD"));
    s.mapping = m;
    ImportPlan p;
    FocusImporter::read(QStringLiteral("purchase.csv"), bytes, s, Project{}, p);
    ASSERT_EQ(p.rejects.size(), 1u) << dump(p);
    EXPECT_EQ(p.rejects[0].file, QStringLiteral("purchase.csv"));
    EXPECT_EQ(p.rejects[0].line, 4);
    EXPECT_EQ(p.rejects[0].column, 3);
    EXPECT_TRUE(p.rejects[0].reason.contains(QStringLiteral("impossible time")));
    EXPECT_EQ(p.rejects[0].raw, QStringLiteral("2023-01-01T30:00:00Z"));
    EXPECT_FALSE(p.canApply());
    const Project demo = DemoPortfolio::load();
    EXPECT_EQ(applied(demo, p), demo);
}

TEST(FocusImporter, NullAndEmptyCellsAndUnknownColumns)
{
    const QByteArray bytes = "billed_cost,EFFECTIVECOST,BillingCurrency,ChargePeriodStart,ProviderName,x_Extra\n"
                             "1.25,NULL,USD,2026-01-05 00:00:00,Cloud A,foo\n"
                             "\"\",2.00,USD,2026-01-31T23:00:00Z,Cloud A,bar\n"
                             "3,3,USD,2026-02-01,Cloud A,\n";
    ImportPlan p;
    FocusImporter::read(QStringLiteral("f.csv"), bytes, {}, Project{}, p);
    ASSERT_TRUE(p.rejects.empty()) << dump(p);
    ASSERT_EQ(p.actuals.size(), 2u);
    EXPECT_EQ(p.actuals[0], (Actual{QStringLiteral("Cloud A"), YearMonth(2026, 1), D("1.25"), D("2"), QStringLiteral("USD")}));
    EXPECT_EQ(p.actuals[1], (Actual{QStringLiteral("Cloud A"), YearMonth(2026, 2), D("3"), D("3"), QStringLiteral("USD")}));
    EXPECT_TRUE(p.warnings.join(u'\n').contains(QStringLiteral("2 NULL or empty cost cells counted as 0")));
}

TEST(FocusImporter, UserMappedProviderNamesAndCurrencyCodes)
{
    ImportSettings s;
    s.providerMap[QStringLiteral("aws")] = QStringLiteral("cloud_a"); // case-insensitive; cloud_a must exist (issue 15)
    const ImportPlan p = read("focus_sample.csv", DemoPortfolio::load(), s);
    ASSERT_EQ(p.actuals.size(), 3u);
    EXPECT_EQ(p.actuals[2].provider, QStringLiteral("cloud_a"));
    EXPECT_EQ(p.actuals[2].billedCost, D("18.006638626"));
    EXPECT_FALSE(p.warnings.join(u'\n').contains(QStringLiteral("'AWS'")));

    ImportPlan bad;
    FocusImporter::read(QStringLiteral("f.csv"), "BilledCost,EffectiveCost,BillingCurrency,ChargePeriodStart,ProviderName\n1,1,usd,2026-01-01,X\n",
                        {}, Project{}, bad);
    ASSERT_EQ(bad.rejects.size(), 1u) << dump(bad);
    EXPECT_EQ(bad.rejects[0].line, 2);
    EXPECT_EQ(bad.rejects[0].column, 3);
    EXPECT_TRUE(bad.actuals.empty());
}
