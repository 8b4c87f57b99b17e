#include "ExclusivityRule.h"

#include <algorithm>
#include <array>
#include <numeric>

namespace hp {

namespace {

/// One exclusivity clause prepared for evaluation: coverage per class and damages.
struct PreparedClause {
    YearMonth from;
    YearMonth to;
    std::array<std::optional<Decimal>, 6> coverage; ///< per class: probability in points, or none
    std::optional<Decimal> fixed;                   ///< reporting currency
    Decimal pct = Decimal::hundred();               ///< pct_of_revenue damages, points
};

std::vector<int> orderById(int count, const auto &idOf)
{
    std::vector<int> order(std::size_t(std::max(count, 0)));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return idOf(a) < idOf(b); });
    return order;
}

} // namespace

std::map<WorkloadClass, Decimal> ExclusivityRule::coverage(const Contract &contract, const ExclusivityClause &clause)
{
    std::map<WorkloadClass, Decimal> out;
    for (WorkloadClass c : clause.classes)
        out[c] = Decimal::hundred();
    for (const ClassificationClause &row : contract.classifications) {
        switch (row.covered) {
        case Coverage::Yes: out[row.cls] = Decimal::hundred(); break;
        case Coverage::Contested: out[row.cls] = row.pBreachPct; break;
        case Coverage::No: out.erase(row.cls); break;
        }
    }
    return out;
}

void ExclusivityRule::apply(const EngineInputs &in, EngineResult &result)
{
    const auto &contracts = in.project.contracts;
    const auto &workloads = in.project.workloads;
    // Violations come out sorted by month, contract id, workload id by construction.
    const auto contractOrder = orderById(int(contracts.size()), [&](int i) { return contracts[std::size_t(i)].id; });
    const auto workloadOrder = orderById(in.workloadCount(), [&](int i) { return workloads[std::size_t(i)].id; });

    std::vector<std::vector<PreparedClause>> prepared(contracts.size());
    for (std::size_t k = 0; k < contracts.size(); ++k) {
        const Contract &c = contracts[k];
        for (const ExclusivityClause &ex : c.exclusivities) {
            PreparedClause pc{ex.start.value_or(c.start), ex.end.value_or(c.end), {}, std::nullopt, Decimal::hundred()};
            for (const auto &[cls, p] : coverage(c, ex))
                pc.coverage[std::size_t(cls)] = p;
            if (ex.damagesModel == DamagesModel::FixedPerMonth)
                pc.fixed = in.fx.toReporting(ex.damagesValue.value_or(Decimal()), c.currency);
            else if (ex.damagesValue)
                pc.pct = *ex.damagesValue;
            prepared[k].push_back(pc);
        }
    }

    // Classes covered by any clause of each contract: other workloads are skipped early.
    std::vector<std::array<bool, 6>> anyCovered(contracts.size());
    std::size_t expected = 0;
    for (std::size_t k = 0; k < contracts.size(); ++k) {
        expected += prepared[k].size();
        for (const PreparedClause &pc : prepared[k])
            for (std::size_t cls = 0; cls < 6; ++cls)
                anyCovered[k][cls] = anyCovered[k][cls] || pc.coverage[cls].has_value();
    }
    result.violations.reserve(expected * std::size_t(in.workloadCount()) * std::size_t(in.T) / 4);
    std::vector<const ResolvedPlacement *> placed(std::size_t(in.workloadCount()));
    for (int t = 0; t < in.T; ++t) {
        const YearMonth m = in.months[std::size_t(t)];
        for (int w = 0; w < in.workloadCount(); ++w)
            placed[std::size_t(w)] = in.placementAt(w, t);
        for (int k : contractOrder) {
            if (prepared[std::size_t(k)].empty())
                continue;
            const int beneficiary = in.contractProvider[std::size_t(k)];
            for (int w : workloadOrder) {
                const auto cls = std::size_t(workloads[std::size_t(w)].cls);
                const ResolvedPlacement *pl = placed[std::size_t(w)];
                if (!pl || !anyCovered[std::size_t(k)][cls])
                    continue;
                for (const PreparedClause &pc : prepared[std::size_t(k)]) {
                    if (m < pc.from || m > pc.to || !pc.coverage[cls])
                        continue;
                    Decimal elsewhere = Decimal::hundred(); // points placed on other providers
                    if (beneficiary >= 0)
                        elsewhere -= in.providerShares(*pl)[std::size_t(beneficiary)];
                    if (!elsewhere.isPositive())
                        continue;
                    const Decimal p = *pc.coverage[cls];
                    const bool contested = p != Decimal::hundred();
                    Violation v{contracts[std::size_t(k)].id, workloads[std::size_t(w)].id, m, t, {}, {}, contested, k, w};
                    // damages % × revenue × share elsewhere %, and × p_breach %: each rounded once.
                    // (Damages of 100 %, the default, leave revenue × elsewhere % ÷ 100: the same exact value.)
                    const Decimal revenue = in.revenue[std::size_t(w)][std::size_t(t)];
                    v.grossExposure = pc.fixed                         ? *pc.fixed
                                    : pc.pct == Decimal::hundred() ? Decimal::percentProduct({revenue, elsewhere})
                                                                   : Decimal::percentProduct({pc.pct, revenue, elsewhere}, 2);
                    v.expectedExposure = contested ? Decimal::percentProduct({v.grossExposure, p}) : v.grossExposure;
                    result.monthly.grossExposure[std::size_t(t)] += v.grossExposure;
                    result.monthly.expectedExposure[std::size_t(t)] += v.expectedExposure;
                    result.violations.push_back(std::move(v));
                }
            }
        }
    }
}

} // namespace hp
