// The deck's content built from an evaluation: the basic charts, footnote,
// headline table; and the Monte Carlo tables.
#include "engine/ScenarioEngine.h"
#include "export/CsvTableExporter.h"
#include "canonical/DemoPortfolio.h"
#include "report/BasicCharts.h"
#include "report/DeckContent.h"
#include "report/EvaluationTables.h"

#include <gtest/gtest.h>

using namespace hp;

namespace {

Decimal D(const char *text) { return Decimal::fromString(QString::fromLatin1(text)); }

/// 26 months from 2026-01; provider "a" spends 10 a month, "b" 1 a month from
/// 2027-01; month 0 has a shortfall of 5 and month 1 a termination fee of 2.
EngineResult twoProviders()
{
    EngineResult r;
    r.scenario = QStringLiteral("S");
    r.currency = QStringLiteral("EUR");
    const std::size_t n = 26;
    for (std::size_t t = 0; t < n; ++t)
        r.months.push_back(YearMonth(2026, 1).plusMonths(int(t)));
    MonthlyFigures &m = r.monthly;
    for (auto *series : {&m.spend, &m.shortfall, &m.revenueShare, &m.egress, &m.reengineering, &m.termination, &m.total})
        series->assign(n, Decimal());
    ProviderResult a{QStringLiteral("a"), QStringLiteral("Alpha"), {}, {}, std::vector<Decimal>(n, D("10")), {}, {}};
    ProviderResult b{QStringLiteral("b"), QString(), {}, {}, std::vector<Decimal>(n, Decimal()), {}, {}};
    for (std::size_t t = 12; t < n; ++t)
        b.monthlySpend[t] = D("1");
    for (std::size_t t = 0; t < n; ++t)
        m.spend[t] = a.monthlySpend[t] + b.monthlySpend[t];
    m.shortfall[0] = D("5");
    m.termination[1] = D("2");
    for (std::size_t t = 0; t < n; ++t)
        m.total[t] = m.spend[t] + m.shortfall[t] + m.termination[t];
    CommitmentYearResult y1;
    y1.contractId = QStringLiteral("a_edp");
    y1.year = 1;
    y1.committed = D("150");
    y1.drawn = D("120");
    a.commitments.push_back(y1);
    r.providers = {a, b};
    r.totals.total = D("293");
    return r;
}

} // namespace

TEST(BasicCharts, CostByComponentStacksToTheTotal)
{
    const ChartData c = BasicCharts::costByComponent(twoProviders());
    ASSERT_EQ(c.series.size(), 6u);
    EXPECT_EQ(c.categories.front(), QStringLiteral("2026-01"));
    EXPECT_EQ(c.categories.back(), QStringLiteral("2028-02"));
    for (const ChartSeries &s : c.series)
        EXPECT_EQ(s.style, SeriesStyle::StackedArea);
    double month0 = 0, month1 = 0;
    for (const ChartSeries &s : c.series) {
        month0 += s.values[0];
        month1 += s.values[1];
    }
    EXPECT_EQ(month0, 15.0); // spend 10 + shortfall 5
    EXPECT_EQ(month1, 12.0); // spend 10 + termination 2
    EXPECT_EQ(c.series[1].colourKey, QStringLiteral("component:shortfall"));
}

TEST(BasicCharts, SpendByProviderGoesYearlyBeyondTwoYears)
{
    const ChartData c = BasicCharts::spendByProvider(twoProviders());
    EXPECT_EQ(c.categories, (QStringList{QStringLiteral("2026"), QStringLiteral("2027"), QStringLiteral("2028")}));
    ASSERT_EQ(c.series.size(), 2u);
    EXPECT_EQ(c.series[0].name, QStringLiteral("Alpha"));
    EXPECT_EQ(c.series[1].name, QStringLiteral("b")) << "a provider without a name shows its id";
    EXPECT_EQ(c.series[0].values, (std::vector<double>{120, 120, 20}));
    EXPECT_EQ(c.series[1].values, (std::vector<double>{0, 12, 2}));
    EXPECT_EQ(c.series[1].style, SeriesStyle::StackedBar);
}

TEST(BasicCharts, CumulativeCostAndCommitments)
{
    const EngineResult r = twoProviders();
    const ChartData cumulative = BasicCharts::cumulativeCost(r);
    ASSERT_EQ(cumulative.series.size(), 1u);
    EXPECT_EQ(cumulative.series[0].values[0], 15.0);
    EXPECT_EQ(cumulative.series[0].values[1], 27.0);
    EXPECT_EQ(cumulative.series[0].values[25], 15.0 + 12.0 + 10.0 * 10 + 11.0 * 14);
    const ChartData commitments = BasicCharts::commitmentBurnDown(r);
    EXPECT_EQ(commitments.categories, QStringList{QStringLiteral("a_edp year 1")});
    EXPECT_EQ(commitments.series[0].values, std::vector<double>{150});
    EXPECT_EQ(commitments.series[1].values, std::vector<double>{120});
}

TEST(DeckContent, FootnoteNamesScenarioHorizonDateAndIllustrative)
{
    Project project;
    project.title = QStringLiteral("Lab");
    project.illustrative = true;
    const DeckContent deck = DeckContent::fromEvaluation(project, twoProviders(), QDate(2026, 11, 30));
    const QString expected = QStringLiteral("Scenario S · 2026-01 to 2028-02 · 2026-11-30 · Illustrative data");
    EXPECT_EQ(deck.footnote, expected);
    EXPECT_EQ(deck.title, QStringLiteral("Lab"));
    EXPECT_EQ(deck.subtitle, QStringLiteral("Scenario S, 2026-01 to 2028-02"));
    ASSERT_EQ(deck.charts.size(), 4u);
    for (const ChartData &c : deck.charts) {
        EXPECT_EQ(c.footnote, expected);
        EXPECT_TRUE(c.illustrative);
    }
    EXPECT_EQ(deck.headline.columns[1].header, QStringLiteral("Value (EUR)"));
    EXPECT_EQ(std::get<QString>(deck.headline.rows[0][0]), QStringLiteral("Total cost"));
    EXPECT_EQ(std::get<Decimal>(deck.headline.rows[0][1]), D("293"));
    project.illustrative = false;
    EXPECT_FALSE(DeckContent::fromEvaluation(project, twoProviders(), QDate(2026, 11, 30)).footnote.contains(QStringLiteral("Illustrative")));
}

TEST(EvaluationTables, MonteCarloPercentilesPerMonthAndSummary)
{
    MonteCarloResult mc;
    mc.request.trials = 500;
    mc.request.seed = 7;
    mc.request.against = QStringLiteral("B");
    mc.months = {YearMonth(2026, 1), YearMonth(2026, 2)};
    const auto mp = [](const char *p10, const char *p50, const char *p90, const char *mean) {
        const auto d = [](const char *t) { return *Decimal::parse(QString::fromLatin1(t)); };
        return MoneyPercentiles{d(p10), d(p50), d(p90), d(mean)};
    };
    // Half-even to cents: 2.005 → 2.00, 21.125 → 21.12.
    mc.monthlyTotal = {mp("1.004", "2.005", "3", "2"), mp("10", "20", "30", "21.125")};
    mc.npv = mp("100", "200", "300", "201");
    mc.total = mp("110", "210", "310", "211");
    mc.npvAgainst = mp("90", "190", "290", "191");
    mc.totalAgainst = mp("95", "195", "295", "196.005"); // half-even: 196.00
    const std::vector<ResultTable> tables = EvaluationTables::monteCarlo(mc);
    ASSERT_EQ(tables.size(), 2u);
    EXPECT_EQ(tables[0].title, QStringLiteral("Total cost per month over 500 trials, seed 7"));
    EXPECT_EQ(CsvTableExporter::toCsv(tables[0]), QByteArray("Month,P10,P50,P90,Mean\r\n"
                                                             "2026-01,1.00,2.00,3.00,2.00\r\n"
                                                             "2026-02,10.00,20.00,30.00,21.12\r\n"));
    EXPECT_EQ(CsvTableExporter::toCsv(tables[1]), QByteArray("Figure,P10,P50,P90,Mean\r\n"
                                                             "NPV,100.00,200.00,300.00,201.00\r\n"
                                                             "Total cost,110.00,210.00,310.00,211.00\r\n"
                                                             "NPV of B,90.00,190.00,290.00,191.00\r\n"
                                                             "Total cost of B,95.00,195.00,295.00,196.00\r\n"));
}

TEST(DeckSummary, CompactByDefaultExactOnRequest)
{
    const Project demo = DemoPortfolio::load();
    const ScenarioEngine engine(demo);
    const EngineResult statusQuo = engine.evaluate(QStringLiteral("Status quo"));
    const EngineResult pivot = engine.evaluate(QStringLiteral("Pivot"));
    const auto cell = [](const ResultTable &t, std::size_t row, std::size_t column) { return std::get<QString>(t.rows[row][column]); };
    // Total cost of Status quo: 184,762,869,601.93; Pivot 137,267,582,779.32; Pivot − Status quo −47,495,286,822.61.
    const DeckContent compact = DeckContent::fromEvaluation(demo, statusQuo, QDate(2026, 12, 5), &pivot);
    EXPECT_EQ(cell(compact.summary, 0, 1), QStringLiteral("$184.76B"));
    EXPECT_EQ(cell(compact.summary, 0, 3), QStringLiteral("−$47.50B"));
    const DeckContent exact = DeckContent::fromEvaluation(demo, statusQuo, QDate(2026, 12, 5), &pivot, MoneyStyle::Exact);
    EXPECT_EQ(cell(exact.summary, 0, 1), QStringLiteral("184,762,869,601.93"));
    EXPECT_EQ(cell(exact.summary, 0, 2), QStringLiteral("137,267,582,779.32"));
    EXPECT_EQ(cell(exact.summary, 0, 3), QStringLiteral("−47,495,286,822.61"));
}
