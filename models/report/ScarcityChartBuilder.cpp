#include "report/ScarcityChartBuilder.h"

#include "report/AxisLabelFormat.h"

#include <algorithm>

namespace hp {

namespace {

QString offeringLabel(const ChartFrame &frame, const QString &id)
{
    const Offering *o = frame.project().offering(id);
    if (!o)
        return id;
    const QString name = o->name.isEmpty() ? id : o->name;
    return QStringLiteral("%1 (%2)").arg(name, frame.providerName(o->providerId));
}

} // namespace

ChartData ScarcityChartBuilder::capacity(const EngineResult &r) const
{
    ChartData c = m_frame.monthly(ChartKind::Capacity, QStringLiteral("Capacity: placed vs available units"), r.scenario, r.months,
                                  r.currency);
    c.unit = ValueUnit::Count;
    c.secondaryUnit = ValueUnit::Percent;
    c.secondaryTitle = QStringLiteral("Served");
    // One unit for the axis title when every rationed offering counts the same unit.
    QStringList units;
    for (const CapacityProfile &p : r.capacityProfiles)
        if (const Offering *o = m_frame.project().offering(p.offeringId); o && !units.contains(o->unit))
            units << o->unit;
    c.valueTitle = units.size() == 1 && !units.front().isEmpty() ? QStringLiteral("Units per month (%1)").arg(units.front())
                                                                  : QStringLiteral("Units per month");
    if (r.capacityProfiles.empty()) {
        c.emptyState = QStringLiteral("No offering's capacity binds in scenario “%1”: every placed unit is served. Capacity limits "
                                      "are set per offering (capacity units) and month by month in capacity.csv.")
                           .arg(r.scenario);
        return c;
    }
    const bool one = r.capacityProfiles.size() == 1;
    QStringList lowest;
    for (const CapacityProfile &p : r.capacityProfiles) {
        const QString name = offeringLabel(m_frame, p.offeringId);
        const QString prefix = one ? QString() : name + QStringLiteral(": ");
        const Offering *o = m_frame.project().offering(p.offeringId);
        const QString provider = ChartFrame::providerKey(o ? o->providerId : QString());
        c.series.push_back(ChartFrame::series(prefix + QStringLiteral("placed units"), one ? QStringLiteral("capacity:placed") : provider,
                                              SeriesStyle::Line, ChartFrame::toDoubles(p.placedUnits)));
        c.series.push_back(ChartFrame::series(prefix + QStringLiteral("available units"),
                                              one ? QStringLiteral("capacity:available") : provider, SeriesStyle::DashedLine,
                                              ChartFrame::toDoubles(p.capacityUnits)));
        ChartSeries served = ChartFrame::series(prefix + QStringLiteral("served (right axis)"),
                                                one ? QStringLiteral("capacity:served") : provider, SeriesStyle::Line,
                                                ChartFrame::toDoubles(p.servedFraction));
        served.secondaryAxis = true;
        c.series.push_back(served);
        // The month served least (the first of equals), as the engine computed it.
        const auto least = std::min_element(p.servedFraction.begin(), p.servedFraction.end());
        const auto t = std::size_t(least - p.servedFraction.begin());
        lowest << QStringLiteral("%1 served as little as %2 (%3)")
                      .arg(name, AxisLabelFormat::full(least->toDouble(), ValueUnit::Percent, QString()), r.months[t].toString());
    }
    // The horizon is in the footnote; the subtitle says how bad the rationing gets.
    c.subtitle = r.scenario + QStringLiteral(" · ") + lowest.join(QStringLiteral(" · "));
    return c;
}

QString ScarcityChartBuilder::paybackLabel(const SiliconAuditRow &row)
{
    if (!row.paybackMonths)
        return QStringLiteral("no cheaper silicon");
    if (*row.paybackMonths == 0)
        return QStringLiteral("pays back at once");
    if (*row.paybackMonths == 1)
        return QStringLiteral("pays back in 1 month");
    return QStringLiteral("pays back in %1 months").arg(*row.paybackMonths);
}

ChartData ScarcityChartBuilder::siliconAudit(const EngineResult &r) const
{
    const SiliconAudit &audit = r.siliconAudit;
    ChartData c = m_frame.named(ChartKind::SiliconAudit, QStringLiteral("Silicon premium per month"), r.scenario, r.months, r.currency);
    c.horizontalBars = true;
    c.categoryTitle = QStringLiteral("Workload (silicon → cheapest other silicon)");
    c.valueTitle = QStringLiteral("Premium per month (%1)").arg(r.currency);
    c.subtitle = QStringLiteral("%1 · at %2 · premium %3 per month")
                     .arg(r.scenario, audit.month.toString(),
                          AxisLabelFormat::full(audit.premiumPerMonth.roundedToCents().toDouble(), ValueUnit::Money, r.currency));
    const bool anyPremium = std::any_of(audit.rows.begin(), audit.rows.end(),
                                        [](const SiliconAuditRow &row) { return row.monthlyPremium > Decimal(); });
    if (!anyPremium) {
        c.emptyState = QStringLiteral("No workload of scenario “%1” pays a silicon premium at %2: no offering on another silicon is "
                                      "cheaper for the units it runs.")
                           .arg(r.scenario, audit.month.toString());
        return c;
    }
    ChartSeries premium = ChartFrame::series(QStringLiteral("Premium per month"), QStringLiteral("silicon:premium"), SeriesStyle::Bar, {});
    for (const SiliconAuditRow &row : audit.rows) { // largest first: the engine's order, drawn top to bottom
        const Workload *w = m_frame.project().workload(row.workloadId);
        const QString name = w && !w->name.isEmpty() ? w->name : row.workloadId;
        const QString silicons = row.silicons.isEmpty() ? QStringLiteral("no silicon") : row.silicons.join(u'/');
        // The arrow names the cheaper silicon; without a premium there is none to name.
        const bool cheaper = !row.alternativeOffering.isEmpty() && row.monthlyPremium > Decimal();
        c.categories << (cheaper ? QStringLiteral("%1 (%2 → %3)").arg(name, silicons, row.alternativeSilicon)
                                 : QStringLiteral("%1 (%2)").arg(name, silicons));
        premium.values.push_back(row.monthlyPremium.roundedToCents().toDouble());
        premium.pointLabels << paybackLabel(row);
    }
    c.series.push_back(premium);
    return c;
}

} // namespace hp
