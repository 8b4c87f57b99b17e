// Round trips: every field of hp::Project survives save + open unchanged
// (docs/rules.md §7, docs/storage.md "Schema").

#include "StorageTestFiles.h"
#include "StorageTestProject.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectSchema.h"
#include "storage/SqliteConnection.h"

#include <QFile>

#include <gtest/gtest.h>

#include <limits>
#include <set>
#include <thread>

using namespace hp;
using namespace hp::test;

namespace {

Project roundTrip(StorageTestFiles &files, const Project &project)
{
    const QString path = files.save(project, QStringLiteral("round.hedgeplan"));
    StorageError error;
    auto loaded = StorageTestFiles::load(path, &error);
    EXPECT_TRUE(loaded.has_value()) << error.message.toStdString();
    return loaded.value_or(Project{});
}

} // namespace

TEST(ProjectRoundTrip, FullProjectComesBackEqual)
{
    StorageTestFiles files;
    const Project original = StorageTestProject::full();
    const Project loaded = roundTrip(files, original);
    EXPECT_TRUE(sameProject(loaded, original));
}

TEST(ProjectRoundTrip, ListsKeepTheirOrder)
{
    StorageTestFiles files;
    const Project loaded = roundTrip(files, StorageTestProject::full());
    ASSERT_EQ(loaded.contracts.size(), 2u);
    const Contract &c = loaded.contracts[0];
    // full() lists the EDP (start 2026-03) before the ramp (no start) before the empty clause.
    ASSERT_EQ(c.commitments.size(), 3u);
    EXPECT_EQ(c.commitments[0].start, YearMonth(2026, 3));
    EXPECT_FALSE(c.commitments[1].start.has_value());
    EXPECT_EQ(c.commitments[1].yearAmounts.size(), 4u);
    EXPECT_EQ(c.commitments[1].yearAmounts[1], Decimal::fromString(u"7000000000.5"));
    // Classifications: stateful_runtime, stateless_api, batch_inference (not enum order).
    ASSERT_EQ(c.classifications.size(), 3u);
    EXPECT_EQ(c.classifications[0].cls, WorkloadClass::StatefulRuntime);
    EXPECT_EQ(c.classifications[2].cls, WorkloadClass::BatchInference);
    // The child scenario stays before its parent; allocations keep their order.
    ASSERT_EQ(loaded.scenarios.size(), 3u);
    EXPECT_EQ(loaded.scenarios[0].name, QStringLiteral("Hedge 60/40"));
    EXPECT_EQ(loaded.scenarios[0].parent, QStringLiteral("Status quo"));
    EXPECT_EQ(loaded.scenarios[1].placements[1].allocations[0].offeringId, QStringLiteral("x-api"));
    EXPECT_EQ(loaded.scenarios[1].placements[1].allocations[2].offeringId, QStringLiteral("b-h200"));
    // Egress tiers ascending as given, the last one unbounded.
    ASSERT_EQ(loaded.providers[0].egressTiers.size(), 3u);
    EXPECT_FALSE(loaded.providers[0].egressTiers[2].upToGb.has_value());
}

TEST(ProjectRoundTrip, EmptyAndAllClassSetsStayDistinct)
{
    StorageTestFiles files;
    const Project loaded = roundTrip(files, StorageTestProject::full());
    const Contract &c = loaded.contracts[0];
    EXPECT_EQ(c.commitments[1].eligibleClasses, allWorkloadClasses());
    EXPECT_TRUE(c.commitments[2].eligibleClasses.empty());
    EXPECT_TRUE(c.exclusivities[2].classes.empty());
    EXPECT_EQ(c.exclusivities[0].classes, (ClassSet{WorkloadClass::StatefulRuntime, WorkloadClass::Other}));
}

TEST(ProjectRoundTrip, UnsetOptionalsStayUnsetAndZeroStaysZero)
{
    StorageTestFiles files;
    Project p = StorageTestProject::full();
    p.contracts[0].revenueShares[1].capTotal = Decimal();      // 0, set
    p.contracts[0].revenueShares[1].capPerYear = std::nullopt; // unset
    const Project loaded = roundTrip(files, p);
    const RevenueShareClause &rs = loaded.contracts[0].revenueShares[1];
    ASSERT_TRUE(rs.capTotal.has_value());
    EXPECT_TRUE(rs.capTotal->isZero());
    EXPECT_FALSE(rs.capPerYear.has_value());
    EXPECT_FALSE(loaded.workloads[0].criticality.has_value()); // i = 0: none
    EXPECT_EQ(loaded.workloads[1].criticality, 2);               // 1 + 1 % 5
    EXPECT_FALSE(loaded.contracts[1].startDate.has_value());
    EXPECT_EQ(loaded.contracts[0].startDate, QDate(2019, 7, 22));
    EXPECT_FALSE(loaded.scenarios[0].months.has_value());
    EXPECT_EQ(loaded.scenarios[1].months, 240);
}

TEST(ProjectRoundTrip, EmptyProject)
{
    StorageTestFiles files;
    const Project loaded = roundTrip(files, Project{});
    EXPECT_TRUE(sameProject(loaded, Project{}));
    EXPECT_EQ(loaded.reportingCurrency, QStringLiteral("USD"));
}

TEST(ProjectRoundTrip, ExtremeDecimalsAndDoublesAreExact)
{
    StorageTestFiles files;
    Project p = StorageTestProject::full();
    const Int128 max = std::numeric_limits<Int128>::max();
    p.actuals[0].billedCost = Decimal::fromRaw(max);      // 170141183460469231731.687303715884105727
    p.actuals[0].effectiveCost = Decimal::fromRaw(-max);
    p.actuals[1].billedCost = Decimal::fromRaw(-1);       // -0.000000001
    p.scenarios[1].uncertainties[1].distribution.b = 0.1 + 0.2; // 0.30000000000000004
    p.scenarios[1].uncertainties[1].distribution.c = std::numeric_limits<double>::denorm_min();
    const Project loaded = roundTrip(files, p);
    EXPECT_EQ(loaded.actuals[0].billedCost.raw(), max);
    EXPECT_EQ(loaded.actuals[0].effectiveCost.raw(), -max);
    EXPECT_EQ(loaded.actuals[1].billedCost.raw(), Int128(-1));
    EXPECT_EQ(loaded.scenarios[1].uncertainties[1].distribution.b, 0.1 + 0.2);
    EXPECT_EQ(loaded.scenarios[1].uncertainties[1].distribution.c, std::numeric_limits<double>::denorm_min());
}

TEST(ProjectRoundTrip, MoneyIsStoredAsExactDecimalText)
{
    StorageTestFiles files;
    const QString path = files.save(StorageTestProject::full(), QStringLiteral("money.hedgeplan"));
    EXPECT_EQ(StorageTestFiles::rawScalar(path, QStringLiteral("SELECT unit_price || '|' || typeof(unit_price) "
                                                               "FROM offerings WHERE id = 'b-h200'"))
                  .toString(),
              QStringLiteral("170141183460469231731.687303715|text"));
    // 1.0825 EUR, not 1.08249999999999990763…
    EXPECT_EQ(StorageTestFiles::rawScalar(path, QStringLiteral("SELECT rate FROM exchange_rates WHERE currency = 'EUR'"))
                  .toString(),
              QStringLiteral("1.0825"));
}

TEST(ProjectRoundTrip, FullProjectUsesEveryEnumerationValue)
{
    // Guards the coverage of the round-trip tests: full() must hold every value
    // of every enumeration the schema stores, so each CHECK list is exercised.
    const Project p = StorageTestProject::full();
    std::set<ProviderKind> kinds;
    for (const auto &pr : p.providers)
        kinds.insert(pr.kind);
    EXPECT_EQ(kinds.size(), 4u);
    std::set<WorkloadClass> classes;
    for (const auto &w : p.workloads)
        classes.insert(w.cls);
    EXPECT_EQ(classes.size(), 6u);
    std::set<UncertainInput> inputs;
    std::set<DistributionKind> distributions;
    for (const auto &s : p.scenarios)
        for (const auto &u : s.uncertainties) {
            inputs.insert(u.input);
            distributions.insert(u.distribution.kind);
        }
    EXPECT_EQ(inputs.size(), 7u);
    EXPECT_EQ(distributions.size(), 5u);
    const Contract &c = p.contracts[0];
    std::set<Coverage> coverages;
    for (const auto &cl : c.classifications)
        coverages.insert(cl.covered);
    EXPECT_EQ(coverages.size(), 3u);
    EXPECT_NE(c.commitments[0].trueUp, c.commitments[1].trueUp);
    EXPECT_NE(c.revenueShares[0].scope, c.revenueShares[1].scope);
    EXPECT_NE(c.exclusivities[0].damagesModel, c.exclusivities[1].damagesModel);
}

TEST(ProjectRoundTrip, SavedFileIsAHedgeplanWalDatabaseWithoutSideFiles)
{
    StorageTestFiles files;
    const QString path = files.save(StorageTestProject::full(), QStringLiteral("p.hedgeplan"));
    const QByteArray bytes = StorageTestFiles::read(path);
    ASSERT_GE(bytes.size(), 100);
    EXPECT_EQ(bytes.left(16), QByteArray("SQLite format 3\0", 16));
    EXPECT_EQ(int(bytes[18]), 2); // file format write version 2 = WAL
    EXPECT_EQ(int(bytes[19]), 2); // read version 2 = WAL
    // application_id at offset 68 and user_version at 60, big-endian.
    auto be32 = [&](int at) {
        return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16)
             | (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
    };
    EXPECT_EQ(be32(68), quint32(ProjectSchema::kApplicationId));
    EXPECT_EQ(be32(60), quint32(ProjectSchema::kCurrentVersion));
    // No -wal, -shm, lock or temporary file is left next to it, after saving or opening.
    EXPECT_EQ(files.strayFiles({QStringLiteral("p.hedgeplan")}), QStringList());
    StorageError error;
    ASSERT_TRUE(StorageTestFiles::load(path, &error)) << error.message.toStdString();
    EXPECT_EQ(files.strayFiles({QStringLiteral("p.hedgeplan")}), QStringList());
    EXPECT_EQ(StorageTestFiles::read(path), bytes);
}

TEST(ProjectRoundTrip, EveryConnectionEnforcesForeignKeys)
{
    StorageTestFiles files;
    const QString path = files.save(StorageTestProject::full(), QStringLiteral("fk.hedgeplan"));
    SqliteConnection c(path, SqliteConnection::Mode::ReadOnly);
    EXPECT_EQ(c.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_EQ(c.scalar(QStringLiteral("PRAGMA trusted_schema")).toInt(), 0);
    EXPECT_EQ(c.scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    EXPECT_EQ(c.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

TEST(ProjectRoundTrip, LongTextsUpToTheLimitSurvive)
{
    StorageTestFiles files;
    Project p = StorageTestProject::full();
    p.contracts[0].notes = QString(1'000'000, QChar(u'é')); // 2,000,000 UTF-8 bytes, under 8 MiB
    const Project loaded = roundTrip(files, p);
    EXPECT_EQ(loaded.contracts[0].notes.size(), 1'000'000);
}

TEST(ProjectRoundTrip, SavesAndLoadsRunInAnyThread)
{
    // e.g. the GUI's autosave in a worker thread while the main thread opens another file.
    StorageTestFiles files;
    const QString a = files.path(QStringLiteral("a.hedgeplan")), b = files.path(QStringLiteral("b.hedgeplan"));
    bool okA = true;
    std::thread worker([&] {
        for (int n = 0; n < 20 && okA; ++n)
            okA = ProjectFile::write(StorageTestProject::numbered(n), a) && ProjectFile::load(a, nullptr);
    });
    bool okB = true;
    for (int n = 0; n < 20 && okB; ++n)
        okB = ProjectFile::write(StorageTestProject::numbered(100 + n), b) && ProjectFile::load(b, nullptr);
    worker.join();
    EXPECT_TRUE(okA);
    EXPECT_TRUE(okB);
    StorageError error;
    const auto loaded = StorageTestFiles::load(a, &error);
    ASSERT_TRUE(loaded) << error.message.toStdString();
    EXPECT_TRUE(sameProject(*loaded, StorageTestProject::numbered(19)));
}
