#include "report/CostChartBuilder.h"
#include "report/WaterfallLayout.h"

#include <algorithm>
#include <array>
#include <map>

namespace hp {

namespace {

bool allZero(const std::vector<double> &values)
{
    return std::all_of(values.begin(), values.end(), [](double v) { return v == 0; });
}

} // namespace

ChartData CostChartBuilder::costByComponent(const EngineResult &r) const
{
    ChartData c = m_frame.monthly(ChartKind::CostByComponent, QStringLiteral("Monthly total cost by component"), r.scenario,
                                  r.months, r.currency);
    c.valueTitle = QStringLiteral("Cost per month (%1)").arg(r.currency);
    std::vector<Decimal> spend;
    for (std::size_t t = 0; t < r.months.size(); ++t)
        spend.push_back(r.monthly.spend[t] - r.monthly.dualRun[t]);
    c.series.push_back(ChartFrame::series(QStringLiteral("Spend"), ChartFrame::componentKey("spend"), SeriesStyle::StackedArea,
                              ChartFrame::toDoubles(spend)));
    c.series.push_back(ChartFrame::series(QStringLiteral("Commitment shortfall"), ChartFrame::componentKey("shortfall"),
                              SeriesStyle::StackedArea, ChartFrame::toDoubles(r.monthly.shortfall)));
    c.series.push_back(ChartFrame::series(QStringLiteral("Revenue share"), ChartFrame::componentKey("revenue-share"),
                              SeriesStyle::StackedArea, ChartFrame::toDoubles(r.monthly.revenueShare)));
    c.series.push_back(ChartFrame::series(QStringLiteral("Switching"), ChartFrame::componentKey("switching"), SeriesStyle::StackedArea,
                              ChartFrame::toDoubles(r.monthly.switching)));
    return c;
}

ChartData CostChartBuilder::spendByProvider(const EngineResult &r) const
{
    ChartData c = m_frame.monthly(ChartKind::SpendByProvider, QStringLiteral("Spend per provider"), r.scenario, r.months,
                                  r.currency);
    const bool byYear = static_cast<int>(r.months.size()) > kMonthlyBarsLimit;
    std::vector<int> bucketOf; // category per month
    if (byYear) {
        c.categories.clear();
        c.categoriesAreMonths = false;
        c.categoryTitle = QStringLiteral("Calendar year");
        for (const YearMonth m : r.months) {
            const QString year = QString::number(m.year());
            if (c.categories.isEmpty() || c.categories.last() != year)
                c.categories << year;
            bucketOf.push_back(static_cast<int>(c.categories.size()) - 1);
        }
    } else {
        for (std::size_t t = 0; t < r.months.size(); ++t)
            bucketOf.push_back(static_cast<int>(t));
    }
    c.valueTitle = (byYear ? QStringLiteral("Spend per year (%1)") : QStringLiteral("Spend per month (%1)")).arg(r.currency);
    for (const Provider &p : m_frame.project().providers) {
        const auto it = std::find_if(r.providers.begin(), r.providers.end(), [&](const ProviderResult &pr) { return pr.id == p.id; });
        if (it == r.providers.end() || it->spend.isZero())
            continue;
        std::vector<Decimal> sums(static_cast<std::size_t>(c.categories.size()));
        for (std::size_t t = 0; t < it->monthlySpend.size() && t < bucketOf.size(); ++t)
            sums[static_cast<std::size_t>(bucketOf[t])] += it->monthlySpend[t];
        c.series.push_back(ChartFrame::series(m_frame.providerName(p.id), ChartFrame::providerKey(p.id), SeriesStyle::StackedBar,
                                  ChartFrame::toDoubles(sums)));
    }
    return c;
}

ChartData CostChartBuilder::commitmentBurnDown(const EngineResult &r) const
{
    ChartData c = m_frame.named(ChartKind::CommitmentBurnDown, QStringLiteral("Commitment burn-down"), r.scenario, r.months,
                                r.currency);
    c.categoryTitle = QStringLiteral("Commitment year");
    c.valueTitle = QStringLiteral("Amount (%1)").arg(r.currency);
    c.horizontalBars = true; // long category names
    std::vector<double> committed, drawn, shortfall, projected;
    for (const Provider &p : m_frame.project().providers) {
        for (const ProviderResult &pr : r.providers) {
            if (pr.id != p.id)
                continue;
            for (const CommitmentYearResult &y : pr.commitments) {
                c.categories << QStringLiteral("%1 Y%2 (%3)").arg(m_frame.contractName(y.contractId)).arg(y.year).arg(y.firstMonth.year());
                committed.push_back(y.committed.toDouble());
                drawn.push_back(y.drawn.toDouble());
                shortfall.push_back(y.shortfall.toDouble());
                projected.push_back(y.projectedShortfall.toDouble());
            }
        }
    }
    c.series.push_back(ChartFrame::series(QStringLiteral("Committed"), ChartFrame::componentKey("committed"), SeriesStyle::Bar, committed));
    c.series.push_back(ChartFrame::series(QStringLiteral("Drawn"), ChartFrame::componentKey("drawn"), SeriesStyle::Bar, drawn));
    c.series.push_back(ChartFrame::series(QStringLiteral("Shortfall"), ChartFrame::componentKey("shortfall"), SeriesStyle::Bar, shortfall));
    if (!allZero(projected))
        c.series.push_back(ChartFrame::series(QStringLiteral("Projected shortfall"), ChartFrame::componentKey("shortfall"),
                                  SeriesStyle::DashedLine, projected));
    return c;
}

ChartData CostChartBuilder::revenueShare(const EngineResult &r) const
{
    ChartData c = m_frame.monthly(ChartKind::RevenueShare, QStringLiteral("Revenue share due vs paid"), r.scenario, r.months,
                                  r.currency);
    c.valueTitle = QStringLiteral("Per month (%1)").arg(r.currency);
    const std::size_t n = r.months.size();
    std::vector<Decimal> due(n), paid(n), cumulative(n);
    std::optional<Decimal> capSum = Decimal();
    for (const RevenueShareResult &rs : r.revenueShares) {
        Decimal running;
        bool capMarked = false;
        for (std::size_t t = 0; t < n && t < rs.due.size(); ++t) {
            due[t] += rs.due[t];
            paid[t] += rs.paid[t];
            running += rs.paid[t];
            if (rs.capTotal && !capMarked && running >= *rs.capTotal && rs.capTotal->isPositive()) {
                c.markers.push_back({static_cast<int>(t), QStringLiteral("Cap reached %1").arg(r.months[t].toString())});
                capMarked = true;
            }
        }
        capSum = rs.capTotal && capSum ? std::optional<Decimal>(*capSum + *rs.capTotal) : std::nullopt;
        const int sunset = n ? rs.sunset.monthsSince(r.months.front()) : -1;
        if (sunset >= 0 && sunset < static_cast<int>(n))
            c.markers.push_back({sunset, QStringLiteral("Sunset %1").arg(rs.sunset.toString())});
    }
    Decimal running;
    for (std::size_t t = 0; t < n; ++t)
        cumulative[t] = running += paid[t];
    c.series.push_back(ChartFrame::series(QStringLiteral("Due"), ChartFrame::componentKey("revenue-share-due"), SeriesStyle::DashedLine,
                              ChartFrame::toDoubles(due)));
    c.series.push_back(ChartFrame::series(QStringLiteral("Paid"), ChartFrame::componentKey("revenue-share"), SeriesStyle::Line,
                              ChartFrame::toDoubles(paid)));
    if (!r.revenueShares.empty()) {
        c.secondaryUnit = ValueUnit::Money;
        c.secondaryTitle = QStringLiteral("Cumulative paid (%1)").arg(r.currency);
        ChartSeries cum = ChartFrame::series(QStringLiteral("Cumulative paid"), ChartFrame::componentKey("cumulative"), SeriesStyle::Line,
                                 ChartFrame::toDoubles(cumulative));
        cum.secondaryAxis = true;
        c.series.push_back(cum);
        if (capSum) {
            ChartSeries cap = ChartFrame::series(QStringLiteral("Total cap"), ChartFrame::componentKey("cap"), SeriesStyle::DashedLine,
                                     std::vector<double>(n, capSum->toDouble()));
            cap.secondaryAxis = true;
            c.series.push_back(cap);
        }
    }
    std::sort(c.markers.begin(), c.markers.end(), [](const ChartMarker &a, const ChartMarker &b) { return a.category < b.category; });
    return c;
}

ChartData CostChartBuilder::switchingWaterfall(const EngineResult &r, const EngineResult *baseline) const
{
    ChartData c = m_frame.named(ChartKind::SwitchingWaterfall, QStringLiteral("Switching cost"), r.scenario, r.months, r.currency);
    c.categoryTitle = QStringLiteral("Migration");
    c.valueTitle = QStringLiteral("Cost (%1)").arg(r.currency);
    enum { Egress, Reengineering, DualRun, Termination, LostDiscount, Parts };
    std::vector<std::vector<Decimal>> steps(Parts);
    const auto addStep = [&](const QString &label, std::array<Decimal, Parts> values) {
        c.categories << label;
        for (int i = 0; i < Parts; ++i)
            steps[static_cast<std::size_t>(i)].push_back(values[static_cast<std::size_t>(i)]);
    };
    for (const SwitchEvent &e : r.switches) {
        const Workload *w = m_frame.project().workload(e.workloadId);
        addStep(QStringLiteral("%1\n%2").arg(w && !w->name.isEmpty() ? w->name : e.workloadId, e.month.toString()),
                {e.egress, e.reengineering, e.dualRun, Decimal(), Decimal()});
    }
    for (const TerminationEvent &e : r.terminations)
        addStep(QStringLiteral("Terminate\n%1").arg(m_frame.contractName(e.contractId)), {Decimal(), Decimal(), Decimal(), e.fee, Decimal()});
    if (baseline && baseline->totals.discount > r.totals.discount)
        addStep(QStringLiteral("Lost discount\nvs %1").arg(baseline->scenario),
                {Decimal(), Decimal(), Decimal(), Decimal(), baseline->totals.discount - r.totals.discount});
    c.categories << QStringLiteral("Total");
    const char *keys[Parts] = {"egress", "reengineering", "dual-run", "termination", "lost-discount"};
    const QString names[Parts] = {QStringLiteral("Egress"), QStringLiteral("Re-engineering"), QStringLiteral("Dual run"),
                                  QStringLiteral("Termination"), QStringLiteral("Lost discount")};
    // Each category's step is the exact sum of its parts; the bars float on
    // the exact running total and the last one is the total (WaterfallLayout).
    std::vector<Decimal> stepTotals(static_cast<std::size_t>(c.categories.size() - 1));
    for (int i = 0; i < Parts; ++i) {
        const std::vector<Decimal> &part = steps[static_cast<std::size_t>(i)];
        Decimal total;
        std::vector<double> v;
        for (std::size_t k = 0; k < part.size(); ++k) {
            total += part[k];
            stepTotals[k] += part[k];
            v.push_back(part[k].toDouble());
        }
        if (total.isZero())
            continue;
        v.push_back(total.toDouble());
        c.series.push_back(ChartFrame::series(names[i], ChartFrame::componentKey(keys[i]), SeriesStyle::Waterfall, v));
    }
    if (!c.series.empty())
        c.waterfall = WaterfallLayout::withTotal(stepTotals);
    return c;
}

} // namespace hp
