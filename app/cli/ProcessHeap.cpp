#include "ProcessHeap.h"

#include <cstdint>
#include <cstdlib>

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#define HP_PROCESS_HEAP_GLIBC 1
#endif

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define HP_PROCESS_HEAP_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define HP_PROCESS_HEAP_SANITIZED 1
#endif
#endif

namespace hp::cli {

#if defined(HP_PROCESS_HEAP_GLIBC) && !defined(HP_PROCESS_HEAP_SANITIZED)
namespace {
/// The block below the first huge-page boundary, kept until exit (volatile:
/// a block whose pointer is never read could be left out by the compiler).
void *volatile s_filler = nullptr;
/// The same below the helper threads' arena's first boundary.
void *volatile s_helperFiller = nullptr;
constexpr std::uintptr_t kHugePage = std::uintptr_t(2) << 20;
/// glibc's HEAP_MAX_SIZE on 64-bit systems (2 × the largest mmap threshold):
/// a thread arena's heap is aligned to it.
constexpr std::uintptr_t kThreadHeapMax = std::uintptr_t(64) << 20;
} // namespace
#endif

bool ProcessHeap::prepare(std::size_t reserveBytes)
{
#if defined(HP_PROCESS_HEAP_GLIBC) && !defined(HP_PROCESS_HEAP_SANITIZED)
    // Freed memory stays with the process (no trim of the heap's top, no
    // munmap of a large block), and large blocks come from the heap too.
    // (glibc accepts a threshold of up to 32 MiB on 64-bit systems.)
    if (mallopt(M_MMAP_THRESHOLD, int(kMmapThreshold)) != 1 || mallopt(M_TRIM_THRESHOLD, int(4 * kMmapThreshold)) != 1)
        return false;
    // The next growth of the heap takes the whole reserve at once: a block
    // larger than what is left at its top makes glibc move the break by the
    // block plus the pad. Only the block's header is written.
    if (mallopt(M_TOP_PAD, int(reserveBytes)) != 1)
        return false;
    constexpr std::size_t kProbe = std::size_t(1) << 20;
    void *volatile probe = std::malloc(kProbe);
    if (!probe)
        return false;
    const auto first = reinterpret_cast<std::uintptr_t>(probe);
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    std::free(probe); // back to the heap's top, kept (trim threshold)
    mallopt(M_TOP_PAD, int(kDefaultTopPad));
    if (first >= end || end - first < reserveBytes / 2)
        return false; // the block was not carved from the brk heap (mmap fallback)
    // A huge page needs a whole aligned 2 MiB range that no 4 KiB page of it
    // was touched before: what the heap hands out next starts at the first
    // boundary above the probe's end (where glibc wrote the heap top's header).
    // The bytes below it are held by a block that is never touched nor freed
    // (address space only).
    constexpr std::uintptr_t kChunkHeader = 2 * sizeof(std::size_t);
    const std::uintptr_t boundary = (first + kProbe + 4 * kChunkHeader + kHugePage - 1) & ~(kHugePage - 1);
    if (boundary - first > 4 * kChunkHeader)
        s_filler = std::malloc(boundary - first - kChunkHeader);
    const std::uintptr_t page = std::uintptr_t(sysconf(_SC_PAGESIZE));
    const std::uintptr_t from = (boundary - kChunkHeader) & ~(page - 1);
    return madvise(reinterpret_cast<void *>(from), end - from, MADV_HUGEPAGE) == 0;
#else
    (void)reserveBytes;
    return false;
#endif
}

std::jthread ProcessHeap::prepareHelperArena(std::size_t reserveBytes)
{
#if defined(HP_PROCESS_HEAP_GLIBC) && !defined(HP_PROCESS_HEAP_SANITIZED)
    // The main thread's heap and one more: every helper thread takes the one
    // more from glibc's list of free arenas when it first allocates.
    if (mallopt(M_ARENA_MAX, 2) != 1)
        return {};
    // The new arena's first heap takes the reserve at once as its top pad (the
    // pad in force when the probe's first allocation creates it).
    if (mallopt(M_TOP_PAD, int(reserveBytes)) != 1)
        return {};
    return std::jthread([reserveBytes] {
        void *const first = std::malloc(64); // creates the arena: its header, then this block
        mallopt(M_TOP_PAD, int(kDefaultTopPad));
        if (!first)
            return;
        // An arena's heap starts at a multiple of its largest size (64 MiB),
        // with the arena's header; the main heap is below the break.
        const auto at = reinterpret_cast<std::uintptr_t>(first);
        const std::uintptr_t heap = at & ~(kThreadHeapMax - 1);
        const bool ownHeap = at - heap < (std::uintptr_t(64) << 10) && heap >= reinterpret_cast<std::uintptr_t>(sbrk(0));
        if (ownHeap && madvise(reinterpret_cast<void *>(heap + kHugePage), reserveBytes - kHugePage, MADV_HUGEPAGE) == 0) {
            // As for the main heap: what the arena hands out next starts at
            // the first huge-page boundary, whose 2 MiB range no 4 KiB page
            // of the header took; a block never touched holds the bytes below.
            constexpr std::uintptr_t kChunkHeader = 2 * sizeof(std::size_t);
            s_helperFiller = std::malloc(heap + kHugePage - at - 4 * kChunkHeader);
        }
        std::free(first);
    });
#else
    (void)reserveBytes;
    return {};
#endif
}

} // namespace hp::cli
