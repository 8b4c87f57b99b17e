// PriceListReader (docs/rules.md §6.3) on entries copied from LiteLLM's price map
// (tests/data/import/README.md: MIT, Berri AI).
#include "import/PriceListReader.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace hp;

namespace {

Decimal D(const char *text) { return Decimal::fromString(QString::fromLatin1(text)); }

QByteArray sample()
{
    QFile f(QStringLiteral(HEDGEPLAN_TEST_DATA "/import/litellm_prices_sample.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

ImportPlan read(const PriceListOptions &options = {}, const Project &project = {})
{
    ImportPlan p;
    p.mode = ImportMode::ValidRowsOnly;
    PriceListReader::read(QStringLiteral("prices.json"), sample(), options, project, p);
    return p;
}

const Offering *offering(const ImportPlan &p, const char *id)
{
    for (const Offering &o : p.offerings)
        if (o.id == QString::fromLatin1(id))
            return &o;
    return nullptr;
}

} // namespace

TEST(PriceListReader, ExactDecimalsOfJsonNumbers)
{
    EXPECT_EQ(PriceListReader::decimalOf(2.5e-06, 6), D("2.5"));
    EXPECT_EQ(PriceListReader::decimalOf(1e-05, 6), D("10"));
    EXPECT_EQ(PriceListReader::decimalOf(2e-08, 6), D("0.02"));
    EXPECT_EQ(PriceListReader::decimalOf(0.135), D("0.135"));
    EXPECT_EQ(PriceListReader::decimalOf(1.1e-07, 6), D("0.11")); // 1.1e-07 × 1e6 in binary is 0.10999…
    EXPECT_EQ(PriceListReader::decimalOf(0), D("0"));
    EXPECT_EQ(PriceListReader::decimalOf(-3.5), D("-3.5"));
    EXPECT_EQ(PriceListReader::decimalOf(1234.0), D("1234"));
}

TEST(PriceListReader, MixParsing)
{
    EXPECT_EQ(PriceListReader::parseMix(u"3:1"), (std::pair{D("3"), D("1")}));
    EXPECT_EQ(PriceListReader::parseMix(u"0.8 : 0.2"), (std::pair{D("0.8"), D("0.2")}));
    EXPECT_FALSE(PriceListReader::parseMix(u"0:0").has_value());
    EXPECT_FALSE(PriceListReader::parseMix(u"3").has_value());
    EXPECT_FALSE(PriceListReader::parseMix(u"-1:2").has_value());
}

TEST(PriceListReader, LiteLlmEntriesBecomeOfferingsPerMillionTokens)
{
    const ImportPlan p = read();
    // gpt-4o: 2.5 $/M in, 10 $/M out; at 3:1 → (7.5 + 10) / 4 = 4.375.
    ASSERT_NE(offering(p, "gpt-4o"), nullptr);
    EXPECT_EQ(offering(p, "gpt-4o")->unitPrice, D("4.375"));
    EXPECT_EQ(offering(p, "gpt-4o")->unit, QStringLiteral("1M tokens"));
    EXPECT_EQ(offering(p, "gpt-4o")->providerId, QStringLiteral("openai"));
    EXPECT_EQ(offering(p, "azure/gpt-4o")->providerId, QStringLiteral("azure"));
    // An embedding model (output 0) is priced by its input: 2e-08 → 0.02 $/M.
    EXPECT_EQ(offering(p, "text-embedding-3-small")->unitPrice, D("0.02"));
    // Both prices 0 (integer zeros): an unpriced entry, skipped with its reason, never a free offering (issue 15).
    EXPECT_EQ(offering(p, "anthropic.claude-mythos-preview"), nullptr);
    ASSERT_EQ(p.skipped.size(), 1u);
    EXPECT_EQ(p.skipped[0].raw, QStringLiteral("anthropic.claude-mythos-preview"));
    EXPECT_TRUE(p.skipped[0].reason.contains(QStringLiteral("both token prices are 0")));
    EXPECT_GT(p.skipped[0].line, 1);
    // sample_spec, dall-e-3 (no token prices), fallback_generalizations, last_updated, the zero-priced entry: skipped.
    EXPECT_EQ(p.offerings.size(), 3u);
    EXPECT_EQ(p.rowsRead, 4);
    EXPECT_EQ(p.rowsAccepted, 3);
    EXPECT_TRUE(p.notes.join(u'\n').contains(QStringLiteral("5 entries without token prices (or with both at 0) skipped")));
    // wandb's per-token 0.135 is a per-1M price written per token: rejected, with its line.
    ASSERT_EQ(p.rejects.size(), 2u);
    EXPECT_TRUE(p.rejects[0].reason.startsWith(QStringLiteral("wandb/deepseek-ai/DeepSeek-R1-0528: input_cost_per_token 0.135")));
    EXPECT_GT(p.rejects[0].line, 1);
    QStringList providers;
    for (const Provider &pr : p.providers)
        providers << pr.id;
    providers.sort();
    EXPECT_EQ(providers, (QStringList{QStringLiteral("azure"), QStringLiteral("openai")})); // bedrock only had the skipped entry
}

TEST(PriceListReader, MixFilterAndReimport)
{
    PriceListOptions o;
    o.inputWeight = D("1");
    o.outputWeight = D("1");
    o.match = {QStringLiteral("GPT-4O")};
    const ImportPlan p = read(o);
    ASSERT_EQ(p.offerings.size(), 2u);
    EXPECT_EQ(offering(p, "gpt-4o")->unitPrice, D("6.25")); // (2.5 + 10) / 2
    EXPECT_TRUE(p.rejects.empty());
    const Project once = applied(Project{}, p);
    const Project twice = applied(once, read(o, once));
    EXPECT_EQ(twice, once);
    EXPECT_EQ(twice.offerings.size(), 2u);
    EXPECT_EQ(twice.providers.size(), 2u);
}

TEST(PriceListReader, OtherReportingCurrencyNeedsAUsdRate)
{
    Project eur;
    eur.reportingCurrency = QStringLiteral("EUR");
    PriceListOptions o;
    o.match = {QStringLiteral("gpt-4o")};
    const ImportPlan refused = read(o, eur);
    ASSERT_EQ(refused.rejects.size(), 1u);
    EXPECT_TRUE(refused.rejects[0].reason.contains(QStringLiteral("without a USD exchange rate")));
    EXPECT_TRUE(refused.offerings.empty());
    eur.exchangeRates[QStringLiteral("USD")] = D("0.9");
    EXPECT_EQ(offering(read(o, eur), "gpt-4o")->unitPrice, D("3.9375")); // 4.375 × 0.9
}

TEST(PriceListReader, NotJsonOrNotAnObject)
{
    ImportPlan p;
    PriceListReader::read(QStringLiteral("bad.json"), "{\n  \"a\": 1,\n  oops\n}", {}, Project{}, p);
    ASSERT_EQ(p.rejects.size(), 1u);
    EXPECT_EQ(p.rejects[0].line, 3);
    EXPECT_TRUE(p.rejects[0].reason.startsWith(QStringLiteral("not valid JSON")));
    ImportPlan q;
    PriceListReader::read(QStringLiteral("list.json"), "[1, 2]", {}, Project{}, q);
    ASSERT_EQ(q.rejects.size(), 1u);
    EXPECT_TRUE(q.rejects[0].reason.contains(QStringLiteral("JSON object")));
}
