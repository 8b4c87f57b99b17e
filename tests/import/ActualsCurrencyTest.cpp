// Actuals keep their BillingCurrency and are converted to the reporting
// currency before they are summed (docs/rules.md §6.2 rev 2, issue 15): USD 100 +
// EUR 50 at 1.10 is 155.00; a currency without a rate is listed apart, never
// summed. Computed once (ActualsRule); JSON, tables and charts read the result.
#include "engine/ActualsRule.h"
#include "engine/ScenarioEngine.h"
#include "canonical/DemoPortfolio.h"
#include "json/JsonReport.h"
#include "report/EvaluationTables.h"
#include "report/RiskChartBuilder.h"

#include <gtest/gtest.h>

using namespace hp;

namespace {

Decimal D(const char *text) { return Decimal::fromString(QString::fromLatin1(text)); }
QString S(const char *text) { return QString::fromUtf8(text); }

/// The demo (reporting USD, horizon from 2026-01) with EUR at 1.10 and actuals of
/// one provider in 2026-01: USD 100 / 90, EUR 50 / 40, and SEK 10 / 8 (no rate).
Project withActuals()
{
    Project p = DemoPortfolio::load();
    p.exchangeRates[S("EUR")] = D("1.10");
    p.exchangeRates.erase(S("SEK"));
    const QString provider = p.providers.front().id;
    p.actuals = {{provider, YearMonth(2026, 1), D("100"), D("90"), S("USD")},
                 {provider, YearMonth(2026, 1), D("50"), D("40"), S("EUR")},
                 {provider, YearMonth(2026, 1), D("10"), D("8"), S("SEK")}};
    return p;
}

} // namespace

TEST(ActualsCurrency, EachActualIsConvertedThenSummedPerProviderAndMonth)
{
    // Before: 160.00 (100 + 50 + 10, three currencies added as if one).
    const Project p = withActuals();
    const EngineResult r = ScenarioEngine(p).actualsOnly();
    ASSERT_EQ(r.actuals.size(), 1u);
    EXPECT_EQ(r.actuals[0].provider, p.providers.front().id);
    EXPECT_EQ(r.actuals[0].billedCost, D("155"));   // 100 + 50 × 1.10
    EXPECT_EQ(r.actuals[0].effectiveCost, D("134")); // 90 + 40 × 1.10
    ASSERT_EQ(r.actualsUnconverted.size(), 1u);
    EXPECT_EQ(r.actualsUnconverted[0].currency, S("SEK"));
    EXPECT_EQ(r.actualsUnconverted[0].month, YearMonth(2026, 1));
    EXPECT_EQ(r.actualsUnconverted[0].billedCost, D("10"));
    EXPECT_EQ(r.actualsUnconverted[0].effectiveCost, D("8"));
    const QStringList warnings = ActualsRule::warnings(r);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings[0].contains(S("actuals in SEK have no exchange rate to USD"))) << warnings[0].toStdString();
}

TEST(ActualsCurrency, AForeignOnlyActualWithoutARateIsNeverShownAsReportingCurrency)
{
    // Before: an EUR-only file showed 50.00 in a USD project.
    Project p = DemoPortfolio::load();
    p.exchangeRates.clear();
    p.actuals = {{S("x"), YearMonth(2026, 3), D("50"), D("50"), S("EUR")}};
    const EngineResult r = ScenarioEngine(p).evaluate(p.scenarios.front().name); // does not block the evaluation
    EXPECT_TRUE(r.actuals.empty());
    ASSERT_EQ(r.actualsUnconverted.size(), 1u);
    const QJsonObject json = JsonReport::evaluation(r);
    EXPECT_TRUE(json[S("actuals")].toArray().isEmpty());
    const QJsonArray unconverted = json[S("actuals_unconverted")].toArray();
    ASSERT_EQ(unconverted.size(), 1);
    EXPECT_EQ(unconverted[0].toObject(), (QJsonObject{{S("provider"), S("x")}, {S("month"), S("2026-03")}, {S("currency"), S("EUR")},
                                                      {S("billed_cost"), S("50.00")}, {S("effective_cost"), S("50.00")}}));
}

TEST(ActualsCurrency, JsonTablesAndChartReadTheConvertedFigures)
{
    const Project p = withActuals();
    const EngineResult r = ScenarioEngine(p).evaluate(p.scenarios.front().name);
    const QJsonArray actuals = JsonReport::evaluation(r)[S("actuals")].toArray();
    ASSERT_EQ(actuals.size(), 1);
    EXPECT_EQ(actuals[0].toObject()[S("billed_cost")].toString(), S("155.00"));
    EXPECT_EQ(actuals[0].toObject()[S("effective_cost")].toString(), S("134.00"));

    const ResultTable table = EvaluationTables::actuals(r);
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(std::get<Decimal>(table.rows[0][2]), D("155"));
    EXPECT_TRUE(table.title.contains(S("1 left out"))) << table.title.toStdString();

    const ChartFrame frame(p, QDate(2026, 12, 4));
    const ChartData chart = RiskChartBuilder(frame).actualsVsPlan(r);
    ASSERT_EQ(chart.series.size(), 2u);
    ASSERT_FALSE(chart.series[1].values.empty());
    EXPECT_DOUBLE_EQ(chart.series[1].values[0], 134.0); // 2026-01, the horizon's first month
}
