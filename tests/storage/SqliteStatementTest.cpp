// SqliteConnection and SqliteStatement on the SQLite C API (docs/storage.md,
// "Opening a file"): values by storage class, errors with their context and
// code, statements that end early, and the 5 s busy timeout a writer waits
// for another connection's lock.

#include "StorageRefusal.h"
#include "StorageTestFiles.h"
#include "storage/SqliteConnection.h"
#include "storage/StorageException.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

using namespace hp;
using namespace hp::test;
using Code = StorageError::Code;


TEST(SqliteStatement, ValuesComeAsTheirStorageClass)
{
    const SqliteConnection c(QStringLiteral(":memory:"), SqliteConnection::Mode::ReadWriteCreate);
    SqliteStatement s = c.select(QStringLiteral("SELECT 9007199254740993, 2.5, 'd\u00e9j\u00e0', x'00ff', NULL"));
    ASSERT_TRUE(s.next());
    EXPECT_EQ(s.value(0).typeId(), QMetaType::LongLong);
    EXPECT_EQ(s.value(0).toLongLong(), 9007199254740993LL); // 2^53 + 1: not through a double
    EXPECT_EQ(s.value(1).typeId(), QMetaType::Double);
    EXPECT_EQ(s.value(1).toDouble(), 2.5);
    EXPECT_EQ(s.value(2).typeId(), QMetaType::QString);
    EXPECT_EQ(s.value(2).toString(), QString::fromUtf8("d\u00e9j\u00e0"));
    EXPECT_EQ(s.value(3).typeId(), QMetaType::QByteArray);
    EXPECT_EQ(s.value(3).toByteArray(), QByteArray("\x00\xff", 2));
    EXPECT_FALSE(s.value(4).isValid());
    EXPECT_FALSE(s.next());
    EXPECT_FALSE(s.next()) << "stepping past the end stays at the end";
}

TEST(SqliteStatement, RowsComeInOrderAndAScalarIsTheFirstValue)
{
    const SqliteConnection c(QStringLiteral(":memory:"), SqliteConnection::Mode::ReadWriteCreate);
    c.exec(QStringLiteral("CREATE TABLE t (n INTEGER, s TEXT)"));
    c.exec(QStringLiteral("INSERT INTO t VALUES (3, 'c'), (1, 'a'), (2, NULL)"));
    SqliteStatement s = c.select(QStringLiteral("SELECT n, s FROM t ORDER BY n"));
    QStringList seen;
    while (s.next())
        seen << QString::number(s.value(0).toLongLong()) + u':' + (s.value(1).isValid() ? s.value(1).toString() : QStringLiteral("null"));
    EXPECT_EQ(seen, (QStringList{QStringLiteral("1:a"), QStringLiteral("2:null"), QStringLiteral("3:c")}));
    EXPECT_EQ(c.scalar(QStringLiteral("SELECT s FROM t ORDER BY n DESC")).toString(), QStringLiteral("c"));
    EXPECT_FALSE(c.scalar(QStringLiteral("SELECT n FROM t WHERE n > 5")).isValid()) << "no row";
    EXPECT_FALSE(c.scalar(QStringLiteral("SELECT s FROM t WHERE n = 2")).isValid()) << "NULL";
}

TEST(SqliteStatement, APrepareErrorNamesTheStatementAndSQLitesReason)
{
    const SqliteConnection c(QStringLiteral(":memory:"), SqliteConnection::Mode::ReadWriteCreate);
    const StorageError selected = thrownBy([&] { c.select(QStringLiteral("SELECT x FROM missing")); });
    EXPECT_EQ(selected.code, Code::Io);
    EXPECT_EQ(selected.message, QStringLiteral("SELECT x FROM missing: no such table: missing"));
    const StorageError executed = thrownBy([&] { c.exec(QStringLiteral("SELEC 1"), QStringLiteral("reading the rates")); });
    EXPECT_EQ(executed.message, QStringLiteral("reading the rates: near \"SELEC\": syntax error"));
}

TEST(SqliteStatement, AStepErrorCarriesItsCodeAndEveryRowBeforeItStays)
{
    const SqliteConnection c(QStringLiteral(":memory:"), SqliteConnection::Mode::ReadWriteCreate);
    c.exec(QStringLiteral("CREATE TABLE t (n INTEGER CHECK (n > 0))"));
    const StorageError check = thrownBy([&] { c.exec(QStringLiteral("INSERT INTO t VALUES (-1)"), QStringLiteral("saving t")); });
    EXPECT_EQ(check.code, Code::InvalidProject);
    EXPECT_EQ(check.message, QStringLiteral("saving t: CHECK constraint failed: n > 0"));
    c.exec(QStringLiteral("INSERT INTO t VALUES (1), (2)"));
    // A value above SQLITE_LIMIT_LENGTH fails mid-way through the rows, as a
    // damaged file's would: the rows before it were read, then next() throws.
    c.exec(QStringLiteral("CREATE TABLE big (n INTEGER, s TEXT)"));
    c.exec(QStringLiteral("INSERT INTO big VALUES (1, 'ok')"));
    c.exec(QStringLiteral("INSERT INTO big VALUES (2, 'x')"));
    SqliteStatement s = c.select(QStringLiteral("SELECT n, CASE n WHEN 2 THEN zeroblob(%1) ELSE s END FROM big")
                                     .arg(SqliteConnection::kMaxValueBytes + 1));
    ASSERT_TRUE(s.next());
    EXPECT_EQ(s.value(1).toString(), QStringLiteral("ok"));
    const StorageError tooBig = thrownBy([&] { s.next(); });
    EXPECT_EQ(tooBig.code, Code::InvalidProject) << tooBig.message.toStdString(); // SQLITE_TOOBIG
    EXPECT_TRUE(tooBig.message.contains(QStringLiteral("too big"))) << tooBig.message.toStdString();
}

TEST(SqliteStatement, AFinishedOrMovedFromStatementHasNoRows)
{
    const SqliteConnection c(QStringLiteral(":memory:"), SqliteConnection::Mode::ReadWriteCreate);
    SqliteStatement s = c.select(QStringLiteral("SELECT 1 UNION ALL SELECT 2"));
    ASSERT_TRUE(s.next());
    SqliteStatement moved = std::move(s);
    EXPECT_FALSE(s.next()); // NOLINT(bugprone-use-after-move): moved-from is empty by contract
    ASSERT_TRUE(moved.next()) << "the moved-to statement continues where it was";
    EXPECT_EQ(moved.value(0).toLongLong(), 2);
    moved.finish();
    EXPECT_FALSE(moved.next());
    // A read in progress holds its table; once finished, the table can go.
    c.exec(QStringLiteral("CREATE TABLE t (n)"));
    c.exec(QStringLiteral("INSERT INTO t VALUES (1), (2)"));
    SqliteStatement open = c.select(QStringLiteral("SELECT n FROM t"));
    ASSERT_TRUE(open.next());
    const StorageError locked = thrownBy([&] { c.exec(QStringLiteral("DROP TABLE t")); });
    EXPECT_EQ(locked.code, Code::Locked) << locked.message.toStdString();
    open.finish();
    c.exec(QStringLiteral("DROP TABLE t"));
    EXPECT_EQ(c.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema")).toLongLong(), 0);
}

TEST(SqliteConnection, AWriterWaitsForAnotherConnectionsLock)
{
    StorageTestFiles files;
    const QString path = files.path(QStringLiteral("locked.sqlite"));
    const SqliteConnection first(path, SqliteConnection::Mode::ReadWriteCreate);
    first.exec(QStringLiteral("CREATE TABLE t (n INTEGER)"));
    first.exec(QStringLiteral("BEGIN IMMEDIATE"));
    first.exec(QStringLiteral("INSERT INTO t VALUES (1)"));
    const SqliteConnection second(path, SqliteConnection::Mode::ReadWriteCreate);
    // The first writer commits after 300 ms, well inside the 5 s busy timeout:
    // the second one's write waits for it instead of failing with SQLITE_BUSY.
    std::jthread committer([&first] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        first.exec(QStringLiteral("COMMIT"));
    });
    second.exec(QStringLiteral("INSERT INTO t VALUES (2)"));
    committer.join();
    EXPECT_EQ(second.scalar(QStringLiteral("SELECT group_concat(n) FROM (SELECT n FROM t ORDER BY n)")).toString(),
              QStringLiteral("1,2"));
}

TEST(SqliteConnection, AFileThatCannotBeOpenedIsRefusedWithSQLitesReason)
{
    StorageTestFiles files;
    const QString path = files.path(QStringLiteral("no/such/folder/x.sqlite"));
    const StorageError e = thrownBy([&] { SqliteConnection c(path, SqliteConnection::Mode::ReadWriteCreate); });
    EXPECT_EQ(e.code, Code::Io);
    EXPECT_EQ(e.message, QStringLiteral("cannot open '%1': unable to open database file").arg(path));
}
