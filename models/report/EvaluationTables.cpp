#include "EvaluationTables.h"

#include "engine/FigureCatalog.h"

#include <utility>

namespace hp {

namespace {

ResultColumn money(const QString &header) { return {header, ColumnFormat::Money}; }
ResultColumn text(const QString &header) { return {header, ColumnFormat::Text}; }
ResultColumn month(const QString &header) { return {header, ColumnFormat::Month}; }

ColumnFormat columnFormat(FigureUnit unit)
{
    switch (unit) {
    case FigureUnit::Money: return ColumnFormat::Money;
    case FigureUnit::Number: return ColumnFormat::Number;
    case FigureUnit::Share: return ColumnFormat::Percent;
    }
    return ColumnFormat::Number;
}

ResultTable figureTable(const QString &name, const QString &title,
                        const std::vector<std::pair<QString, Decimal>> &figures, const QString &currency)
{
    ResultTable t{name, title, {text(QStringLiteral("Figure")), money(QStringLiteral("Value (%1)").arg(currency))}, {}};
    for (const auto &[label, value] : figures)
        t.rows.push_back({label, value});
    return t;
}

} // namespace

std::vector<ResultTable> EvaluationTables::evaluation(const EngineResult &r)
{
    return {monthly(r), providerSpend(r), totals(r), providers(r), commitments(r), violations(r), actuals(r)};
}

ResultTable EvaluationTables::monthly(const EngineResult &r)
{
    ResultTable t{QStringLiteral("Monthly"),
                  QStringLiteral("Monthly figures, scenario %1 (%2)").arg(r.scenario, r.currency), {month(QStringLiteral("Month"))}, {}};
    for (const MonthlySeriesInfo &f : FigureCatalog::monthly())
        t.columns.push_back({QString::fromLatin1(f.title), columnFormat(f.unit)});
    const auto at = [](const std::vector<Decimal> &v, std::size_t i) -> ResultCell {
        if (i < v.size())
            return v[i];
        return std::monostate{};
    };
    for (std::size_t i = 0; i < r.months.size(); ++i) {
        std::vector<ResultCell> row{r.months[i].toString()};
        for (const MonthlySeriesInfo &f : FigureCatalog::monthly())
            row.push_back(at(r.monthly.*f.series, i));
        t.rows.push_back(std::move(row));
    }
    return t;
}

ResultTable EvaluationTables::providerSpend(const EngineResult &r)
{
    ResultTable t{QStringLiteral("Provider spend"),
                  QStringLiteral("Spend per provider and month (%1)").arg(r.currency), {month(QStringLiteral("Month"))}, {}};
    for (const ProviderResult &p : r.providers)
        t.columns.push_back(money(p.name.isEmpty() ? p.id : p.name));
    for (std::size_t i = 0; i < r.months.size(); ++i) {
        std::vector<ResultCell> row{r.months[i].toString()};
        for (const ProviderResult &p : r.providers) {
            if (i < p.monthlySpend.size())
                row.emplace_back(p.monthlySpend[i]);
            else
                row.emplace_back();
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

ResultTable EvaluationTables::totals(const EngineResult &r)
{
    std::vector<std::pair<QString, Decimal>> figures;
    for (const TotalInfo &f : FigureCatalog::totals())
        figures.emplace_back(QString::fromLatin1(f.title), r.totals.*f.value);
    return figureTable(QStringLiteral("Totals"), QStringLiteral("Totals over the horizon, scenario %1").arg(r.scenario),
                       figures,
                       r.currency);
}

ResultTable EvaluationTables::sensitivity(const SensitivityResult &s)
{
    ResultTable t{QStringLiteral("Sensitivity"),
                  QStringLiteral("NPV of %1 with one input at its low or high value (base NPV %2 %3)")
                      .arg(s.scenario, s.baseNpv.toCents(), s.currency),
                  {text(QStringLiteral("Input")), text(QStringLiteral("Target")), {QStringLiteral("Low value"), ColumnFormat::Number},
                   {QStringLiteral("High value"), ColumnFormat::Number}, money(QStringLiteral("NPV at low")),
                   money(QStringLiteral("NPV at high")), money(QStringLiteral("Swing"))},
                  {}};
    for (const TornadoBar &b : s.bars)
        t.rows.push_back({toString(b.range.input), b.range.target.isEmpty() ? QStringLiteral("all") : b.range.target, b.lowValue,
                          b.highValue, b.npvLow, b.npvHigh, b.swing});
    return t;
}

ResultTable EvaluationTables::headline(const EngineResult &r)
{
    const TotalFigures &t = r.totals;
    return figureTable(QStringLiteral("Headline"), QStringLiteral("Headline figures, scenario %1").arg(r.scenario),
                       {{QStringLiteral("Total cost"), t.total},
                        {QStringLiteral("Spend after discounts"), t.spend},
                        {QStringLiteral("Discount"), t.discount},
                        {QStringLiteral("Commitment shortfall"), t.shortfall},
                        {QStringLiteral("Revenue share due"), t.revenueShareDue},
                        {QStringLiteral("Switching"), t.switching},
                        {QStringLiteral("Expected exposure"), t.expectedExposure},
                        {QStringLiteral("NPV"), t.npv}},
                       r.currency);
}

ResultTable EvaluationTables::providers(const EngineResult &r)
{
    ResultTable t{QStringLiteral("Providers"), QStringLiteral("Spend per provider over the horizon (%1)").arg(r.currency),
                  {text(QStringLiteral("Provider")), text(QStringLiteral("Name")), money(QStringLiteral("List spend")),
                   money(QStringLiteral("Spend"))}, {}};
    for (const ProviderResult &p : r.providers)
        t.rows.push_back({p.id, p.name, p.listSpend, p.spend});
    return t;
}

ResultTable EvaluationTables::commitments(const EngineResult &r)
{
    ResultTable t{QStringLiteral("Commitments"), QStringLiteral("Commitment years overlapping the horizon (%1)").arg(r.currency),
                  {text(QStringLiteral("Provider")), text(QStringLiteral("Contract")), {QStringLiteral("Clause"), ColumnFormat::Integer},
                   {QStringLiteral("Year"), ColumnFormat::Integer}, month(QStringLiteral("First month")),
                   month(QStringLiteral("Last month")), money(QStringLiteral("Committed")), money(QStringLiteral("Drawn")),
                   money(QStringLiteral("Shortfall")), money(QStringLiteral("Projected shortfall"))}, {}};
    for (const ProviderResult &p : r.providers)
        for (const CommitmentYearResult &c : p.commitments)
            t.rows.push_back({p.id, c.contractId, Decimal::fromInt(c.clauseIndex + 1), Decimal::fromInt(c.year),
                              c.firstMonth.toString(), c.lastMonth.toString(), c.committed, c.drawn, c.shortfall,
                              c.projectedShortfall});
    return t;
}

ResultTable EvaluationTables::violations(const EngineResult &r)
{
    ResultTable t{QStringLiteral("Violations"), QStringLiteral("Exclusivity violations (%1)").arg(r.currency),
                  {text(QStringLiteral("Contract")), text(QStringLiteral("Workload")), month(QStringLiteral("Month")),
                   money(QStringLiteral("Gross exposure")), money(QStringLiteral("Expected exposure")),
                   text(QStringLiteral("Contested"))}, {}};
    for (const Violation &v : r.violations)
        t.rows.push_back({v.contractId, v.workloadId, v.month.toString(), v.grossExposure, v.expectedExposure,
                          v.contested ? QStringLiteral("yes") : QStringLiteral("no")});
    return t;
}

ResultTable EvaluationTables::actuals(const EngineResult &r)
{
    ResultTable t{QStringLiteral("Actuals"), QStringLiteral("Imported actuals (%1)").arg(r.currency),
                  {text(QStringLiteral("Provider")), month(QStringLiteral("Month")), money(QStringLiteral("Billed cost")),
                   money(QStringLiteral("Effective cost"))}, {}};
    for (const ActualResult &a : r.actuals)
        t.rows.push_back({a.provider, a.month.toString(), a.billedCost, a.effectiveCost});
    if (!r.actualsUnconverted.empty())
        t.title += QStringLiteral("; %1 left out: no exchange rate for their currency").arg(r.actualsUnconverted.size());
    return t;
}

std::vector<ResultTable> EvaluationTables::monteCarlo(const MonteCarloResult &r)
{
    const std::vector<ResultColumn> statistics{money(QStringLiteral("P10")), money(QStringLiteral("P50")),
                                               money(QStringLiteral("P90")), money(QStringLiteral("Mean"))};
    const auto cells = [](const MoneyPercentiles &p) {
        return std::vector<ResultCell>{p.p10, p.p50, p.p90, p.mean};
    };
    ResultTable perMonth{QStringLiteral("Monte Carlo"),
                         QStringLiteral("Total cost per month over %1 trials, seed %2").arg(r.request.trials).arg(r.request.seed),
                         {month(QStringLiteral("Month"))}, {}};
    perMonth.columns.insert(perMonth.columns.end(), statistics.begin(), statistics.end());
    for (std::size_t i = 0; i < r.months.size() && i < r.monthlyTotal.size(); ++i) {
        std::vector<ResultCell> row{r.months[i].toString()};
        const auto stats = cells(r.monthlyTotal[i]);
        row.insert(row.end(), stats.begin(), stats.end());
        perMonth.rows.push_back(std::move(row));
    }
    ResultTable summary{QStringLiteral("Monte Carlo summary"), QStringLiteral("NPV and total cost over the horizon"),
                        {text(QStringLiteral("Figure"))}, {}};
    summary.columns.insert(summary.columns.end(), statistics.begin(), statistics.end());
    const auto addRow = [&](const QString &label, const MoneyPercentiles &p) {
        std::vector<ResultCell> row{label};
        const auto stats = cells(p);
        row.insert(row.end(), stats.begin(), stats.end());
        summary.rows.push_back(std::move(row));
    };
    addRow(QStringLiteral("NPV"), r.npv);
    addRow(QStringLiteral("Total cost"), r.total);
    if (r.npvAgainst)
        addRow(QStringLiteral("NPV of %1").arg(r.request.against), *r.npvAgainst);
    if (r.totalAgainst)
        addRow(QStringLiteral("Total cost of %1").arg(r.request.against), *r.totalAgainst);
    return {perMonth, summary};
}

} // namespace hp
