// The CLI's heap set-up (app/cli/ProcessHeap.h, docs/performance.md "Page
// faults"): large blocks come from the heap grown once at start-up, on memory
// advised for transparent huge pages, and a freed block stays with the
// process; helper threads share an arena of their own, prepared alike.
#include "ProcessHeap.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <thread>

#if defined(__GLIBC__) && defined(__linux__)
#include <unistd.h>
#endif

namespace {

/// The lines of /proc/self/smaps that describe the mapping holding `address`.
QList<QByteArray> mappingOf(std::uintptr_t address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> found;
    bool inside = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        if (dash > 0 && space > dash && !line.left(space).contains(':')) { // "from-to perms …"
            bool okFrom = false, okTo = false;
            const auto from = std::uintptr_t(line.left(dash).toULongLong(&okFrom, 16));
            const auto to = std::uintptr_t(line.mid(dash + 1, space - dash - 1).toULongLong(&okTo, 16));
            inside = okFrom && okTo && from <= address && address < to;
        }
        if (inside)
            found << line;
    }
    return found;
}

/// The value of one field ("THPeligible:") of a mapping's lines.
QByteArray field(const QList<QByteArray> &mapping, const QByteArray &name)
{
    for (const QByteArray &line : mapping)
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed();
    return {};
}

bool hugePagesOnRequest()
{
    QFile mode(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    return mode.open(QIODevice::ReadOnly) && !mode.readAll().contains("[never]");
}

} // namespace

TEST(ProcessHeap, LargeBlocksComeFromTheGrownHeapOnHugePageMemoryAlsoInThreadsAndStayAfterFree)
{
#if defined(__GLIBC__) && defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
    ASSERT_TRUE(hp::cli::ProcessHeap::prepare());
    const auto breakBefore = reinterpret_cast<std::uintptr_t>(sbrk(0));

    // 4 MiB is above glibc's default threshold (128 KiB, up to 32 MiB as the
    // process runs), where a block gets a mapping of its own: now it is carved
    // from the heap that prepare() grew, without moving the break.
    constexpr std::size_t kBlock = std::size_t(4) << 20;
    auto *block = static_cast<char *>(std::malloc(kBlock));
    ASSERT_NE(block, nullptr);
    std::memset(block, 1, kBlock);
    const auto address = reinterpret_cast<std::uintptr_t>(block);
    EXPECT_LT(address, breakBefore);
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(sbrk(0)), breakBefore);
    const QList<QByteArray> mapping = mappingOf(address);
    ASSERT_FALSE(mapping.isEmpty());
    EXPECT_TRUE(mapping.front().endsWith("[heap]")) << mapping.front().constData();
    if (hugePagesOnRequest()) {
        EXPECT_EQ(field(mapping, "THPeligible:"), "1") << mapping.join('\n').constData();
    }

    // Freed, it stays with the process: the heap is not trimmed.
    std::free(block);
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(sbrk(0)), breakBefore);

    // Threads started after prepareHelperArena() allocate from one arena of
    // their own, prepared by its probe: not the main heap, and its blocks on
    // memory advised for huge pages from the first 2 MiB boundary on. Two
    // threads one after the other get the same arena.
    std::jthread probe = hp::cli::ProcessHeap::prepareHelperArena();
    ASSERT_TRUE(probe.joinable());
    probe.join();
    std::uintptr_t fromThread[2] = {0, 0};
    for (std::uintptr_t &from : fromThread)
        std::thread([&from] {
            auto *b = static_cast<char *>(std::malloc(kBlock));
            std::memset(b, 2, kBlock);
            from = reinterpret_cast<std::uintptr_t>(b);
            std::free(b);
        }).join();
    constexpr std::uintptr_t kHeapMax = std::uintptr_t(64) << 20;
    constexpr std::uintptr_t kHugePage = std::uintptr_t(2) << 20;
    const std::uintptr_t helperHeap = fromThread[0] & ~(kHeapMax - 1);
    EXPECT_EQ(fromThread[1] & ~(kHeapMax - 1), helperHeap) << "the second thread took the first one's arena";
    EXPECT_GE(fromThread[0], helperHeap + kHugePage) << "blocks start above the first huge-page boundary";
    EXPECT_LT(fromThread[0] + kBlock, helperHeap + hp::cli::ProcessHeap::kHelperReserve);
    const QList<QByteArray> threadMapping = mappingOf(fromThread[0]);
    ASSERT_FALSE(threadMapping.isEmpty());
    EXPECT_FALSE(threadMapping.front().endsWith("[heap]")) << threadMapping.front().constData();
    if (hugePagesOnRequest()) {
        EXPECT_EQ(field(threadMapping, "THPeligible:"), "1") << threadMapping.join('\n').constData();
    }
#else
    EXPECT_FALSE(hp::cli::ProcessHeap::prepare());
    EXPECT_FALSE(hp::cli::ProcessHeap::prepareHelperArena().joinable());
#endif
}
