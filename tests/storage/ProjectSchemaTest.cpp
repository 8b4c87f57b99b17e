// Schema versions, migrations, and the CHECK / foreign-key rules of the schema
// (docs/storage.md "Schema", "Migration policy").

#include "StorageTestFiles.h"
#include "StorageTestProject.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectSchema.h"
#include "storage/SqliteConnection.h"
#include "storage/StorageException.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <functional>

using namespace hp;
using namespace hp::test;

namespace {

/// What the fixture of `version` must read as once migrated to the current
/// version. Each was written from StorageTestProject::full() by the build of
/// its version; a later version's fields read as the defaults its migration gives.
Project fixtureExpectation(int version)
{
    EXPECT_LE(version, 3) << "add the expectation of fixture v" << version;
    if (version == 1) // version 2 added §11's fields: empty, unset, unlimited
        return StorageTestProject::version1(StorageTestProject::full());
    if (version == 2) // version 3 added commitment tiers: none
        return StorageTestProject::version2(StorageTestProject::full());
    return StorageTestProject::full();
}

/// The chain with a hypothetical next version appended.
std::vector<ProjectSchema::Migration> chainWith(const QString &nextScript)
{
    auto steps = ProjectSchema::migrations();
    steps.push_back({ProjectSchema::kCurrentVersion + 1, nextScript});
    return steps;
}

} // namespace

TEST(ProjectSchema, AFixtureExistsForEverySchemaVersionAndEachOpens)
{
    for (int version = 1; version <= ProjectSchema::kCurrentVersion; ++version) {
        SCOPED_TRACE(version);
        const QString fixture = QStringLiteral(HEDGEPLAN_STORAGE_FIXTURES "/v%1.hedgeplan").arg(version);
        ASSERT_TRUE(QFileInfo::exists(fixture)) << "missing fixture " << fixture.toStdString()
                                                << " (storage_test_helper write-fixture, see docs/storage.md)";
        StorageTestFiles files; // open a copy: opening must not need write access to the fixture
        const QString copy = files.path(QStringLiteral("fixture.hedgeplan"));
        ASSERT_TRUE(QFile::copy(fixture, copy));
        const QByteArray before = StorageTestFiles::read(copy);
        ProjectFile file;
        Project loaded;
        StorageError error;
        ASSERT_TRUE(file.open(copy, ProjectFile::Access::ReadWrite, &loaded, &error)) << error.message.toStdString();
        EXPECT_EQ(file.openedSchemaVersion(), version);
        EXPECT_TRUE(sameProject(loaded, fixtureExpectation(version)));
        EXPECT_EQ(StorageTestFiles::read(copy), before) << "opening must never write the file";
        // Saving writes the current version.
        ASSERT_TRUE(file.save(loaded, &error)) << error.message.toStdString();
        EXPECT_EQ(StorageTestFiles::rawScalar(copy, QStringLiteral("PRAGMA user_version")).toInt(),
                  ProjectSchema::kCurrentVersion);
    }
}

TEST(ProjectSchema, AnOlderFileIsMigratedInACopyAndTheFileIsUntouched)
{
    // A hypothetical next version adds a column; a file of the current version
    // opened by a build that knows the next one migrates in a private copy.
    const auto steps = chainWith(QStringLiteral("ALTER TABLE providers ADD COLUMN website TEXT NOT NULL DEFAULT '';"));
    StorageTestFiles files;
    const QString path = files.save(StorageTestProject::full(), QStringLiteral("v1.hedgeplan"));
    const QByteArray before = StorageTestFiles::read(path);
    ProjectLoader::Options options;
    options.migrations = &steps;
    int version = 0;
    const Project loaded = ProjectLoader::load(path, options, &version);
    EXPECT_EQ(version, ProjectSchema::kCurrentVersion);
    EXPECT_TRUE(sameProject(loaded, StorageTestProject::full()));
    EXPECT_EQ(StorageTestFiles::read(path), before);
    EXPECT_EQ(files.strayFiles({QStringLiteral("v1.hedgeplan")}), QStringList());
}

TEST(ProjectSchema, AVersion1FileMigratesToVersion2AndThenHoldsTheNewFields)
{
    // The v1 fixture (written by a version-1 build) opens with §11's fields
    // empty; its six uncertainty ranges survive the rebuild of their table,
    // which now also accepts the input 'capacity'. Saved with the new fields,
    // it reads back as full().
    StorageTestFiles files;
    const QString copy = files.path(QStringLiteral("v1copy.hedgeplan"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(HEDGEPLAN_STORAGE_FIXTURES "/v1.hedgeplan"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    ProjectFile file;
    Project loaded;
    StorageError error;
    ASSERT_TRUE(file.open(copy, ProjectFile::Access::ReadWrite, &loaded, &error)) << error.message.toStdString();
    EXPECT_EQ(file.openedSchemaVersion(), 1);
    EXPECT_TRUE(loaded.offerings[0].region.isEmpty());
    EXPECT_FALSE(loaded.offerings[0].capacityUnits.has_value());
    EXPECT_TRUE(loaded.offerings[0].capacitySchedule.empty());
    EXPECT_FALSE(loaded.contracts[0].classifications[0].settlementAmount.has_value());
    EXPECT_FALSE(loaded.scenarios[1].settleDisputes.has_value());
    EXPECT_EQ(loaded.scenarios[1].uncertainties.size(), 6u);
    ASSERT_TRUE(file.save(StorageTestProject::full(), &error)) << error.message.toStdString();
    EXPECT_EQ(StorageTestFiles::rawScalar(copy, QStringLiteral("PRAGMA user_version")).toInt(), ProjectSchema::kCurrentVersion);
    EXPECT_TRUE(sameProject(*StorageTestFiles::load(copy, &error), StorageTestProject::full()));
}

TEST(ProjectSchema, AVersion2FileMigratesToVersion3WithNoTiersAndThenHoldsThem)
{
    // docs/rules.md §12.2: the v2 fixture (written by a version-2 build) opens with
    // every commitment clause untiered, keeping its own discount_pct; saved with
    // tiers, it reads them back in order.
    StorageTestFiles files;
    const QString copy = files.path(QStringLiteral("v2copy.hedgeplan"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(HEDGEPLAN_STORAGE_FIXTURES "/v2.hedgeplan"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    ProjectFile file;
    Project loaded;
    StorageError error;
    ASSERT_TRUE(file.open(copy, ProjectFile::Access::ReadWrite, &loaded, &error)) << error.message.toStdString();
    EXPECT_EQ(file.openedSchemaVersion(), 2);
    for (const Contract &c : loaded.contracts)
        for (const CommitmentClause &cc : c.commitments)
            EXPECT_TRUE(cc.tiers.empty());
    EXPECT_EQ(loaded.contracts[0].commitments[1].discountPct, Decimal::fromString(u"12.5"));
    ASSERT_TRUE(file.save(StorageTestProject::full(), &error)) << error.message.toStdString();
    EXPECT_EQ(StorageTestFiles::rawScalar(copy, QStringLiteral("PRAGMA user_version")).toInt(), 3);
    const auto reread = StorageTestFiles::load(copy, &error);
    ASSERT_TRUE(reread.has_value()) << error.message.toStdString();
    EXPECT_TRUE(sameProject(*reread, StorageTestProject::full()));
    ASSERT_EQ(reread->contracts[0].commitments[1].tiers.size(), 3u);
    EXPECT_EQ(reread->contracts[0].commitments[1].tiers[2],
              (CommitmentTier{Decimal::fromString(u"99999999999.123456789"), Decimal::fromString(u"99.999999999")}));
    // The tiers' foreign key names the clause table: deleting the clauses cascades to them.
    const auto tiers = [&] { return StorageTestFiles::rawScalar(copy, QStringLiteral("SELECT count(*) FROM commitment_tiers")).toInt(); };
    EXPECT_EQ(tiers(), 4);
    StorageTestFiles::rawExec(copy, {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("DELETE FROM commitment_clauses")});
    EXPECT_EQ(tiers(), 0);
}

TEST(ProjectSchema, MigrationsRunInOneTransaction)
{
    StorageTestFiles files;
    const QString path = files.save(StorageTestProject::full(), QStringLiteral("tx.hedgeplan"));
    // The next step adds a column, then fails: neither the column nor the version may stay.
    const auto failing = chainWith(QStringLiteral("ALTER TABLE providers ADD COLUMN website TEXT;"
                                                  "INSERT INTO no_such_table VALUES (1);"));
    {
        SqliteConnection c(path, SqliteConnection::Mode::ReadWriteCreate);
        EXPECT_THROW(ProjectSchema::migrate(c, ProjectSchema::kCurrentVersion, failing), StorageException);
    }
    EXPECT_EQ(StorageTestFiles::rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), ProjectSchema::kCurrentVersion);
    EXPECT_EQ(StorageTestFiles::rawScalar(path, QStringLiteral("SELECT count(*) FROM pragma_table_info('providers') "
                                                               "WHERE name = 'website'"))
                  .toInt(),
              0);
    // The same step without the failure applies and sets the version.
    const auto working = chainWith(QStringLiteral("ALTER TABLE providers ADD COLUMN website TEXT;"));
    {
        SqliteConnection c(path, SqliteConnection::Mode::ReadWriteCreate);
        ProjectSchema::migrate(c, ProjectSchema::kCurrentVersion, working);
        EXPECT_EQ(ProjectSchema::actualObjects(c), ProjectSchema::expectedObjects(ProjectSchema::kCurrentVersion + 1, working));
    }
    EXPECT_EQ(StorageTestFiles::rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(),
              ProjectSchema::kCurrentVersion + 1);
}

TEST(ProjectSchema, ANewerFileIsRefusedNamingBothVersions)
{
    StorageTestFiles files;
    const QString path = files.save(StorageTestProject::full(), QStringLiteral("newer.hedgeplan"));
    StorageTestFiles::rawExec(path, {QStringLiteral("PRAGMA user_version = 7")});
    StorageError error;
    EXPECT_FALSE(StorageTestFiles::load(path, &error));
    EXPECT_EQ(error.code, StorageError::Code::NewerVersion);
    EXPECT_TRUE(error.message.contains(QStringLiteral("schema version 7"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("schema versions 1 to %1").arg(ProjectSchema::kCurrentVersion)))
        << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("newer.hedgeplan"))) << error.message.toStdString();
}

TEST(ProjectSchema, ANewFileHoldsExactlyTheSchemaOfTheChain)
{
    StorageTestFiles files;
    const QString path = files.save(Project{}, QStringLiteral("schema.hedgeplan"));
    SqliteConnection c(path, SqliteConnection::Mode::ReadOnly);
    const auto objects = ProjectSchema::actualObjects(c);
    EXPECT_EQ(objects, ProjectSchema::expectedObjects(ProjectSchema::kCurrentVersion));
    int tables = 0;
    for (const auto &o : objects) {
        tables += o.type == QLatin1String("table");
        if (o.type == QLatin1String("table")) {
            EXPECT_TRUE(o.sql.endsWith(QLatin1String(") STRICT"))) << o.name.toStdString();
        }
    }
    EXPECT_EQ(tables, 23); // version 2 added capacity_schedule, version 3 commitment_tiers
}

// ---- what the schema refuses ------------------------------------------------

struct BrokenRule {
    const char *name;
    std::function<void(Project &)> breakIt;
    const char *expectedInMessage; ///< the constraint or row named in the error
};
/// Names the case in test output and ctest listings (not its bytes).
void PrintTo(const BrokenRule &rule, std::ostream *os) { *os << rule.name; }

class ProjectSchemaRefuses : public ::testing::TestWithParam<BrokenRule> {};

TEST_P(ProjectSchemaRefuses, TheSaveFailsAndTheOldFileStays)
{
    StorageTestFiles files;
    const Project good = StorageTestProject::full();
    const QString path = files.save(good, QStringLiteral("rules.hedgeplan"));
    const QByteArray before = StorageTestFiles::read(path);

    Project bad = good;
    GetParam().breakIt(bad);
    StorageError error;
    EXPECT_FALSE(ProjectFile::write(bad, path, &error));
    EXPECT_EQ(error.code, StorageError::Code::InvalidProject) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QString::fromUtf8(GetParam().expectedInMessage))) << error.message.toStdString();
    EXPECT_EQ(StorageTestFiles::read(path), before);
    EXPECT_EQ(files.strayFiles({QStringLiteral("rules.hedgeplan")}), QStringList());
}

INSTANTIATE_TEST_SUITE_P(
    Rules, ProjectSchemaRefuses,
    ::testing::Values(
        BrokenRule{"ShareAbove100", [](Project &p) { p.scenarios[1].placements[0].allocations[0].sharePct = Decimal::fromInt(150); },
                   "allocation_share_pct_0_to_100"},
        BrokenRule{"NegativeShare", [](Project &p) { p.scenarios[1].placements[0].allocations[0].sharePct = Decimal::fromInt(-1); },
                   "allocation_share_pct_0_to_100"},
        BrokenRule{"ZeroMonths", [](Project &p) { p.scenarios[1].months = 0; }, "scenario_months_1_to_240"},
        BrokenRule{"Months241", [](Project &p) { p.scenarios[1].months = 241; }, "scenario_months_1_to_240"},
        BrokenRule{"ContractEndBeforeStart", [](Project &p) { p.contracts[1].end = YearMonth(2025, 12); },
                   "contract_end_not_before_start"},
        BrokenRule{"SunsetBeforeStart", [](Project &p) { p.contracts[0].revenueShares[0].sunset = YearMonth(2025, 1); },
                   "revenue_share_sunset_not_before_start"},
        BrokenRule{"NegativePrice", [](Project &p) { p.offerings[0].unitPrice = Decimal::fromInt(-3); },
                   "unit_price_non_negative"},
        BrokenRule{"NegativeCommitmentYear",
                   [](Project &p) { p.contracts[0].commitments[1].yearAmounts[0] = Decimal::fromInt(-1); },
                   "commitment_amount_non_negative"},
        BrokenRule{"DiscountAbove100", [](Project &p) { p.contracts[0].commitments[0].discountPct = Decimal::fromInt(101); },
                   "commitment_discount_pct_0_to_100"},
        BrokenRule{"PBreachAbove100", [](Project &p) { p.contracts[0].classifications[0].pBreachPct = Decimal::fromString(u"100.5"); },
                   "classification_p_breach_pct_0_to_100"},
        BrokenRule{"Criticality6", [](Project &p) { p.workloads[1].criticality = 6; }, "criticality_1_to_5"},
        BrokenRule{"NegativeDualRun", [](Project &p) { p.scenarios[1].placements[0].dualRunMonths = -1; },
                   "dual_run_months_non_negative"},
        BrokenRule{"LowerCaseCurrency", [](Project &p) { p.contracts[0].currency = QStringLiteral("eur"); },
                   "contract_currency_iso4217"},
        BrokenRule{"UnsetMonth", [](Project &p) { p.contracts[1].start = YearMonth(); }, "contract_start_month_is_month"},
        BrokenRule{"BernoulliAbove1", [](Project &p) { p.scenarios[1].uncertainties[3].distribution.a = 1.5; },
                   "bernoulli_p_0_to_1"},
        BrokenRule{"FixedDamagesWithoutValue", [](Project &p) { p.contracts[0].exclusivities[0].damagesValue.reset(); },
                   "exclusivity_fixed_damages_need_value"},
        BrokenRule{"ZeroExchangeRate", [](Project &p) { p.exchangeRates[QStringLiteral("GBP")] = Decimal(); },
                   "rate_positive_decimal"},
        BrokenRule{"UnknownOffering",
                   [](Project &p) { p.scenarios[1].placements[0].allocations[0].offeringId = QStringLiteral("nope"); },
                   "share on offering 'nope'"},
        BrokenRule{"UnknownWorkload", [](Project &p) { p.scenarios[0].placements[0].workloadId = QStringLiteral("w99"); },
                   "FOREIGN KEY"},
        BrokenRule{"UnknownParentScenario", [](Project &p) { p.scenarios[0].parent = QStringLiteral("Nobody"); },
                   "scenario 'Hedge 60/40' names the parent scenario 'Nobody'"},
        BrokenRule{"DuplicateProviderId", [](Project &p) { p.providers[1].id = p.providers[0].id; }, "provider 'cloud-a'"},
        BrokenRule{"EmptyOfferingId", [](Project &p) { p.offerings.push_back({}); }, "offering_id_not_empty"},
        BrokenRule{"NotANumberInADistribution",
                   [](Project &p) { p.scenarios[1].uncertainties[0].distribution.b = std::nan(""); }, "uncertainty range 1"},
        BrokenRule{"NegativeCapacity", [](Project &p) { p.offerings[0].capacityUnits = Decimal::fromInt(-1); },
                   "offering_capacity_units_non_negative"},
        BrokenRule{"NegativeScheduledCapacity",
                   [](Project &p) { p.offerings[0].capacitySchedule[0].units = Decimal::fromInt(-1); },
                   "capacity_schedule_units_non_negative"},
        BrokenRule{"NegativeTierMinimum",
                   [](Project &p) { p.contracts[0].commitments[1].tiers[0].minTotal = Decimal::fromInt(-1); },
                   "commitment_tier_min_total_non_negative"},
        BrokenRule{"TierDiscountAbove100",
                   [](Project &p) { p.contracts[0].commitments[1].tiers[1].discountPct = Decimal::fromString(u"100.5"); },
                   "commitment_tier_discount_pct_0_to_100"},
        BrokenRule{"NegativeSettlement",
                   [](Project &p) { p.contracts[0].classifications[0].settlementAmount = Decimal::fromInt(-1); },
                   "classification_settlement_amount_non_negative"},
        BrokenRule{"TextAboveTheLimit",
                   [](Project &p) { p.contracts[0].notes = QString(SqliteConnection::kMaxValueBytes, QChar(u'x')); },
                   "contract 'c-a'"}),
    [](const ::testing::TestParamInfo<BrokenRule> &paramInfo) { return std::string(paramInfo.param.name); });

TEST(ProjectSchema, Version2KeepsEveryCommitmentOfAVersion1FileAndLetsADiscountBeEmpty)
{
    // The v1 fixture holds three commitment clauses on one contract (discounts
    // 0, 12.5 and 0 — full()'s empty discount as version 1 stored it; four
    // ramp years; eligible classes incl. none) — the table
    // rebuild of version 2 must keep every row of the clause and both child tables.
    StorageTestFiles files;
    const QString copy = files.path(QStringLiteral("v1-copy.hedgeplan"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(HEDGEPLAN_STORAGE_FIXTURES "/v1.hedgeplan"), copy));
    const auto count = [&](const char *table) {
        return StorageTestFiles::rawScalar(copy, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
    };
    const int clauses = count("commitment_clauses"), years = count("commitment_years"),
              classes = count("commitment_eligible_classes");
    ASSERT_GT(clauses, 0);
    ASSERT_GT(years, 0);
    ASSERT_GT(classes, 0);
    {
        SqliteConnection c(copy, SqliteConnection::Mode::ReadWriteCreate);
        std::vector<ProjectSchema::Migration> upTo2; // this test is about step 2 alone
        for (const ProjectSchema::Migration &step : ProjectSchema::migrations())
            if (step.toVersion <= 2)
                upTo2.push_back(step);
        ProjectSchema::migrate(c, 1, upTo2);
        EXPECT_EQ(ProjectSchema::actualObjects(c), ProjectSchema::expectedObjects(2));
    }
    EXPECT_EQ(count("commitment_clauses"), clauses);
    EXPECT_EQ(count("commitment_years"), years);
    EXPECT_EQ(count("commitment_eligible_classes"), classes);
    // The children's foreign keys follow the renamed clause table: deleting
    // the clauses still cascades to their years and classes.
    StorageTestFiles::rawExec(copy, {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("DELETE FROM commitment_clauses")});
    EXPECT_EQ(count("commitment_years"), 0);
    EXPECT_EQ(count("commitment_eligible_classes"), 0);

    // Version 2 stores a discount that was not given as NULL and reads it back empty.
    Project p = StorageTestProject::full();
    p.contracts[0].commitments[1].discountPct.reset();
    const QString path = files.save(p, QStringLiteral("empty-discount.hedgeplan"));
    EXPECT_TRUE(StorageTestFiles::rawScalar(path, QStringLiteral("SELECT discount_pct IS NULL FROM commitment_clauses "
                                                                 "WHERE position = 1"))
                    .toBool());
    StorageError error;
    const auto loaded = StorageTestFiles::load(path, &error);
    ASSERT_TRUE(loaded) << error.message.toStdString();
    EXPECT_EQ(loaded->contracts[0].commitments[1].discountPct, std::nullopt);
    EXPECT_TRUE(sameProject(*loaded, p));
}
