// The project file's tables as the entity descriptors describe them
// (docs/architecture.md "Descriptors"): every described table has exactly
// the key columns plus the descriptor's stored fields — a column added to a
// migration without its field, or a field without its migration, fails here —
// and a value Hedgeplan would not write is refused naming its column.
#include "StorageTestFiles.h"
#include "StorageTestProject.h"
#include "domain/Project.h"
#include "storage/DescribedSql.h"
#include "storage/ProjectFile.h"
#include "storage/SqliteConnection.h"
#include "storage/StorageError.h"

#include <QVariant>

#include <gtest/gtest.h>

using namespace hp;
using namespace hp::test;

namespace {

QStringList tableColumns(const SqliteConnection &c, const char *table)
{
    QStringList out;
    SqliteStatement q = c.select(QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(table)));
    while (q.next())
        out << q.value(1).toString();
    out.sort();
    return out;
}

template <class T>
QStringList described(std::initializer_list<const char *> keys)
{
    QStringList k;
    for (const char *key : keys)
        k << QString::fromLatin1(key);
    QStringList out = DescribedSql::columns(T::descriptor(), k);
    out.sort();
    return out;
}

} // namespace

TEST(DescribedStorage, EveryDescribedTableHasExactlyTheDescribedColumns)
{
    StorageTestFiles files;
    const QString path = files.path(QStringLiteral("described.hedgeplan"));
    ASSERT_TRUE(ProjectFile::write(StorageTestProject::full(), path));
    SqliteConnection c(path, SqliteConnection::Mode::ReadOnly);
    EXPECT_EQ(tableColumns(c, "providers"), described<Provider>({"position"}));
    EXPECT_EQ(tableColumns(c, "egress_tiers"), described<EgressTier>({"provider_id", "position"}));
    EXPECT_EQ(tableColumns(c, "offerings"), described<Offering>({"position"}));
    EXPECT_EQ(tableColumns(c, "actuals"), described<Actual>({"position"}));
    EXPECT_EQ(tableColumns(c, "workloads"), described<Workload>({"position"}));
    EXPECT_EQ(tableColumns(c, "capacity_schedule"), described<CapacityStep>({"offering_id", "position"}));
    EXPECT_EQ(tableColumns(c, "commitment_tiers"),
              described<CommitmentTier>({"contract_id", "clause_position", "position"}));
    // Every clause kind of Contract::forEachClauseKind, in the table its descriptor names.
    QStringList clauseTables;
    Contract::forEachClauseKind([&](auto member) {
        using Clause = ClauseKind<decltype(member)>;
        const char *table = Clause::descriptor().sqlTable;
        SCOPED_TRACE(table);
        clauseTables << QString::fromLatin1(table);
        EXPECT_EQ(tableColumns(c, table), described<Clause>({"contract_id", "position"}));
        // The class sets live in side tables, not in a column of the clause.
        for (const auto &f : Clause::descriptor().fields) {
            if (f.classTable) {
                EXPECT_EQ(tableColumns(c, f.classTable), (QStringList{QStringLiteral("class"), QStringLiteral("clause_position"),
                                                                      QStringLiteral("contract_id")}));
            }
        }
    });
    EXPECT_EQ(clauseTables, (QStringList{QStringLiteral("revenue_share_clauses"), QStringLiteral("exclusivity_clauses"),
                                         QStringLiteral("classification_clauses"), QStringLiteral("dated_clauses")}));
    EXPECT_FALSE(described<RevenueShareClause>({}).contains(QStringLiteral("base_classes")));

    // Described with fields of two forms, kept by hand in their own columns:
    // a contract's start and end (month and full date), a range's parameters.
    EXPECT_EQ(tableColumns(c, "contracts"),
              described<Contract>({"position", "start_month", "end_month", "start_date", "end_date"}));
    EXPECT_EQ(tableColumns(c, "scenarios"), described<Scenario>({"position"}));
    EXPECT_EQ(tableColumns(c, "uncertainty_ranges"), described<UncertaintyRange>({"scenario", "position", "a", "b", "c"}));
}

TEST(DescribedStorage, AnEmptyReferenceOrEnumerationIsNullInTheFile)
{
    // nullWhenEmpty: a root scenario's parent and a contract without a primary
    // class are NULL (the parent's foreign key names another scenario), and
    // read back as empty.
    StorageTestFiles files;
    const QString path = files.path(QStringLiteral("nulls.hedgeplan"));
    Project p = StorageTestProject::full();
    ASSERT_FALSE(p.contracts.empty());
    p.contracts.front().primaryClass.reset();
    ASSERT_TRUE(ProjectFile::write(p, path));
    {
        SqliteConnection c(path, SqliteConnection::Mode::ReadOnly);
        EXPECT_EQ(c.scalar(QStringLiteral("SELECT count(*) FROM scenarios WHERE parent = ''")).toInt(), 0);
        EXPECT_GT(c.scalar(QStringLiteral("SELECT count(*) FROM scenarios WHERE parent IS NULL")).toInt(), 0);
        EXPECT_EQ(c.scalar(QStringLiteral("SELECT quote(primary_class) FROM contracts WHERE id = '%1'")
                               .arg(p.contracts.front().id))
                      .toString(),
                  QStringLiteral("NULL"));
    }
    Project back;
    ASSERT_TRUE(ProjectFile::load(path, &back));
    EXPECT_TRUE(back == p);
}

TEST(DescribedStorage, AStoredValueWithoutItsTextFormIsRefusedNamingTheColumn)
{
    StorageTestFiles files;
    const QString path = files.path(QStringLiteral("scope.hedgeplan"));
    Project p = StorageTestProject::full();
    ASSERT_FALSE(p.contracts.empty());
    ASSERT_FALSE(p.contracts.front().revenueShares.empty());
    ASSERT_TRUE(ProjectFile::write(p, path));
    StorageTestFiles::rawExec(path, {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                                     QStringLiteral("UPDATE revenue_share_clauses SET placement_scope = 'sideways'")});
    Project loaded;
    StorageError error;
    EXPECT_FALSE(ProjectFile::load(path, &loaded, &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("revenue_share_clauses"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("placement_scope"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("'sideways' is not a known value"))) << error.message.toStdString();
}
