#include "report/SizingChartBuilder.h"

#include "money/MoneyFormat.h"
#include "report/AxisLabelFormat.h"

#include <algorithm>
#include <cmath>

namespace hp {

namespace {

/// The tier a total earns, as a marker label: "12 % from $50B".
QString tierLabel(const CommitmentTier &tier, const AxisLabelFormat &format)
{
    return QStringLiteral("Tier %1 % from %2").arg(tier.discountPct.toString(), format.label(tier.minTotal.toDouble()));
}

} // namespace

ChartData SizingChartBuilder::sizing(const SizingResult &r, const QString &scenario, const QString &currency) const
{
    ChartData c = m_frame.named(ChartKind::CommitmentSizing, QStringLiteral("Commitment sizing: total cost against commitment"),
                                scenario, {}, currency);
    const Contract *contract = m_frame.project().contract(r.contract);
    const QString contractCurrency = contract ? contract->currency : currency;
    const CommitmentClause *clause = contract && r.clause >= 1 && r.clause <= int(contract->commitments.size())
                                         ? &contract->commitments[std::size_t(r.clause - 1)]
                                         : nullptr;
    c.categoryTitle = QStringLiteral("Commitment: total of the year amounts (%1)").arg(contractCurrency);
    c.valueTitle = QStringLiteral("Total cost over the horizon (%1)").arg(currency);
    if (r.candidates.empty()) {
        c.emptyState = QStringLiteral("No commitment size was evaluated.");
        return c;
    }
    // One label format for the whole axis, like a value axis: the largest candidate and the 5 % step decide it.
    const double largest = r.candidates.back().total.toDouble();
    const double step = r.candidates.size() > 1 ? largest / 40.0 : std::max(1.0, largest);
    const AxisLabelFormat format(ValueUnit::Money, contractCurrency, largest, step);
    std::vector<double> expected, p90;
    for (const SizingCandidate &k : r.candidates) {
        c.categories << format.label(k.total.toDouble());
        expected.push_back(k.expectedTotal.toDouble());
        p90.push_back(k.p90Total.toDouble());
    }
    c.series.push_back(ChartFrame::series(QStringLiteral("Expected total"), QStringLiteral("sizing:expected"), SeriesStyle::Line, expected));
    c.series.push_back(ChartFrame::series(QStringLiteral("P90 total"), QStringLiteral("sizing:p90"), SeriesStyle::DashedLine, p90));
    if (clause)
        for (const CommitmentTier &tier : clause->tiers) {
            const auto at = std::find_if(r.candidates.begin(), r.candidates.end(),
                                         [&tier](const SizingCandidate &k) { return k.total == tier.minTotal; });
            if (at != r.candidates.end())
                c.markers.push_back({int(at - r.candidates.begin()), tierLabel(tier, format)});
        }
    const SizingCandidate &best = r.candidates[r.best];
    c.markers.push_back({int(r.best), QStringLiteral("Best: %1 (expected %2)")
                                          .arg(format.label(best.total.toDouble()),
                                               MoneyFormat::fullWithSymbol(best.expectedTotal, currency))});
    QString subtitle = QStringLiteral("%1 · %2, commitment clause %3").arg(scenario, m_frame.contractName(r.contract)).arg(r.clause);
    if (clause)
        subtitle += QStringLiteral(" · today %1").arg(MoneyFormat::fullWithSymbol(clause->total(), contractCurrency));
    // Decks and workbooks draw no markers: the subtitle names the best size too.
    subtitle += QStringLiteral(" · best %1").arg(format.label(best.total.toDouble()));
    c.subtitle = subtitle;
    return c;
}

} // namespace hp
