#include "ResidencyRule.h"

#include <map>
#include <tuple>

namespace hp {

void ResidencyRule::apply(const EngineInputs &in, const std::vector<SpendLine> &lines, EngineResult &result)
{
    const auto &workloads = in.project.workloads;
    const auto &offerings = in.project.offerings;
    // Keyed so that breaches come out sorted by month, workload, offering, dual run.
    std::map<std::tuple<int, QString, QString, bool>, ResidencyBreach> breaches;
    for (const SpendLine &l : lines) {
        const Workload &w = workloads[std::size_t(l.w)];
        if (w.residency.isEmpty() || !l.share.isPositive())
            continue;
        if (in.residencyAdmits[std::size_t(l.w)][std::size_t(l.o)]) // Jurisdiction::admits, decided once
            continue;
        const Offering &o = offerings[std::size_t(l.o)];
        auto [it, inserted] = breaches.try_emplace({l.t, w.id, o.id, l.dualRun});
        if (inserted)
            it->second = {w.id, in.months[std::size_t(l.t)], l.t, o.id, Decimal(), l.dualRun};
        it->second.share += l.share;
    }
    result.residencyBreaches.reserve(breaches.size());
    for (auto &entry : breaches) {
        entry.second.share = entry.second.share.percentToFraction(); // summed in points, reported as a fraction 0..1
        result.residencyBreaches.push_back(std::move(entry.second));
    }
}

} // namespace hp
