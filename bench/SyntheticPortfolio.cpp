#include "SyntheticPortfolio.h"

namespace hp::bench {

namespace {
QString id(const char *prefix, int i) { return QString::fromLatin1(prefix) + QString::number(i); }
Decimal dec(long long units, int thousandths = 0) { return Decimal::fromInt(units) + Decimal::fromRaw(Int128(thousandths) * 1'000'000); }
} // namespace

Project syntheticPortfolio(const PortfolioSize &size)
{
    Project p;
    p.title = QStringLiteral("Synthetic portfolio");
    const YearMonth start(2026, 1);
    static const char *silicons[] = {"H200", "Trainium2", "TPUv5", "MI300X"};
    for (int i = 0; i < size.providers; ++i) {
        Provider pr{id("p", i), id("Provider ", i), i == size.providers - 1 ? ProviderKind::Marketplace : ProviderKind::Cloud, {}, false};
        pr.egressTiers = {{dec(10240), dec(0, 90)}, {dec(51200), dec(0, 85)}, {std::nullopt, dec(0, 50)}};
        p.providers.push_back(pr);
    }
    for (int i = 0; i < size.offerings; ++i) {
        Offering o;
        o.id = id("o", i);
        o.providerId = id("p", i % size.providers);
        o.name = id("Offering ", i);
        o.unit = QStringLiteral("1M tokens");
        o.unitPrice = dec(1, 200 + 37 * i);
        o.silicon = QString::fromLatin1(silicons[i % 4]);
        o.annualDriftPct = dec(-(i % 3) * 5);
        p.offerings.push_back(o);
    }
    for (int i = 0; i < size.workloads; ++i) {
        Workload w;
        w.id = id("w", i);
        w.name = id("Workload ", i);
        w.cls = WorkloadClass(i % 6);
        w.unit = QStringLiteral("1M tokens");
        w.monthlyUnits = dec(1000 + 13 * i);
        w.monthlyGrowthPct = dec(0, 500 + 10 * (i % 50));
        w.monthlyRevenue = dec(50000 + 100 * i);
        w.revenueGrowthPct = dec(1);
        w.storedGb = dec(500 * (i % 20));
        w.reengineeringPersonMonths = dec(1 + i % 12);
        w.costPerPersonMonth = dec(25000);
        p.workloads.push_back(w);
    }
    for (int i = 0; i < size.contracts; ++i) {
        Contract c;
        c.id = id("k", i);
        c.name = id("Contract ", i);
        c.providerId = id("p", i % size.providers);
        c.start = start.plusMonths(-(i % 12));
        c.end = c.start.plusMonths(48 + 12 * (i % 3) - 1);
        c.terminationFee = dec(100000 * (1 + i % 5));
        switch (i % 10 == 2 ? 2 : i % 10 == 6 ? 3 : i % 2) {
        case 0: {
            CommitmentClause cc;
            for (int y = 0; y < 4 + i % 3; ++y)
                cc.yearAmounts.push_back(dec(2'000'000 + 250'000 * y));
            cc.discountPct = dec(5 + i % 10);
            cc.trueUp = (i % 8 == 0) ? TrueUp::EndOfTerm : TrueUp::Yearly;
            cc.marketplaceCreditPct = dec(i % 2 ? 25 : 0);
            c.commitments.push_back(cc);
            break;
        }
        case 1:
            c.revenueShares.push_back({dec(20), start, start.plusMonths(47), allWorkloadClasses(),
                                       i % 2 ? PlacementScope::OnCounterparty : PlacementScope::Any, dec(5'000'000),
                                       dec(1'500'000)});
            break;
        case 2: {
            ExclusivityClause ex;
            ex.classes = {WorkloadClass::StatelessApi};
            c.exclusivities.push_back(ex);
            c.classifications.push_back({WorkloadClass::StatefulRuntime, Coverage::Contested, dec(35)});
            break;
        }
        default:
            c.datedClauses.push_back({QStringLiteral("licence_rights"), QStringLiteral("IP licence"), std::nullopt, std::nullopt, false});
            break;
        }
        p.contracts.push_back(c);
    }
    Scenario s;
    s.name = QStringLiteral("Synthetic");
    s.start = start;
    s.months = size.months;
    s.discountRatePct = dec(8);
    for (int i = 0; i < size.workloads; ++i) {
        const int a = i % size.offerings, b = (i + 3) % size.offerings;
        s.placements.push_back({id("w", i), start, {{id("o", a), dec(100)}}, 0});
        if (i % 3 == 0)
            s.placements.push_back({id("w", i), start.plusMonths(12 + i % 24), {{id("o", a), dec(40)}, {id("o", b), dec(60)}}, 3});
    }
    p.scenarios.push_back(s);
    return p;
}

} // namespace hp::bench
