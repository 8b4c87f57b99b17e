#include "StorageTestProject.h"

namespace hp::test {

namespace {

Decimal d(const char *text) { return Decimal::fromString(QString::fromLatin1(text)); }
YearMonth ym(int y, int m) { return YearMonth(y, m); }

void addProviders(Project &p)
{
    p.providers.push_back({QStringLiteral("cloud-a"), QStringLiteral("Cloud A"), ProviderKind::Cloud,
                           {{d("10240"), d("0.09")}, {d("51200"), d("0.085")}, {std::nullopt, d("0.07")}}, false});
    p.providers.push_back({QStringLiteral("cloud-b"), QStringLiteral("Cloud B «Trainium»"), ProviderKind::Cloud, {}, true});
    p.providers.push_back({QStringLiteral("model-x"), QStringLiteral("Model API \"X\""), ProviderKind::Model,
                           {{std::nullopt, d("0")}}, false});
    p.providers.push_back({QStringLiteral("silicon-s"), QString(), ProviderKind::Silicon, {}, false});
    p.providers.push_back({QStringLiteral("market-m"), QStringLiteral("Marketplace"), ProviderKind::Marketplace, {}, false});
}

void addOfferings(Project &p)
{
    p.offerings.push_back({QStringLiteral("a-h200"), QStringLiteral("cloud-a"), QStringLiteral("H200 on-demand"),
                           QStringLiteral("GPU-hour"), d("3.987654321"), QStringLiteral("H200"), ym(2026, 1), d("-2.5")});
    p.offerings.push_back({QStringLiteral("b-trn2"), QStringLiteral("cloud-b"), QStringLiteral("Trainium2"),
                           QStringLiteral("GPU-hour"), d("2.1"), QStringLiteral("Trainium2"), std::nullopt, d("0")});
    p.offerings.push_back({QStringLiteral("x-api"), QStringLiteral("model-x"), QStringLiteral("Tokens"),
                           QStringLiteral("1M tokens"), d("0.000000001"), QString(), std::nullopt,
                           d("12.000000001")});
    p.offerings.push_back({QStringLiteral("b-h200"), QStringLiteral("cloud-b"), QStringLiteral("H200 reserved"),
                           QStringLiteral("GPU-hour"), d("170141183460469231731.687303715"), QStringLiteral(" h200 "),
                           ym(1, 1), d("100")});
    // Schema version 2 (docs/rules.md §11): region, jurisdiction, capacity and its schedule.
    Offering &h200 = p.offerings[0];
    h200.region = QStringLiteral("us-east-1 «Virginia»");
    h200.jurisdiction = QStringLiteral("US");
    h200.capacityUnits = d("1000.5");
    h200.capacitySchedule = {{ym(2027, 1), d("2500")}, {ym(2026, 7), d("0")}};
    p.offerings[1].jurisdiction = QStringLiteral("eu");
}

void addWorkloads(Project &p)
{
    const WorkloadClass classes[] = {WorkloadClass::StatelessApi, WorkloadClass::StatefulRuntime,
                                     WorkloadClass::Training,     WorkloadClass::BatchInference,
                                     WorkloadClass::Storage,      WorkloadClass::Other};
    int i = 0;
    for (WorkloadClass cls : classes) {
        Workload w;
        w.id = QStringLiteral("w%1").arg(i + 1);
        w.name = QStringLiteral("Workload %1 — %2").arg(i + 1).arg(toString(cls));
        w.cls = cls;
        w.unit = i % 2 ? QStringLiteral("GPU-hour") : QStringLiteral("1M tokens");
        w.monthlyUnits = d("125000.5");
        w.monthlyGrowthPct = i == 2 ? d("-1.25") : d("3");
        w.monthlyRevenue = d("2500000.123456789");
        w.revenueGrowthPct = d("2.000000001");
        w.storedGb = d("51200");
        w.reengineeringPersonMonths = d("12");
        w.costPerPersonMonth = d("25000");
        if (i % 3 != 0)
            w.criticality = 1 + i % 5;
        if (i == 1)
            w.residency = {QStringLiteral("IN"), QStringLiteral("eu")};
        p.workloads.push_back(w);
        ++i;
    }
}

Contract fullContract()
{
    Contract c;
    c.id = QStringLiteral("c-a");
    c.name = QStringLiteral("Cloud A partnership; \"exclusive\"\nline two");
    c.providerId = QStringLiteral("cloud-a");
    c.start = ym(2019, 7);
    c.end = ym(2032, 12);
    c.startDate = QDate(2019, 7, 22);
    c.endDate = QDate(2032, 12, 31);
    c.noticeMonths = 6;
    c.terminationFee = d("1500000000");
    c.currency = QStringLiteral("EUR");
    c.primaryClass = WorkloadClass::StatelessApi;
    c.exclusivityScope = QStringLiteral("stateless API distribution");
    c.notes = QStringLiteral("ünïcødé ✓, 'quotes'; semicolons");

    CommitmentClause ramp;
    ramp.yearAmounts = {d("5000000000"), d("7000000000.5"), d("0"), d("9000000000")};
    ramp.discountPct = d("12.5");
    // Tiers (schema version 3, docs/rules.md §12.2): a zero floor, a tier at
    // exactly the ramp's total, and awkward 9-digit fractions.
    ramp.tiers = {{d("0"), d("0.000000001")}, {d("21000000000.5"), d("12.5")},
                  {d("99999999999.123456789"), d("99.999999999")}};
    CommitmentClause edp;
    edp.start = ym(2026, 3);
    edp.yearAmounts = {d("100")};
    edp.discountPct = d("0");
    edp.eligibleClasses = {WorkloadClass::Training, WorkloadClass::Storage};
    edp.marketplaceCreditPct = d("25");
    edp.trueUp = TrueUp::EndOfTerm;
    edp.tiers = {{d("100"), d("100")}};
    CommitmentClause none;
    // none.discountPct stays empty: not given (schema version 2; a version-1 file holds 0)
    none.eligibleClasses = {};
    c.commitments = {edp, ramp, none};

    RevenueShareClause capped{d("20"), ym(2026, 1), ym(2030, 12), {WorkloadClass::StatelessApi},
                              PlacementScope::OnCounterparty, d("1000000000"), d("250000000.25")};
    RevenueShareClause open{d("0.5"), ym(2025, 1), ym(2025, 1), allWorkloadClasses(), PlacementScope::Any,
                            std::nullopt, std::nullopt};
    c.revenueShares = {capped, open};

    ExclusivityClause fixed{{WorkloadClass::StatefulRuntime, WorkloadClass::Other}, ym(2026, 1), std::nullopt,
                            DamagesModel::FixedPerMonth, d("2500000")};
    ExclusivityClause pct{{WorkloadClass::StatelessApi}, std::nullopt, ym(2030, 12), DamagesModel::PctOfRevenue,
                          std::nullopt};
    ExclusivityClause empty{{}, std::nullopt, std::nullopt, DamagesModel::PctOfRevenue, d("35.5")};
    c.exclusivities = {fixed, pct, empty};

    c.classifications = {{WorkloadClass::StatefulRuntime, Coverage::Contested, d("35"), d("750000000.5")},
                         {WorkloadClass::StatelessApi, Coverage::Yes, d("0")},
                         {WorkloadClass::BatchInference, Coverage::No, d("0")}};
    c.datedClauses = {{QStringLiteral("licence_rights"), QStringLiteral("IP licence to 2032"), ym(2026, 1), ym(2032, 12), false},
                      {QStringLiteral("egress_terms"), QString(), std::nullopt, std::nullopt, true},
                      {QStringLiteral("preferred_provider"), QStringLiteral("first refusal"), ym(2027, 4), std::nullopt, false}};
    return c;
}

void addContracts(Project &p)
{
    p.contracts.push_back(fullContract());
    Contract bare;
    bare.id = QStringLiteral("c-b");
    bare.providerId = QStringLiteral("cloud-b");
    bare.start = ym(2026, 1);
    bare.end = ym(2026, 1);
    p.contracts.push_back(bare);
}

void addScenarios(Project &p)
{
    Scenario hedge; // listed before its parent
    hedge.name = QStringLiteral("Hedge 60/40");
    hedge.parent = QStringLiteral("Status quo");
    hedge.settleDisputes = true;
    hedge.placements.push_back({QStringLiteral("w1"), ym(2026, 7),
                                {{QStringLiteral("b-trn2"), d("60")}, {QStringLiteral("a-h200"), d("40")}}, 3});
    p.scenarios.push_back(hedge);

    Scenario status;
    status.name = QStringLiteral("Status quo");
    status.start = ym(2026, 1);
    status.months = 240;
    status.discountRatePct = d("8.25");
    status.settleDisputes = false;
    status.placements.push_back({QStringLiteral("w2"), ym(2026, 1), {{QStringLiteral("a-h200"), d("100")}}, 0});
    status.placements.push_back({QStringLiteral("w1"), ym(2026, 1),
                                 {{QStringLiteral("x-api"), d("33.333333333")},
                                  {QStringLiteral("a-h200"), d("33.333333333")},
                                  {QStringLiteral("b-h200"), d("33.333333334")}},
                                 0});
    status.placements.push_back({QStringLiteral("w1"), ym(2027, 1), {}, 12});
    status.uncertainties = {
        {UncertainInput::Growth, QStringLiteral("w1"), {DistributionKind::Triangular, -1.5, 0.1, 4.25}},
        {UncertainInput::PriceDrift, QString(), {DistributionKind::Uniform, 0.1, 0.30000000000000004, 0}},
        {UncertainInput::Revenue, QStringLiteral("w2"), {DistributionKind::Normal, 2.5e6, 1e-300, 0}},
        {UncertainInput::PBreach, QStringLiteral("c-a"), {DistributionKind::Bernoulli, 0.35, 0, 0}},
        {UncertainInput::EgressGb, QString(), {DistributionKind::Fixed, 51200, 0, 0}},
        {UncertainInput::ReengineeringMonths, QStringLiteral("w3"), {DistributionKind::Fixed, -0.0, 0, 0}},
        {UncertainInput::Capacity, QStringLiteral("a-h200"), {DistributionKind::Uniform, 0.6, 1, 0}},
    };
    p.scenarios.push_back(status);

    Scenario exit;
    exit.name = QStringLiteral("Full exit ✓");
    exit.months = 1;
    exit.discountRatePct = d("-0.5");
    p.scenarios.push_back(exit);
}

void addActuals(Project &p, int rows)
{
    const QString providers[] = {QStringLiteral("cloud-a"), QStringLiteral("cloud-b"),
                                 QStringLiteral("Amazon Web Services")};
    p.actuals.reserve(std::size_t(rows));
    for (int i = 0; i < rows; ++i)
        p.actuals.push_back({providers[i % 3], ym(2024, 1).plusMonths(i % 240),
                             Decimal::fromRaw(Int128(i) * 1'234'567'891 - 77), Decimal::fromRaw(Int128(i) * 987'654'321),
                             i % 5 == 4 ? QStringLiteral("EUR") : QStringLiteral("USD")});
}

} // namespace

Project StorageTestProject::full()
{
    Project p;
    p.title = QStringLiteral("Frontier lab — storage test ✓");
    p.illustrative = true;
    p.reportingCurrency = QStringLiteral("USD");
    p.exchangeRates = {{QStringLiteral("EUR"), d("1.0825")}, {QStringLiteral("GBP"), d("1.271234567")}};
    addProviders(p);
    addOfferings(p);
    addWorkloads(p);
    addContracts(p);
    addScenarios(p);
    addActuals(p, 7);
    p.actuals[1].billedCost = d("-1200");
    return p;
}

Project StorageTestProject::version2(Project p)
{
    for (Contract &c : p.contracts)
        for (CommitmentClause &cc : c.commitments)
            cc.tiers.clear();
    return p;
}

Project StorageTestProject::version1(Project p)
{
    p = version2(std::move(p));
    for (Offering &o : p.offerings) {
        o.region.clear();
        o.jurisdiction.clear();
        o.capacityUnits.reset();
        o.capacitySchedule.clear();
    }
    for (Workload &w : p.workloads)
        w.residency.clear();
    for (Contract &c : p.contracts) {
        for (ClassificationClause &cl : c.classifications)
            cl.settlementAmount.reset();
        for (CommitmentClause &cc : c.commitments) // version 1 stored a discount not given as 0
            if (!cc.discountPct)
                cc.discountPct = Decimal();
    }
    for (Scenario &s : p.scenarios) {
        s.settleDisputes.reset();
        std::erase_if(s.uncertainties, [](const UncertaintyRange &u) { return u.input == UncertainInput::Capacity; });
    }
    return p;
}

Project StorageTestProject::numbered(int n)
{
    Project p = full();
    p.title = QStringLiteral("state %1").arg(n);
    p.workloads[0].monthlyUnits = Decimal::fromInt(n);
    p.contracts[0].commitments[1].yearAmounts[2] = Decimal::fromInt(1000 + n);
    p.actuals.clear();
    addActuals(p, 1500 + (n % 5) * 250);
    return p;
}

Project StorageTestProject::withActuals(int actualRows)
{
    Project p = full();
    p.actuals.clear();
    addActuals(p, actualRows);
    return p;
}

} // namespace hp::test
