// Save and open of a project with 1,000,000 actual cost rows (issue 4,
// docs/storage.md). Run one benchmark per process to read its peak memory:
//   bench_storage --benchmark_filter=Save
//   bench_storage --benchmark_filter=Open
// Counters: peak_rss_MB (getrusage ru_maxrss of the process), rss_before_MB
// (resident size once the input project exists), file_MB.
#include "SyntheticPortfolio.h"

#include "storage/ProjectFile.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace {

constexpr int kActualRows = 1'000'000;

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

double currentRssMb()
{
    long pages = 0, resident = 0;
    if (FILE *f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(f);
    }
    return double(resident) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

/// The synthetic portfolio plus 1M FOCUS actual rows: 40 provider names × 25,000 months' worth of rows.
hp::Project projectWithActuals()
{
    hp::Project p = hp::bench::syntheticPortfolio();
    p.actuals.clear();
    p.actuals.reserve(kActualRows);
    for (int i = 0; i < kActualRows; ++i)
        p.actuals.push_back({QStringLiteral("provider-%1").arg(i % 40), hp::YearMonth(2000, 1).plusMonths(i / 40 % 2400),
                             hp::Decimal::fromRaw(hp::Int128(i) * 1'234'567'891), hp::Decimal::fromRaw(hp::Int128(i) * 987'654'321),
                             QStringLiteral("USD")});
    return p;
}

void BM_SaveProject1MActuals(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.hedgeplan"));
    const hp::Project project = projectWithActuals();
    const double before = currentRssMb();
    for (auto _ : state) {
        hp::StorageError error;
        if (!hp::ProjectFile::write(project, path, &error))
            state.SkipWithError(error.message.toUtf8().constData());
    }
    state.counters["rss_before_MB"] = before;
    state.counters["peak_rss_MB"] = peakRssMb();
    state.counters["file_MB"] = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
}
BENCHMARK(BM_SaveProject1MActuals)->Unit(benchmark::kSecond)->Iterations(3)->UseRealTime();

void BM_OpenProject1MActuals(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.hedgeplan"));
    {
        hp::StorageError error;
        if (!hp::ProjectFile::write(projectWithActuals(), path, &error)) {
            state.SkipWithError(error.message.toUtf8().constData());
            return;
        }
    }
    const double before = currentRssMb();
    std::size_t rows = 0;
    for (auto _ : state) {
        hp::Project loaded;
        hp::StorageError error;
        if (!hp::ProjectFile::load(path, &loaded, &error))
            state.SkipWithError(error.message.toUtf8().constData());
        rows = loaded.actuals.size();
    }
    state.counters["rows"] = double(rows);
    state.counters["rss_before_MB"] = before;
    state.counters["peak_rss_MB"] = peakRssMb();
    state.counters["file_MB"] = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
}
BENCHMARK(BM_OpenProject1MActuals)->Unit(benchmark::kSecond)->Iterations(3)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
