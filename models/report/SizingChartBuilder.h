#pragma once

#include "optimizer/CommitmentSizing.h"
#include "report/ChartFrame.h"

namespace hp {

/// The commitment sizing chart (docs/rules.md §12.2, docs/charts.md `sizing`):
/// the expected and the P90 total cost of the scenario over the horizon
/// against the commitment's size. One category per candidate, ascending (the
/// candidates are not evenly spaced: every tier's min_total sits between the
/// 5 % steps), labelled with the commitment in the contract's currency; a
/// marker at each tier's min_total and one at the best candidate. Every figure
/// is CommitmentSizing's; the builder only lays them out.
class SizingChartBuilder {
public:
    explicit SizingChartBuilder(const ChartFrame &frame) : m_frame(frame) {}

    /// `scenario`: the scenario sized; `currency`: the reporting currency of the totals.
    ChartData sizing(const SizingResult &result, const QString &scenario, const QString &currency) const;

private:
    const ChartFrame &m_frame;
};

} // namespace hp
