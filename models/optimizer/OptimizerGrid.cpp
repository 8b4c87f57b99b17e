#include "OptimizerGrid.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace hp {

namespace {

constexpr std::uint64_t kSaturated = std::numeric_limits<std::uint64_t>::max();

std::uint64_t saturatingMul(std::uint64_t a, std::uint64_t b)
{
    if (a != 0 && b > kSaturated / a)
        return kSaturated;
    return a * b;
}

/// Every vector of `parts` counts summing to `steps`, lexicographically ascending.
void compositionsOf(int steps, int parts, std::vector<int> &prefix, std::vector<std::vector<int>> &out)
{
    if (parts == 1) {
        prefix.push_back(steps);
        out.push_back(prefix);
        prefix.pop_back();
        return;
    }
    for (int k = 0; k <= steps; ++k) {
        prefix.push_back(k);
        compositionsOf(steps - k, parts - 1, prefix, out);
        prefix.pop_back();
    }
}

} // namespace

OptimizerGrid::OptimizerGrid(std::vector<WorkloadOptions> workloads, Decimal stepPct)
    : m_workloads(std::move(workloads))
    , m_stepPct(stepPct)
    , m_steps(int(Decimal::hundred().raw() / stepPct.raw()))
{
    m_offsets.push_back(0);
    for (const WorkloadOptions &w : m_workloads)
        m_offsets.push_back(m_offsets.back() + int(w.offerings.size()));
}

std::uint64_t OptimizerGrid::compositions(int steps, int parts)
{
    // C(steps + parts − 1, parts − 1), built so that every partial product is
    // itself a binomial coefficient (exact division at each step).
    const int k = std::min(parts - 1, steps);
    const std::uint64_t n = std::uint64_t(steps) + std::uint64_t(parts) - 1;
    std::uint64_t c = 1;
    for (int i = 1; i <= k; ++i) {
        const std::uint64_t factor = n - std::uint64_t(k) + std::uint64_t(i);
        const std::uint64_t g = std::gcd(c, std::uint64_t(i));
        const std::uint64_t reduced = saturatingMul(c / g, factor / (std::uint64_t(i) / g));
        if (reduced == kSaturated)
            return kSaturated;
        c = reduced;
    }
    return c;
}

std::uint64_t OptimizerGrid::size() const
{
    std::uint64_t total = 1;
    for (int w = 0; w < workloadCount(); ++w)
        total = saturatingMul(total, compositions(m_steps, width(w)));
    return total;
}

std::vector<SharePlan> OptimizerGrid::enumerate(std::uint64_t limit) const
{
    if (size() > limit)
        return {};
    std::vector<std::vector<std::vector<int>>> perWorkload(static_cast<std::size_t>(workloadCount()));
    for (int w = 0; w < workloadCount(); ++w) {
        std::vector<int> prefix;
        compositionsOf(m_steps, width(w), prefix, perWorkload[std::size_t(w)]);
    }
    std::vector<SharePlan> plans;
    plans.reserve(std::size_t(size()));
    std::vector<std::size_t> digit(static_cast<std::size_t>(workloadCount()), 0);
    for (;;) {
        SharePlan plan;
        plan.reserve(std::size_t(planSize()));
        for (int w = 0; w < workloadCount(); ++w) {
            const std::vector<int> &v = perWorkload[std::size_t(w)][digit[std::size_t(w)]];
            plan.insert(plan.end(), v.begin(), v.end());
        }
        plans.push_back(std::move(plan));
        int w = workloadCount() - 1;
        for (; w >= 0; --w) {
            if (++digit[std::size_t(w)] < perWorkload[std::size_t(w)].size())
                break;
            digit[std::size_t(w)] = 0;
        }
        if (w < 0)
            return plans;
    }
}

std::vector<Allocation> OptimizerGrid::allocations(const SharePlan &plan, int w) const
{
    std::vector<Allocation> out;
    const WorkloadOptions &options = workload(w);
    for (int k = 0; k < width(w); ++k) {
        const int count = plan[std::size_t(offset(w) + k)];
        if (count > 0)
            out.push_back({options.offerings[std::size_t(k)], m_stepPct * Decimal::fromInt(count)});
    }
    return out;
}

std::vector<int> OptimizerGrid::nearest(int w, const std::vector<Allocation> &shares) const
{
    const WorkloadOptions &options = workload(w);
    std::vector<int> counts(std::size_t(width(w)), 0);
    std::vector<Int128> remainder(counts.size(), 0);
    for (const Allocation &a : shares) {
        const auto it = std::find(options.offerings.begin(), options.offerings.end(), a.offeringId);
        if (it == options.offerings.end() || !a.sharePct.isPositive())
            continue;
        const auto k = std::size_t(it - options.offerings.begin());
        const Int128 raw = a.sharePct.raw() + remainder[k] + Int128(counts[k]) * m_stepPct.raw();
        counts[k] = int(raw / m_stepPct.raw());
        remainder[k] = raw % m_stepPct.raw();
    }
    int missing = m_steps - std::accumulate(counts.begin(), counts.end(), 0);
    std::vector<std::size_t> order(counts.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
    for (std::size_t i = 0; missing > 0 && i < order.size() && remainder[order[i]] > 0; ++i) {
        ++counts[order[i]];
        --missing;
    }
    if (missing > 0) // shares on offerings outside the grid: give the rest to the largest share
        counts[std::size_t(std::max_element(counts.begin(), counts.end()) - counts.begin())] += missing;
    return counts;
}

std::vector<int> OptimizerGrid::single(int w, int k) const
{
    std::vector<int> counts(std::size_t(width(w)), 0);
    counts[std::size_t(k)] = m_steps;
    return counts;
}

} // namespace hp
