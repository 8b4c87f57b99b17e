// Hostile input: the reader must never crash, whatever the bytes, and whatever
// it accepts must survive a write/read round trip unchanged.
#include "CanonicalTestSupport.h"

#include "canonical/CanonicalCsvWriter.h"
#include "canonical/DemoPortfolio.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using hp::CanonicalCsvReader;
using hp::CanonicalCsvWriter;
using namespace hp::test;

namespace {

/// One random edit of the kind a hand-edited or damaged file shows.
QByteArray mutate(QByteArray bytes, QRandomGenerator &rng)
{
    static const QByteArray pieces[] = {",", "\"", "\n", "\r\n", "\r", "%", "-", "0", "9", ".", "|", " ", "yes", "all",
                                        "2026-13", "2026-02-30", "\xEF\xBB\xBF", "\xC3", "\xE9", "99999999999999999999999",
                                        "1e3", "(1,200.00)", "\"\"", "Status quo", "cloud_a", "k"};
    if (bytes.isEmpty())
        return pieces[rng.bounded(int(std::size(pieces)))];
    const int at = int(rng.bounded(int(bytes.size())));
    switch (rng.bounded(6)) {
    case 0: // replace a byte
        bytes[at] = char(rng.bounded(256));
        break;
    case 1: // insert a meaningful piece
        bytes.insert(at, pieces[rng.bounded(int(std::size(pieces)))]);
        break;
    case 2: // delete a range
        bytes.remove(at, int(rng.bounded(1, 20)));
        break;
    case 3: { // duplicate a line
        const int start = int(bytes.lastIndexOf('\n', at)) + 1;
        const int end = int(bytes.indexOf('\n', at));
        if (end > start)
            bytes.insert(end + 1, bytes.mid(start, end - start + 1));
        break;
    }
    case 4: // truncate
        bytes.truncate(at);
        break;
    default: // swap two bytes
        std::swap(bytes[at], bytes[int(rng.bounded(int(bytes.size())))]);
        break;
    }
    return bytes;
}

} // namespace

TEST(CanonicalCsvFuzz, MutatedDemoFilesNeverCrashAndWhatReadsRoundTrips)
{
    const Files demo = CanonicalCsvWriter::toFiles(hp::DemoPortfolio::load());
    std::vector<QString> names;
    for (const auto &[name, bytes] : demo)
        names.push_back(name);
    QRandomGenerator rng(8563);
    int accepted = 0, rejected = 0;
    for (int trial = 0; trial < 1500; ++trial) {
        Files files = demo;
        const int edits = int(rng.bounded(1, 4));
        for (int e = 0; e < edits; ++e) {
            const QString &name = names[rng.bounded(int(names.size()))];
            files[name] = mutate(files[name], rng);
        }
        const auto r = CanonicalCsvReader::readFiles(files);
        for (const auto &error : r.errors) {
            ASSERT_FALSE(error.file.isEmpty());
            ASSERT_FALSE(error.reason.isEmpty());
            ASSERT_GE(error.line, 0);
            ASSERT_GE(error.column, 0);
        }
        if (!r.ok()) {
            ++rejected;
            continue;
        }
        ++accepted;
        const auto again = CanonicalCsvReader::readFiles(CanonicalCsvWriter::toFiles(r.project));
        ASSERT_TRUE(again.ok()) << "trial " << trial << "\n" << dump(again);
        ASSERT_TRUE(again.project == r.project) << "trial " << trial;
    }
    // Both paths were exercised (the numbers depend only on the fixed seed).
    EXPECT_GT(accepted, 100);
    EXPECT_GT(rejected, 100);
}

TEST(CanonicalCsvFuzz, RandomBytesInEveryFileNeverCrash)
{
    QRandomGenerator rng(4180);
    for (int trial = 0; trial < 300; ++trial) {
        Files files;
        for (const char *name : {"providers.csv", "commitments.csv", "placements.csv", "scenarios.csv", "contracts.csv"}) {
            QByteArray bytes;
            const int n = int(rng.bounded(200));
            for (int i = 0; i < n; ++i)
                bytes += char(rng.bounded(256));
            files[S(name)] = bytes;
        }
        const auto r = CanonicalCsvReader::readFiles(files);
        EXPECT_FALSE(r.ok()); // random bytes never make a valid header
    }
}
