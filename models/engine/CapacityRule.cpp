#include "CapacityRule.h"

#include "engine/ExactRatio.h"

#include <algorithm>

namespace hp {

std::optional<Decimal> CapacityRule::capacityAt(const Offering &offering, YearMonth m)
{
    const CapacityStep *latest = nullptr;
    for (const CapacityStep &step : offering.capacitySchedule)
        if (step.from <= m && (!latest || step.from >= latest->from))
            latest = &step;
    if (latest)
        return latest->units;
    return offering.capacityUnits;
}

void CapacityRule::profiles(const EngineInputs &in, const std::vector<std::vector<std::optional<Decimal>>> &capacity,
                            const std::vector<std::vector<Decimal>> &placed, EngineResult &result)
{
    const auto T = std::size_t(in.T);
    for (std::size_t o = 0; o < placed.size(); ++o) {
        const QString &id = in.project.offerings[o].id;
        if (std::none_of(result.capacity.begin(), result.capacity.end(), [&id](const CapacityShortage &s) { return s.offeringId == id; }))
            continue;
        CapacityProfile profile;
        profile.offeringId = id;
        profile.placedUnits = placed[o];
        profile.capacityUnits = capacity[o];
        profile.servedFraction.assign(T, Decimal::one());
        for (std::size_t t = 0; t < T; ++t)
            if (capacity[o][t] && placed[o][t] > *capacity[o][t])
                profile.servedFraction[t] = capacity[o][t]->mulDiv(Decimal::one(), placed[o][t]);
        result.capacityProfiles.push_back(std::move(profile));
    }
    std::sort(result.capacityProfiles.begin(), result.capacityProfiles.end(),
              [](const CapacityProfile &a, const CapacityProfile &b) { return a.offeringId < b.offeringId; });
}

void CapacityRule::apply(const EngineInputs &in, std::vector<SpendLine> &lines, EngineResult &result)
{
    const auto T = std::size_t(in.T);
    // Capacity per offering and month; offerings without any stay unlimited.
    std::vector<std::vector<std::optional<Decimal>>> capacity(std::size_t(in.offeringCount()));
    bool any = false;
    for (std::size_t o = 0; o < capacity.size(); ++o) {
        const Offering &offering = in.project.offerings[o];
        if (!offering.capacityUnits && offering.capacitySchedule.empty())
            continue;
        capacity[o].resize(T);
        for (std::size_t t = 0; t < T; ++t) {
            capacity[o][t] = capacityAt(offering, in.months[t]);
            any = any || capacity[o][t].has_value();
        }
    }
    if (!any)
        return;

    std::vector<std::vector<Decimal>> placed(capacity.size());
    for (const SpendLine &l : lines) {
        const auto o = std::size_t(l.o);
        if (capacity[o].empty()) // every month of a limited offering: the capacity chart shows the unlimited ones too
            continue;
        if (placed[o].empty())
            placed[o].resize(T);
        placed[o][std::size_t(l.t)] += Decimal::percentProduct({in.units[std::size_t(l.w)][std::size_t(l.t)], l.share}); // share in points
    }

    for (std::size_t o = 0; o < placed.size(); ++o)
        for (std::size_t t = 0; t < placed[o].size(); ++t) {
            const auto &c = capacity[o][t];
            if (c && placed[o][t] > *c)
                result.capacity.push_back({in.project.offerings[o].id, in.months[t], int(t), placed[o][t], *c,
                                           c->mulDiv(Decimal::one(), placed[o][t])});
        }
    if (result.capacity.empty())
        return;
    std::stable_sort(result.capacity.begin(), result.capacity.end(),
                     [](const CapacityShortage &a, const CapacityShortage &b) {
                         return a.monthIndex != b.monthIndex ? a.monthIndex < b.monthIndex : a.offeringId < b.offeringId;
                     });
    profiles(in, capacity, placed, result);

    for (SpendLine &l : lines) {
        const auto o = std::size_t(l.o), t = std::size_t(l.t), w = std::size_t(l.w);
        if (placed[o].empty() || !capacity[o][t] || placed[o][t] <= *capacity[o][t])
            continue;
        const Decimal c = *capacity[o][t];
        const Decimal total = placed[o][t];
        const Decimal totalPoints = total * Decimal::hundred(); // l.share is in percentage points
        const Decimal units = in.units[w][t];
        l.list = ExactRatio::of({units, l.share, in.price[o][t], c}, totalPoints);
        l.spend = l.list;
        l.unservedUnits = ExactRatio::of({units, l.share, total - c}, totalPoints);
        if (!l.dualRun) {
            result.monthly.revenueAtRisk[t] += ExactRatio::of({in.revenue[w][t], l.share, total - c}, totalPoints);
            result.unserved.push_back({in.project.workloads[w].id, in.project.offerings[o].id, int(t), l.unservedUnits});
        }
    }
}

} // namespace hp
