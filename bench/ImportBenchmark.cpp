// Import throughput (issue 8, docs/import.md): a contract register and a FOCUS
// export of N synthetic rows, read into a plan and applied. Run:
//   build/bench/bench_import
#include "import/FocusImporter.h"
#include "import/RegisterImporter.h"

#include <benchmark/benchmark.h>

namespace {

QByteArray syntheticRegister(int rows)
{
    QByteArray csv = "contract_id;vendor;counterparty_type;start_date;end_date;commitment_total;currency;discount_pct;"
                     "revenue_share_pct;workload_class;notes\n";
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("C%1;Vendor %2;cloud;01.%3.2026;31.12.2030;\"€ 1.234.%4,50\";EUR;8%;;training;\"row %1\"\n")
                   .arg(i).arg(i % 50).arg(1 + i % 12, 2, 10, QLatin1Char('0')).arg(i % 1000, 3, 10, QLatin1Char('0'))
                   .toUtf8();
    return csv;
}

QByteArray syntheticFocus(int rows)
{
    QByteArray csv = "BilledCost,EffectiveCost,ListCost,BillingCurrency,ChargePeriodStart,ChargeCategory,ProviderName,ServiceName,Tags\n";
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("0.%1,0.%2,NULL,USD,2026-%3-01 00:00:00,Usage,Provider %4,Compute,\"{\"\"k\"\": \"\"v%1\"\"}\"\n")
                   .arg(i % 100000, 11, 10, QLatin1Char('0')).arg((i * 7) % 100000, 11, 10, QLatin1Char('0'))
                   .arg(1 + i % 12, 2, 10, QLatin1Char('0')).arg(i % 20)
                   .toUtf8();
    return csv;
}

void RegisterImport(benchmark::State &state)
{
    const QByteArray csv = syntheticRegister(int(state.range(0)));
    for (auto _ : state) {
        hp::ImportPlan plan;
        hp::RegisterImporter::read(QStringLiteral("register.csv"), csv, {}, hp::Project{}, plan);
        const hp::Project out = hp::applied(hp::Project{}, plan);
        benchmark::DoNotOptimize(out.contracts.size());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.counters["MB"] = double(csv.size()) / 1e6;
}
BENCHMARK(RegisterImport)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

void FocusImport(benchmark::State &state)
{
    const QByteArray csv = syntheticFocus(int(state.range(0)));
    for (auto _ : state) {
        hp::ImportPlan plan;
        hp::FocusImporter::read(QStringLiteral("focus.csv"), csv, {}, hp::Project{}, plan);
        benchmark::DoNotOptimize(plan.actuals.size());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.counters["MB"] = double(csv.size()) / 1e6;
}
BENCHMARK(FocusImport)->Arg(100'000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
