#include "report/ChartDecimation.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace hp {

namespace {

/// Adds the indices of the smallest and largest finite value in [from, to).
void keepExtremes(const std::vector<double> &values, int from, int to, std::set<int> *kept)
{
    int lowest = -1, highest = -1;
    for (int i = from; i < to && i < static_cast<int>(values.size()); ++i) {
        const double v = values[static_cast<size_t>(i)];
        if (!std::isfinite(v))
            continue;
        if (lowest < 0 || v < values[static_cast<size_t>(lowest)])
            lowest = i;
        if (highest < 0 || v > values[static_cast<size_t>(highest)])
            highest = i;
    }
    if (lowest >= 0)
        kept->insert(lowest);
    if (highest >= 0)
        kept->insert(highest);
}

template <typename T>
std::vector<T> pick(const std::vector<T> &all, const std::vector<int> &indices)
{
    if (all.empty())
        return all;
    std::vector<T> out;
    out.reserve(indices.size());
    for (const int i : indices)
        out.push_back(i < static_cast<int>(all.size()) ? all[static_cast<size_t>(i)] : T{});
    return out;
}

} // namespace

std::vector<int> ChartDecimation::keptIndices(const std::vector<ChartSeries> &series, int categories, int maxPoints)
{
    std::vector<int> all;
    if (categories <= maxPoints || maxPoints < 4) {
        for (int i = 0; i < categories; ++i)
            all.push_back(i);
        return all;
    }
    // Each bucket keeps up to two indices per value row; first and last are extra.
    int rows = 0;
    for (const ChartSeries &s : series)
        rows += s.upper.empty() ? 1 : 2;
    const int buckets = std::max(1, (maxPoints - 2) / (2 * std::max(rows, 1)));
    std::set<int> kept{0, categories - 1};
    for (int b = 0; b < buckets; ++b) {
        const int from = static_cast<int>(static_cast<long long>(categories) * b / buckets);
        const int to = static_cast<int>(static_cast<long long>(categories) * (b + 1) / buckets);
        for (const ChartSeries &s : series) {
            keepExtremes(s.values, from, to, &kept);
            keepExtremes(s.upper, from, to, &kept);
        }
    }
    return {kept.begin(), kept.end()};
}

ChartData ChartDecimation::decimate(const ChartData &chart, int maxPoints)
{
    const int n = static_cast<int>(chart.categories.size());
    if (n <= maxPoints)
        return chart;
    const std::vector<int> kept = keptIndices(chart.series, n, maxPoints);
    ChartData out = chart;
    out.categories.clear();
    for (const int i : kept)
        out.categories.push_back(chart.categories[i]);
    for (ChartSeries &s : out.series) {
        s.values = pick(s.values, kept);
        s.upper = pick(s.upper, kept);
        if (!s.pointLabels.isEmpty()) { // each kept point keeps its own label
            QStringList labels;
            for (const int i : kept)
                labels << s.pointLabels.value(i);
            s.pointLabels = labels;
        }
    }
    out.waterfall = pick(chart.waterfall, kept); // each kept bar keeps its own start
    for (ChartMarker &m : out.markers) {
        const auto it = std::lower_bound(kept.begin(), kept.end(), m.category);
        m.category = static_cast<int>(it == kept.end() ? kept.size() - 1 : it - kept.begin());
    }
    return out;
}

} // namespace hp
