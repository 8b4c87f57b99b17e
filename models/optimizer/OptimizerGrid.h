#pragma once

#include "domain/Placement.h"
#include "money/Decimal.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace hp {

/// A plan of the optimizer: for each chosen workload, how many steps of the
/// grid each of its offerings holds, flattened workload after workload (the
/// counts of one workload sum to the grid's steps). Plans compare
/// lexicographically; that order breaks ties between equal objectives. Two
/// bytes a count (a step is at least 0.01 point): a searched plan of 200
/// workloads over 10 offerings is 4 KB, and every evaluated plan is kept.
using SharePlan = std::vector<std::uint16_t>;

/// The offerings one chosen workload may use: those with its unit.
struct WorkloadOptions {
    QString workloadId;
    std::vector<QString> offerings; ///< in project order
};

/// The grid of docs/rules.md §12.1: per chosen workload, every vector of shares
/// over its offerings in steps of `step` points summing to 100 %.
class OptimizerGrid {
public:
    /// `stepPct` must divide 100 (checked by the caller); every workload has at least one offering.
    OptimizerGrid(std::vector<WorkloadOptions> workloads, Decimal stepPct);

    int workloadCount() const { return int(m_workloads.size()); }
    const WorkloadOptions &workload(int w) const { return m_workloads[std::size_t(w)]; }
    int steps() const { return m_steps; }
    Decimal stepPct() const { return m_stepPct; }
    int offset(int w) const { return m_offsets[std::size_t(w)]; }
    int width(int w) const { return int(m_workloads[std::size_t(w)].offerings.size()); }
    int planSize() const { return m_offsets.back(); }

    /// Share vectors of `steps` over `parts` offerings, C(steps + parts − 1, parts − 1),
    /// saturating at UINT64_MAX.
    static std::uint64_t compositions(int steps, int parts);
    /// Combinations of the whole grid (the product over workloads), saturating.
    std::uint64_t size() const;
    /// Every plan of the grid, in lexicographic order; only for a grid of at most `limit` plans.
    std::vector<SharePlan> enumerate(std::uint64_t limit) const;

    /// The allocations of workload w in `plan` (offerings with a share > 0, project order).
    std::vector<Allocation> allocations(const SharePlan &plan, int w) const;
    /// The grid vector nearest to a placement's shares (largest remainder; ties by
    /// offering order); offerings outside the workload's options count as none.
    std::vector<int> nearest(int w, const std::vector<Allocation> &shares) const;
    /// All of workload w on its k-th offering.
    std::vector<int> single(int w, int k) const;

private:
    std::vector<WorkloadOptions> m_workloads;
    std::vector<int> m_offsets;
    Decimal m_stepPct;
    int m_steps = 0;
};

} // namespace hp
