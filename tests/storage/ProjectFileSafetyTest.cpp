// Files that are not (or no longer) sound Hedgeplan projects are refused with
// a clear error and never crash the program (docs/storage.md "Opening a file").

#include "StorageRefusal.h"
#include "StorageTestFiles.h"
#include "StorageTestProject.h"
#include "storage/ProjectFile.h"
#include "storage/SqliteConnection.h"

#include <QFile>

#include <gtest/gtest.h>

#include <random>

using namespace hp;
using namespace hp::test;
using Code = StorageError::Code;

namespace {

QString savedFull(StorageTestFiles &files, const QString &name = QStringLiteral("p.hedgeplan"))
{
    return files.save(StorageTestProject::full(), name);
}

} // namespace

TEST(ProjectFileSafety, MissingFile)
{
    StorageTestFiles files;
    EXPECT_EQ(refusal(files.path(QStringLiteral("none.hedgeplan"))).code, Code::NotFound);
}

TEST(ProjectFileSafety, EmptyAndTextFilesAreNotProjects)
{
    StorageTestFiles files;
    const QString empty = files.path(QStringLiteral("empty.hedgeplan"));
    StorageTestFiles::write(empty, {});
    const StorageError e1 = refusal(empty);
    EXPECT_EQ(e1.code, Code::NotAProject);
    EXPECT_TRUE(e1.message.contains(QStringLiteral("empty")));

    const QString text = files.path(QStringLiteral("notes.hedgeplan"));
    StorageTestFiles::write(text, "id,name,kind\ncloud-a,Cloud A,cloud\n");
    const StorageError e2 = refusal(text);
    EXPECT_EQ(e2.code, Code::NotAProject);
    EXPECT_TRUE(e2.message.contains(QStringLiteral("not an SQLite database"))) << e2.message.toStdString();
}

TEST(ProjectFileSafety, AnotherApplicationsSqliteDatabaseIsNotAProject)
{
    StorageTestFiles files;
    const QString path = files.path(QStringLiteral("other.sqlite"));
    StorageTestFiles::rawExec(path, {QStringLiteral("CREATE TABLE providers (id TEXT)"),
                                     QStringLiteral("INSERT INTO providers VALUES ('x')")});
    const StorageError e = refusal(path);
    EXPECT_EQ(e.code, Code::NotAProject);
    EXPECT_TRUE(e.message.contains(QStringLiteral("not a Hedgeplan project"))) << e.message.toStdString();
}

TEST(ProjectFileSafety, PlantedTriggerIsRefusedAndNeverRuns)
{
    StorageTestFiles files;
    const QString path = savedFull(files);
    StorageTestFiles::rawExec(path, {QStringLiteral("CREATE TABLE stolen (t TEXT)"),
                                     QStringLiteral("CREATE TRIGGER evil AFTER UPDATE ON providers BEGIN "
                                                    "INSERT INTO stolen SELECT notes FROM contracts; END")});
    const QByteArray before = StorageTestFiles::read(path);
    const StorageError e = refusal(path);
    EXPECT_EQ(e.code, Code::Unsafe);
    EXPECT_TRUE(e.message.contains(QStringLiteral("trigger 'evil'"))) << e.message.toStdString();
    EXPECT_EQ(StorageTestFiles::read(path), before);
}

TEST(ProjectFileSafety, PlantedViewIsRefused)
{
    StorageTestFiles files;
    const QString path = savedFull(files);
    StorageTestFiles::rawExec(path, {QStringLiteral("CREATE VIEW peek AS SELECT * FROM contracts")});
    const StorageError e = refusal(path);
    EXPECT_EQ(e.code, Code::Unsafe);
    EXPECT_TRUE(e.message.contains(QStringLiteral("view 'peek'"))) << e.message.toStdString();
}

TEST(ProjectFileSafety, ForeignOrAlteredSchemaObjectsAreRefused)
{
    StorageTestFiles files;
    const QString extra = savedFull(files, QStringLiteral("extra.hedgeplan"));
    StorageTestFiles::rawExec(extra, {QStringLiteral("CREATE TABLE payload (b BLOB)")});
    const StorageError e1 = refusal(extra);
    EXPECT_EQ(e1.code, Code::Unsafe);
    EXPECT_TRUE(e1.message.contains(QStringLiteral("table 'payload'"))) << e1.message.toStdString();

    // The same table name, but without its CHECK constraints.
    const QString altered = savedFull(files, QStringLiteral("altered.hedgeplan"));
    StorageTestFiles::rawExec(altered, {QStringLiteral("DROP TABLE exchange_rates"),
                                        QStringLiteral("CREATE TABLE exchange_rates (currency TEXT PRIMARY KEY, rate TEXT)")});
    const StorageError e2 = refusal(altered);
    EXPECT_EQ(e2.code, Code::Unsafe);
    EXPECT_TRUE(e2.message.contains(QStringLiteral("table 'exchange_rates' differs"))) << e2.message.toStdString();

    const QString missing = savedFull(files, QStringLiteral("missing.hedgeplan"));
    StorageTestFiles::rawExec(missing, {QStringLiteral("DROP TABLE dated_clauses")});
    const StorageError e3 = refusal(missing);
    EXPECT_EQ(e3.code, Code::Corrupt);
    EXPECT_TRUE(e3.message.contains(QStringLiteral("table 'dated_clauses' is missing"))) << e3.message.toStdString();
}

TEST(ProjectFileSafety, ValuesThatBypassedTheChecksAreRefused)
{
    // Another tool can write rows while ignoring CHECK constraints; the reader checks every value.
    StorageTestFiles files;
    const QString path = savedFull(files);
    StorageTestFiles::rawExec(path, {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                                     QStringLiteral("UPDATE offerings SET unit_price = '12abc' WHERE id = 'b-trn2'")});
    const StorageError e = refusal(path);
    EXPECT_EQ(e.code, Code::Corrupt);
    EXPECT_TRUE(e.message.contains(QStringLiteral("table offerings, row 2, column unit_price"))) << e.message.toStdString();

    const QString kind = savedFull(files, QStringLiteral("kind.hedgeplan"));
    StorageTestFiles::rawExec(kind, {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                                     QStringLiteral("UPDATE providers SET kind = 'bank' WHERE id = 'cloud-b'")});
    const StorageError e2 = refusal(kind);
    EXPECT_EQ(e2.code, Code::Corrupt);
    EXPECT_TRUE(e2.message.contains(QStringLiteral("'bank' is not a known value"))) << e2.message.toStdString();
}

TEST(ProjectFileSafety, RowsWithMissingParentsAreRefused)
{
    StorageTestFiles files;
    const QString path = savedFull(files);
    StorageTestFiles::rawExec(path, {QStringLiteral("PRAGMA foreign_keys = OFF"),
                                     QStringLiteral("DELETE FROM workloads WHERE id = 'w2'")});
    const StorageError e = refusal(path);
    EXPECT_EQ(e.code, Code::Corrupt);
    EXPECT_TRUE(e.message.contains(QStringLiteral("refers to a missing row of table workloads"))) << e.message.toStdString();
}

TEST(ProjectFileSafety, ValuesAboveTheSizeLimitAreRefusedNotTruncated)
{
    StorageTestFiles files;
    const QString path = savedFull(files);
    // 9 MiB of text, written by a tool without Hedgeplan's limit.
    StorageTestFiles::rawExec(path, {QStringLiteral("UPDATE contracts SET notes = printf('%.*c', 9437184, 'x') "
                                                    "WHERE id = 'c-b'")});
    const StorageError e = refusal(path);
    EXPECT_EQ(e.code, Code::Corrupt);
    EXPECT_TRUE(e.message.contains(QStringLiteral("too big"))) << e.message.toStdString();
}

TEST(ProjectFileSafety, TruncatedCopiesAreRefused)
{
    // Even a cut of the last byte: SQLite would read the missing end as zeros
    // (here the 'D' of an actual's "USD"), so the size is checked against
    // the page count in the header.
    StorageTestFiles files;
    const QString path = savedFull(files);
    const QByteArray whole = StorageTestFiles::read(path);
    ASSERT_GT(whole.size(), 3 * 4096);
    const QString copy = files.path(QStringLiteral("cut.hedgeplan"));
    for (qsizetype at : {qsizetype(1), qsizetype(15), qsizetype(16), qsizetype(99), qsizetype(100), qsizetype(1000),
                         qsizetype(4096), qsizetype(4097), qsizetype(2 * 4096), whole.size() / 2,
                         whole.size() - 4096, whole.size() - 1}) {
        SCOPED_TRACE(at);
        StorageTestFiles::write(copy, whole.left(at));
        const StorageError e = refusal(copy);
        EXPECT_TRUE(e.code == Code::Corrupt || e.code == Code::NotAProject) << e.message.toStdString();
    }
}

TEST(ProjectFileSafety, FlippedBytesNeverCrashAndDamageIsReported)
{
    StorageTestFiles files;
    const Project original = StorageTestProject::full();
    const QString path = files.save(original, QStringLiteral("p.hedgeplan"));
    const QByteArray whole = StorageTestFiles::read(path);
    const QString copy = files.path(QStringLiteral("flipped.hedgeplan"));
    std::mt19937 random(20260401); // fixed: the same flips on every run
    std::uniform_int_distribution<qsizetype> offset(0, whole.size() - 1);
    std::uniform_int_distribution<int> mask(1, 255);
    // HEDGEPLAN_LONG_TESTS=1: 20,000 copies, each with 1 to 8 flipped bytes.
    const bool long_ = qEnvironmentVariableIntValue("HEDGEPLAN_LONG_TESTS") > 0;
    const int copies = long_ ? 20000 : 300;
    std::uniform_int_distribution<int> flipsPerCopy(1, long_ ? 8 : 1);
    int refused = 0, equal = 0, changed = 0;
    for (int i = 0; i < copies; ++i) {
        QByteArray bytes = whole;
        for (int f = flipsPerCopy(random); f > 0; --f) {
            // Every 10th flip hits the 100-byte header or the schema page.
            const qsizetype at = i % 10 == 0 ? qsizetype(i / 10 % 2 ? i % 100 : 100 + (i * 37 + f) % 3996) : offset(random);
            bytes[at] = char(bytes[at] ^ mask(random));
        }
        StorageTestFiles::write(copy, bytes);
        StorageError error;
        const auto loaded = StorageTestFiles::load(copy, &error);
        if (!loaded) {
            ++refused;
            EXPECT_FALSE(error.message.isEmpty());
            EXPECT_NE(error.code, StorageError::Code::None);
        } else if (*loaded == original) {
            ++equal; // the flip hit free space or a byte SQLite ignores
        } else {
            ++changed; // SQLite has no checksums: a flipped character inside a text still reads
        }
    }
    std::printf("byte flips: %d refused, %d read unchanged, %d read with a changed value\n", refused, equal, changed);
    EXPECT_GT(refused, 0);
}

TEST(ProjectFileSafety, DigitsAndMonthsOutsideAsciiAreRefusedLikeOtherText)
{
    // The reader parses ASCII decimals and months from SQLite's UTF-8 bytes
    // and anything else through the UTF-16 text, as before: full-width digits
    // are still not a decimal, nor a month, with the same messages.
    StorageTestFiles files;
    const QString price = savedFull(files);
    StorageTestFiles::rawExec(price, {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                                      QStringLiteral("UPDATE offerings SET unit_price = '\uFF11\uFF12' WHERE id = 'b-trn2'")});
    const StorageError e = refusal(price);
    EXPECT_EQ(e.code, Code::Corrupt);
    EXPECT_TRUE(e.message.contains(QStringLiteral("table offerings, row 2, column unit_price"))) << e.message.toStdString();

    const QString month = savedFull(files, QStringLiteral("month.hedgeplan"));
    StorageTestFiles::rawExec(month, {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                                      QStringLiteral("UPDATE placements SET from_month = '2026-0\uFF11'")});
    const StorageError e2 = refusal(month);
    EXPECT_EQ(e2.code, Code::Corrupt);
    EXPECT_TRUE(e2.message.contains(QStringLiteral("'2026-0\uFF11' is not a month YYYY-MM"))) << e2.message.toStdString();
}

namespace {

/// Makes the workloads' id index say "w0" where the table says "w1": damage
/// only integrity_check sees (every row still reads).
void damageTheWorkloadIndex(const QString &path)
{
    const int root = StorageTestFiles::rawScalar(path, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE "
                                                                      "name = 'sqlite_autoindex_workloads_1'"))
                         .toInt();
    const int pageSize = StorageTestFiles::rawScalar(path, QStringLiteral("PRAGMA page_size")).toInt();
    ASSERT_GT(root, 1);
    QByteArray bytes = StorageTestFiles::read(path);
    const qsizetype page = qsizetype(root - 1) * pageSize;
    // The index cell of "w1": a header of 3 bytes (its size, 17 for a text of
    // 2 bytes, the rowid's type), then the text.
    qsizetype at = page;
    while ((at = bytes.indexOf("w1", at + 1)) > 0 && at < page + pageSize)
        if (bytes[at - 3] == '\x03' && bytes[at - 2] == '\x11')
            break;
    ASSERT_TRUE(at > page && at < page + pageSize);
    bytes[at + 1] = '0';
    StorageTestFiles::write(path, bytes);
}

} // namespace

TEST(ProjectFileSafety, AnIndexThatDisagreesWithItsTableIsRefusedThoughEveryRowReads)
{
    // integrity_check runs on a second connection beside the read (docs/storage.md,
    // "Opening a file", step 6): damage only it sees still refuses the file.
    StorageTestFiles files;
    const QString path = savedFull(files);
    damageTheWorkloadIndex(path);

    const StorageError e = refusal(path);
    EXPECT_EQ(e.code, Code::Corrupt);
    EXPECT_TRUE(e.message.contains(QStringLiteral("integrity_check"))) << e.message.toStdString();
}

TEST(ProjectFileSafety, AForeignSchemaIsReportedBeforeDamage)
{
    // The check's connection opens beside the schema's verification, but the
    // checks run only on a schema found to be Hedgeplan's: a file with both a
    // planted trigger and a damaged index is refused for the trigger.
    StorageTestFiles files;
    const QString path = savedFull(files);
    damageTheWorkloadIndex(path);
    StorageTestFiles::rawExec(path, {QStringLiteral("CREATE TRIGGER planted AFTER INSERT ON providers BEGIN "
                                                    "DELETE FROM contracts; END")});

    const StorageError e = refusal(path);
    EXPECT_EQ(e.code, Code::Unsafe) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("trigger 'planted'"))) << e.message.toStdString();
}
