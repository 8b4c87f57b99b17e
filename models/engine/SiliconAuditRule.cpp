#include "SiliconAuditRule.h"

#include "domain/Jurisdiction.h"
#include "engine/DisputeRule.h"
#include "engine/EgressPricing.h"
#include "engine/ExclusivityRule.h"
#include "engine/SwitchingRule.h"

#include <algorithm>

namespace hp {

namespace {

/// The cheapest offering with w's unit on a silicon w does not use and, for a
/// workload with a residency list, in an admitted jurisdiction; ties by id.
int alternativeOf(const EngineInputs &in, int w, const ResolvedPlacement &pl, std::size_t t)
{
    const Workload &wl = in.project.workloads[std::size_t(w)];
    int best = -1;
    for (int o = 0; o < in.offeringCount(); ++o) {
        const Offering &offering = in.project.offerings[std::size_t(o)];
        if (in.offeringUnit[std::size_t(o)] != in.workloadUnit[std::size_t(w)]
            || std::binary_search(pl.siliconIds.begin(), pl.siliconIds.end(), in.offeringSilicon[std::size_t(o)])
            || (!wl.residency.isEmpty() && !Jurisdiction::admits(wl.residency, offering.jurisdiction)))
            continue;
        const Decimal price = in.price[std::size_t(o)][t];
        if (best < 0 || price < in.price[std::size_t(best)][t]
            || (price == in.price[std::size_t(best)][t] && offering.id < in.project.offerings[std::size_t(best)].id))
            best = o;
    }
    return best;
}

/// Expected exposure per month of placing all of w on offering `alt` at t (§4.7).
Decimal exposureOnAlternative(const EngineInputs &in, int w, int alt, std::size_t t, const EngineResult &evaluated)
{
    const Workload &wl = in.project.workloads[std::size_t(w)];
    const YearMonth m = in.months[t];
    const int altProvider = in.offeringProvider[std::size_t(alt)];
    Decimal expected;
    for (std::size_t k = 0; k < in.project.contracts.size(); ++k) {
        const Contract &c = in.project.contracts[k];
        if (in.contractProvider[k] == altProvider || DisputeRule::settled(evaluated, c.id, wl.cls))
            continue;
        for (const ExclusivityClause &ex : c.exclusivities) {
            if (m < ex.start.value_or(c.start) || m > ex.end.value_or(c.end))
                continue;
            const auto coverage = ExclusivityRule::coverage(c, ex);
            const auto it = coverage.find(wl.cls);
            if (it == coverage.end())
                continue;
            Decimal gross;
            if (ex.damagesModel == DamagesModel::FixedPerMonth)
                gross = in.fx.toReporting(ex.damagesValue.value_or(Decimal()), c.currency);
            else
                // damages % × revenue × 100 % placed elsewhere, rounded once
                gross = Decimal::percentProduct({ex.damagesValue.value_or(Decimal::hundred()), in.revenue[std::size_t(w)][t]});
            // coverage is in percentage points (100 = certain)
            expected += it->second == Decimal::hundred() ? gross : Decimal::percentProduct({gross, it->second});
        }
    }
    return expected;
}

QStringList siliconNames(const EngineInputs &in, const ResolvedPlacement &pl)
{
    QStringList names;
    for (const auto &[o, share] : pl.shares) {
        const QString name = in.project.offerings[std::size_t(o)].silicon.trimmed();
        if (share.isPositive() && !name.isEmpty() && !names.contains(name, Qt::CaseInsensitive))
            names << name;
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace

SiliconAudit SiliconAuditRule::audit(const EngineInputs &in, int tIndex, const EngineResult &evaluated)
{
    SiliconAudit audit;
    const auto t = std::size_t(tIndex);
    audit.month = in.months[t];
    const SwitchingRule switching(in);
    for (int w = 0; w < in.workloadCount(); ++w) {
        const ResolvedPlacement *pl = in.placementAt(w, tIndex);
        if (!pl)
            continue;
        const Workload &wl = in.project.workloads[std::size_t(w)];
        SiliconAuditRow row;
        row.workloadId = wl.id;
        row.silicons = siliconNames(in, *pl);
        for (const auto &[o, share] : pl->shares)
            row.unitPrice += Decimal::percentProduct({share, in.price[std::size_t(o)][t]}); // share in points
        const int alt = alternativeOf(in, w, *pl, t);
        if (alt >= 0) {
            const Offering &offering = in.project.offerings[std::size_t(alt)];
            const int altProvider = in.offeringProvider[std::size_t(alt)];
            row.alternativeOffering = offering.id;
            row.alternativeSilicon = offering.silicon.trimmed();
            row.alternativePrice = in.price[std::size_t(alt)][t];
            row.monthlyPremium = Decimal::max(
                Decimal(), Decimal::product({row.unitPrice - *row.alternativePrice, in.units[std::size_t(w)][t]}));
            row.moveCost = Decimal::product({wl.reengineeringPersonMonths, wl.costPerPersonMonth});
            for (int a = 0; a < in.providerCount(); ++a) {
                const Decimal share = pl->byProvider[std::size_t(a)];
                if (a == altProvider || !share.isPositive() || wl.storedGb.isZero() || switching.egressWaived(a, audit.month))
                    continue;
                row.moveCost += EgressPricing::cost(in.project.providers[std::size_t(a)].egressTiers, Decimal::percentProduct({wl.storedGb, share}));
            }
            if (row.monthlyPremium.isPositive()) {
                const Int128 cost = row.moveCost.raw(), premium = row.monthlyPremium.raw();
                row.paybackMonths = cost <= 0 ? 0 : qint64((cost + premium - 1) / premium);
            }
            row.expectedExposurePerMonth = exposureOnAlternative(in, w, alt, t, evaluated);
        }
        audit.premiumPerMonth += row.monthlyPremium;
        audit.rows.push_back(std::move(row));
    }
    std::stable_sort(audit.rows.begin(), audit.rows.end(), [](const SiliconAuditRow &a, const SiliconAuditRow &b) {
        return a.monthlyPremium != b.monthlyPremium ? a.monthlyPremium > b.monthlyPremium : a.workloadId < b.workloadId;
    });
    return audit;
}

} // namespace hp
