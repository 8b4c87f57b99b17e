// Opening a project from a local PostgreSQL server vs the .hedgeplan file
// (docs/storage.md, "Team server"): the demo, and a project with 100,000
// actual rows. The server is a throwaway cluster (tests/postgres/PgTestCluster,
// Unix socket), started once for the run and deleted at the end.
#include "PgTestCluster.h"
#include "SyntheticPortfolio.h"

#include "canonical/DemoPortfolio.h"
#include "import/RegisterImporter.h"
#include "postgres/PgConnection.h"
#include "postgres/PgConnectionPool.h"
#include "postgres/PgProjectStore.h"
#include "postgres/PgSchema.h"
#include "storage/ProjectTables.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <stdexcept>

namespace {

struct Places {
    QTemporaryDir dir;
    QString file;
    hp::ProjectUri uri;
};

hp::ProjectUri uriOf(const QString &text)
{
    QString error;
    auto uri = hp::ProjectUri::parse(text, &error);
    if (!uri)
        throw std::runtime_error(QStringLiteral("%1: %2").arg(text, error).toStdString());
    return *uri;
}

/// The project `name` in the benchmark's database (created on first use).
hp::ProjectUri projectUri(const QString &name)
{
    auto &cluster = hp::test::PgTestCluster::instance();
    static const QString db = cluster.createDatabase();
    return uriOf(cluster.uri(db, name, QStringLiteral("hp_editor")));
}

/// The project saved once to a file and once to the server.
Places &places(const hp::Project &project, const char *name)
{
    static std::map<std::string, std::unique_ptr<Places>> cache;
    auto &slot = cache[name];
    if (!slot) {
        slot = std::make_unique<Places>(Places{{}, {}, projectUri(QString::fromLatin1(name))});
        slot->file = slot->dir.filePath(QStringLiteral("p.hedgeplan"));
        hp::StorageError error;
        if (!hp::ProjectFile::write(project, slot->file, &error)
            || !hp::PgProjectStore::write(slot->uri, project, hp::PgProjectStore::Overwrite::Replace, &error))
            throw std::runtime_error(error.message.toStdString());
    }
    return *slot;
}

const hp::Project &large()
{
    static const hp::Project p = [] {
        hp::Project project = hp::bench::syntheticPortfolio();
        project.actuals.clear();
        for (int i = 0; i < 100'000; ++i)
            project.actuals.push_back({QStringLiteral("provider-%1").arg(i % 40), hp::YearMonth(2000, 1).plusMonths(i / 40 % 2400),
                                       hp::Decimal::fromString(QString(QString::number(i % 100000) + QStringLiteral(".25"))),
                                       hp::Decimal::fromString(QString(QString::number(i % 90000) + QStringLiteral(".5"))),
                                       QStringLiteral("USD")});
        return project;
    }();
    return p;
}

void openFile(benchmark::State &state, const hp::Project &project, const char *name)
{
    Places &p = places(project, name);
    for (auto _ : state) {
        hp::Project loaded;
        if (!hp::ProjectFile::load(p.file, &loaded))
            state.SkipWithError("load failed");
        benchmark::DoNotOptimize(loaded);
    }
}

void openDatabase(benchmark::State &state, const hp::Project &project, const char *name)
{
    Places &p = places(project, name);
    for (auto _ : state) {
        hp::Project loaded;
        if (!hp::PgProjectStore::load(p.uri, &loaded))
            state.SkipWithError("load failed");
        benchmark::DoNotOptimize(loaded);
    }
}

/// A new backend for every open, as for the first open of a session (no pooled connection).
void BM_OpenDemoPostgresCold(benchmark::State &state)
{
    Places &p = places(hp::DemoPortfolio::load(), "demo");
    for (auto _ : state) {
        hp::PgPooledConnection::clear();
        hp::Project loaded;
        if (!hp::PgProjectStore::load(p.uri, &loaded))
            state.SkipWithError("load failed");
        benchmark::DoNotOptimize(loaded);
    }
}

/// A contract register of `rows` rows (as bench_import's), read and applied to the project, then saved:
/// into a .hedgeplan file (load + write) or a database project (load + save of what changed, one transaction).
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

hp::Project imported(const hp::Project &into, const QByteArray &csv)
{
    hp::ImportPlan plan;
    hp::RegisterImporter::read(QStringLiteral("register.csv"), csv, {}, into, plan);
    return hp::applied(into, plan);
}

void BM_Import100kRegisterFile(benchmark::State &state)
{
    const QByteArray csv = syntheticRegister(100'000);
    Places &p = places(hp::DemoPortfolio::load(), "import-file");
    for (auto _ : state) {
        state.PauseTiming();
        hp::ProjectFile::write(hp::DemoPortfolio::load(), p.file);
        state.ResumeTiming();
        hp::Project project;
        hp::StorageError error;
        if (!hp::ProjectFile::load(p.file, &project, &error) || !hp::ProjectFile::write(imported(project, csv), p.file, &error))
            state.SkipWithError(error.message.toStdString().c_str());
    }
}

/// Each iteration imports into a new copy of the demo (as the file benchmark rewrites its file): replacing
/// the 1.3 million rows of the last iteration would leave their dead index entries under the same keys for
/// every foreign-key check (no autovacuum runs in between) and log 1.3 million deletes, neither part of an import.
void BM_Import100kRegisterPostgres(benchmark::State &state)
{
    const QByteArray csv = syntheticRegister(100'000);
    static int iteration = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const hp::ProjectUri uri = projectUri(QStringLiteral("import-db-%1").arg(++iteration));
        hp::PgProjectStore::write(uri, hp::DemoPortfolio::load(), hp::PgProjectStore::Overwrite::Replace);
        state.ResumeTiming();
        hp::Project project;
        hp::PgSnapshot snapshot;
        hp::StorageError error;
        if (!hp::PgProjectStore::load(uri, &project, &error, &snapshot)
            || !hp::PgProjectStore::save(uri, imported(project, csv), &snapshot, &error))
            state.SkipWithError(error.message.toStdString().c_str());
    }
}

void BM_OpenDemoFile(benchmark::State &state) { openFile(state, hp::DemoPortfolio::load(), "demo"); }
void BM_OpenDemoPostgres(benchmark::State &state) { openDatabase(state, hp::DemoPortfolio::load(), "demo"); }
void BM_Open100kActualsFile(benchmark::State &state) { openFile(state, large(), "large"); }
void BM_Open100kActualsPostgres(benchmark::State &state) { openDatabase(state, large(), "large"); }
void BM_CopyDemoToPostgres(benchmark::State &state)
{
    const hp::Project demo = hp::DemoPortfolio::load();
    Places &p = places(demo, "demo");
    for (auto _ : state) {
        hp::StorageError error;
        if (!hp::PgProjectStore::write(p.uri, demo, hp::PgProjectStore::Overwrite::Replace, &error))
            state.SkipWithError("write failed");
    }
}

// Where opening the demo from the server spends its time (docs/storage.md, "Benchmark (PostgreSQL)").
void BM_DemoConnect(benchmark::State &state)
{
    Places &p = places(hp::DemoPortfolio::load(), "demo");
    for (auto _ : state) {
        const hp::PgConnection c(p.uri);
        benchmark::DoNotOptimize(&c);
    }
}
void BM_DemoSchemaCheck(benchmark::State &state)
{
    Places &p = places(hp::DemoPortfolio::load(), "demo");
    const hp::PgConnection c(p.uri);
    for (auto _ : state)
        hp::PgSchema::checkReadable(c);
}
void BM_DemoRowsToProject(benchmark::State &state)
{
    const auto tables = hp::ProjectTables::fromProject(hp::DemoPortfolio::load());
    for (auto _ : state) {
        hp::Project p = hp::ProjectTables::toProject(tables);
        benchmark::DoNotOptimize(p);
    }
}

BENCHMARK(BM_DemoConnect)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DemoSchemaCheck)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DemoRowsToProject)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenDemoFile)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenDemoPostgres)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenDemoPostgresCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Import100kRegisterFile)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_Import100kRegisterPostgres)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_CopyDemoToPostgres)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Open100kActualsFile)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Open100kActualsPostgres)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    hp::test::PgTestCluster::shutdown();
    return 0;
}
