// Opening a project from a local PostgreSQL server vs the .hedgeplan file
// (docs/storage.md, "Team server"): the demo, and a project with 100,000
// actual rows. The server is a throwaway cluster (tests/postgres/PgTestCluster,
// Unix socket), started once for the run and deleted at the end.
#include "PgTestCluster.h"
#include "SyntheticPortfolio.h"

#include "canonical/DemoPortfolio.h"
#include "storage/PgProjectStore.h"
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
        throw std::runtime_error(error.toStdString());
    return *uri;
}

/// The project saved once to a file and once to the server.
Places &places(const hp::Project &project, const char *name)
{
    static std::map<std::string, std::unique_ptr<Places>> cache;
    auto &slot = cache[name];
    if (!slot) {
        auto &cluster = hp::test::PgTestCluster::instance();
        static const QString db = cluster.createDatabase();
        slot = std::make_unique<Places>(Places{{}, {}, uriOf(cluster.uri(db, QString::fromLatin1(name), QStringLiteral("hp_editor")))});
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

BENCHMARK(BM_OpenDemoFile)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenDemoPostgres)->Unit(benchmark::kMillisecond);
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
