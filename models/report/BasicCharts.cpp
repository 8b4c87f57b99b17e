#include "BasicCharts.h"

#include "report/ScarcityChartBuilder.h"

#include <map>

namespace hp {

namespace {

QStringList monthLabels(const EngineResult &r)
{
    QStringList labels;
    for (YearMonth m : r.months)
        labels << m.toString();
    return labels;
}

std::vector<double> doubles(const std::vector<Decimal> &values)
{
    std::vector<double> out;
    out.reserve(values.size());
    for (Decimal v : values)
        out.push_back(v.roundedToCents().toDouble());
    return out;
}

ChartData base(const EngineResult &r, ChartKind kind, const QString &title)
{
    ChartData c;
    c.kind = kind;
    c.title = title;
    c.subtitle = QStringLiteral("Scenario %1").arg(r.scenario);
    c.categoryTitle = QStringLiteral("Month");
    c.categories = monthLabels(r);
    c.unit = ValueUnit::Money;
    c.currency = r.currency;
    c.valueTitle = r.currency;
    return c;
}

} // namespace

std::vector<ChartData> BasicCharts::all(const EngineResult &r)
{
    return {costByComponent(r), spendByProvider(r), cumulativeCost(r), commitmentBurnDown(r)};
}

std::vector<ChartData> BasicCharts::all(const EngineResult &r, const Project &project)
{
    std::vector<ChartData> charts = all(r);
    const ChartFrame frame(project, QDate());
    const ScarcityChartBuilder scarcity(frame);
    for (ChartData chart : {scarcity.capacity(r), scarcity.siliconAudit(r)})
        if (chart.emptyState.isEmpty())
            charts.push_back(std::move(chart));
    return charts;
}

ChartData BasicCharts::costByComponent(const EngineResult &r)
{
    ChartData c = base(r, ChartKind::CostByComponent, QStringLiteral("Monthly cost by component"));
    const MonthlyFigures &m = r.monthly;
    // The components that add up to the total (dual run is inside spend).
    const std::tuple<QString, QString, const std::vector<Decimal> *> components[] = {
        {QStringLiteral("Spend"), QStringLiteral("component:spend"), &m.spend},
        {QStringLiteral("Shortfall"), QStringLiteral("component:shortfall"), &m.shortfall},
        {QStringLiteral("Revenue share"), QStringLiteral("component:revenue_share"), &m.revenueShare},
        {QStringLiteral("Egress"), QStringLiteral("component:egress"), &m.egress},
        {QStringLiteral("Re-engineering"), QStringLiteral("component:reengineering"), &m.reengineering},
        {QStringLiteral("Termination"), QStringLiteral("component:termination"), &m.termination}};
    for (const auto &[name, key, values] : components)
        c.series.push_back({name, key, SeriesStyle::StackedArea, doubles(*values), {}, false, {}});
    return c;
}

ChartData BasicCharts::spendByProvider(const EngineResult &r)
{
    ChartData c = base(r, ChartKind::SpendByProvider, QStringLiteral("Spend per provider"));
    const bool yearly = r.months.size() > 24;
    std::map<int, int> yearIndex;
    if (yearly) {
        c.categoryTitle = QStringLiteral("Year");
        c.categoriesAreMonths = false;
        c.categories.clear();
        for (YearMonth m : r.months)
            if (yearIndex.emplace(m.year(), int(yearIndex.size())).second)
                c.categories << QString::number(m.year());
    }
    for (const ProviderResult &p : r.providers) {
        std::vector<Decimal> sums(std::size_t(c.categories.size()));
        for (std::size_t t = 0; t < p.monthlySpend.size() && t < r.months.size(); ++t)
            sums[yearly ? std::size_t(yearIndex[r.months[t].year()]) : t] += p.monthlySpend[t];
        c.series.push_back({p.name.isEmpty() ? p.id : p.name, QStringLiteral("provider:") + p.id, SeriesStyle::StackedBar,
                            doubles(sums), {}, false, {}});
    }
    return c;
}

ChartData BasicCharts::cumulativeCost(const EngineResult &r)
{
    ChartData c = base(r, ChartKind::ScenarioComparison, QStringLiteral("Cumulative total cost"));
    std::vector<Decimal> cumulative;
    Decimal sum;
    for (Decimal v : r.monthly.total)
        cumulative.push_back(sum += v);
    c.series.push_back({QStringLiteral("Cumulative cost, %1").arg(r.scenario), QStringLiteral("scenario:") + r.scenario,
                        SeriesStyle::Line, doubles(cumulative), {}, false, {}});
    return c;
}

ChartData BasicCharts::commitmentBurnDown(const EngineResult &r)
{
    ChartData c = base(r, ChartKind::CommitmentBurnDown, QStringLiteral("Commitments: committed vs drawn"));
    c.categoryTitle = QStringLiteral("Commitment year");
    c.categoriesAreMonths = false;
    c.horizontalBars = true;
    c.categories.clear();
    std::vector<Decimal> committed, drawn;
    for (const ProviderResult &p : r.providers)
        for (const CommitmentYearResult &y : p.commitments) {
            c.categories << QStringLiteral("%1 year %2").arg(y.contractId).arg(y.year);
            committed.push_back(y.committed);
            drawn.push_back(y.drawn);
        }
    c.series.push_back({QStringLiteral("Committed"), QStringLiteral("commitment:committed"), SeriesStyle::Bar, doubles(committed), {}, false, {}});
    c.series.push_back({QStringLiteral("Drawn"), QStringLiteral("commitment:drawn"), SeriesStyle::Bar, doubles(drawn), {}, false, {}});
    return c;
}

} // namespace hp
