#include "DisputeRule.h"

#include <algorithm>

namespace hp {

void DisputeRule::apply(const EngineInputs &in, EngineResult &result)
{
    const auto &workloads = in.project.workloads;
    // A violation's workload class and contract, by the indices ExclusivityRule
    // gave it (else by id).
    auto classOf = [&](const Violation &v) {
        const int w = v.workloadIndex >= 0 ? v.workloadIndex : in.workloadIndex.value(v.workloadId, -1);
        return w < 0 ? std::optional<WorkloadClass>() : std::optional<WorkloadClass>(workloads[std::size_t(w)].cls);
    };
    const auto &contracts = in.project.contracts;
    auto isOf = [&](const Violation &v, std::size_t k) {
        return v.contractIndex >= 0 ? std::size_t(v.contractIndex) == k : v.contractId == contracts[k].id;
    };
    for (std::size_t k = 0; k < contracts.size(); ++k) {
        const Contract &c = contracts[k];
        for (const ClassificationClause &row : c.classifications) {
            if (row.covered != Coverage::Contested)
                continue;
            DisputeResult d;
            d.contractId = c.id;
            d.cls = row.cls;
            d.pBreachPct = row.pBreachPct;
            int first = -1;
            for (const Violation &v : result.violations) {
                if (!isOf(v, k) || classOf(v) != row.cls)
                    continue;
                d.grossExposure += v.grossExposure;
                d.expectedExposure += v.expectedExposure;
                if (first < 0 || v.monthIndex < first)
                    first = v.monthIndex;
            }
            if (row.settlementAmount) {
                d.settlement = in.fx.toReporting(*row.settlementAmount, c.currency);
                if (d.grossExposure.isPositive())
                    d.breakEvenPBreachPct = d.settlement->mulDiv(Decimal::hundred(), d.grossExposure);
                d.cheaper = *d.settlement < d.expectedExposure ? QStringLiteral("settle") : QStringLiteral("litigate");
            } else {
                d.cheaper = QStringLiteral("none");
            }
            if (in.scenario.settleDisputes && d.settlement && first >= 0) {
                d.settled = true;
                d.settledMonth = in.months[std::size_t(first)];
                result.monthly.settlement[std::size_t(first)] += *d.settlement;
                // The class now counts as not covered by this contract: its violations go.
                auto gone = std::stable_partition(result.violations.begin(), result.violations.end(), [&](const Violation &v) {
                    return !isOf(v, k) || classOf(v) != row.cls;
                });
                for (auto it = gone; it != result.violations.end(); ++it) {
                    result.monthly.grossExposure[std::size_t(it->monthIndex)] -= it->grossExposure;
                    result.monthly.expectedExposure[std::size_t(it->monthIndex)] -= it->expectedExposure;
                }
                result.violations.erase(gone, result.violations.end());
            }
            result.disputes.push_back(std::move(d));
        }
    }
    std::stable_sort(result.disputes.begin(), result.disputes.end(), [](const DisputeResult &a, const DisputeResult &b) {
        return a.contractId != b.contractId ? a.contractId < b.contractId : int(a.cls) < int(b.cls);
    });
}

bool DisputeRule::settled(const EngineResult &result, const QString &contractId, WorkloadClass cls)
{
    return std::any_of(result.disputes.begin(), result.disputes.end(), [&](const DisputeResult &d) {
        return d.settled && d.contractId == contractId && d.cls == cls;
    });
}

} // namespace hp
