#include "ExclusivityRule.h"

#include <algorithm>

namespace hp {

std::map<WorkloadClass, Decimal> ExclusivityRule::coverage(const Contract &contract, const ExclusivityClause &clause)
{
    std::map<WorkloadClass, Decimal> out;
    for (WorkloadClass c : clause.classes)
        out[c] = Decimal::one();
    for (const ClassificationClause &row : contract.classifications) {
        switch (row.covered) {
        case Coverage::Yes: out[row.cls] = Decimal::one(); break;
        case Coverage::Contested: out[row.cls] = row.pBreachPct.percentToFraction(); break;
        case Coverage::No: out.erase(row.cls); break;
        }
    }
    return out;
}

void ExclusivityRule::apply(const EngineInputs &in, EngineResult &result)
{
    std::vector<Violation> found;
    for (const Contract &c : in.project.contracts) {
        const int beneficiary = in.providerIndex.value(c.providerId, -1);
        for (const ExclusivityClause &ex : c.exclusivities) {
            const auto covered = coverage(c, ex);
            if (covered.empty())
                continue;
            const YearMonth from = ex.start.value_or(c.start);
            const YearMonth to = ex.end.value_or(c.end);
            std::optional<Decimal> fixed;
            Decimal pctFraction = Decimal::one();
            if (ex.damagesModel == DamagesModel::FixedPerMonth)
                fixed = in.fx.toReporting(ex.damagesValue.value_or(Decimal()), c.currency);
            else if (ex.damagesValue)
                pctFraction = ex.damagesValue->percentToFraction();

            for (int w = 0; w < in.workloadCount(); ++w) {
                auto cov = covered.find(in.project.workloads[std::size_t(w)].cls);
                if (cov == covered.end())
                    continue;
                const bool contested = cov->second != Decimal::one();
                for (int t = 0; t < in.T; ++t) {
                    const YearMonth m = in.months[std::size_t(t)];
                    if (m < from || m > to)
                        continue;
                    const ResolvedPlacement *pl = in.placementAt(w, t);
                    if (!pl)
                        continue;
                    Decimal elsewhere;
                    for (const auto &[o, share] : pl->shares)
                        if (in.offeringProvider[std::size_t(o)] != beneficiary)
                            elsewhere += share;
                    if (!elsewhere.isPositive())
                        continue;
                    Violation v{c.id, in.project.workloads[std::size_t(w)].id, m, t, {}, {}, contested};
                    v.grossExposure = fixed ? *fixed
                                            : Decimal::product({pctFraction, in.revenue[std::size_t(w)][std::size_t(t)], elsewhere});
                    v.expectedExposure = contested ? v.grossExposure * cov->second : v.grossExposure;
                    result.monthly.grossExposure[std::size_t(t)] += v.grossExposure;
                    result.monthly.expectedExposure[std::size_t(t)] += v.expectedExposure;
                    found.push_back(std::move(v));
                }
            }
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const Violation &a, const Violation &b) {
        if (a.month != b.month)
            return a.month < b.month;
        if (a.contractId != b.contractId)
            return a.contractId < b.contractId;
        return a.workloadId < b.workloadId;
    });
    result.violations = std::move(found);
}

} // namespace hp
