#pragma once

#include <cstddef>
#include <thread>

namespace hp::cli {

/// The C library's heap set up for a short command (docs/performance.md,
/// "Page faults"). A command allocates a few megabytes (the project, the
/// engine's tables, the report), touches each page once and exits; on this
/// kind of machine (a virtual one) the first touch of a page costs 10–17 µs,
/// so that 1 500 page faults made a third of `evaluate`'s wall time.
/// prepare() grows glibc's heap once by `reserveBytes` (address space only,
/// nothing is touched), asks the kernel for transparent huge pages on it
/// (MADV_HUGEPAGE: one fault maps 2 MiB, where the system allows it; with
/// transparent huge pages disabled nothing changes), and keeps blocks of
/// up to 32 MiB on that heap, never trimmed or unmapped while the command runs
/// (a freed block is reused without faulting again). Figures are not
/// affected: this only changes where and how memory is mapped.
///
/// A no-op (false) off glibc, under a sanitizer's allocator, or when the
/// heap cannot grow by brk.
class ProcessHeap {
public:
    static constexpr std::size_t kDefaultReserve = std::size_t(64) << 20;
    /// Blocks below this stay on the heap (glibc maps larger ones on their own;
    /// 32 MiB is the most glibc accepts).
    static constexpr std::size_t kMmapThreshold = std::size_t(32) << 20;
    /// glibc's own padding of a heap growth, restored after the reserve.
    static constexpr std::size_t kDefaultTopPad = std::size_t(128) << 10;

    /// Call once, early in main(), before the command allocates. True when
    /// the heap was grown and advised.
    static bool prepare(std::size_t reserveBytes = kDefaultReserve);

    /// How much of the helper threads' arena is reserved and advised at once.
    static constexpr std::size_t kHelperReserve = std::size_t(30) << 20;

    /// Threads started from now on share one arena of their own instead of
    /// the main heap or an arena each (M_ARENA_MAX 2), prepared like the main
    /// heap: its first heap reserved at once and advised MADV_HUGEPAGE above
    /// its first 2 MiB boundary, so that a helper's megabytes fault in 2 MiB
    /// at a time, and helpers no longer queue on the main heap's lock while the
    /// main thread allocates (docs/performance.md, "Kernel entries and the
    /// helper threads' heap", item 3).
    /// An arena glibc makes for a thread is otherwise touched 4 KiB at a time
    /// (about 1 500 page faults for `evaluate`'s helpers).
    ///
    /// The arena is made by the returned probe thread, which ends at once; a
    /// thread that exits leaves its arena to the next one that allocates, so
    /// helpers started one after another all use it. For commands whose helper
    /// threads are few, short and one at a time (`evaluate`: the file's
    /// integrity check, the engine's two, the second part of the violations);
    /// not for Monte Carlo's workers, which run side by side and allocate all
    /// along. Join the probe before starting the first helper: one that
    /// allocated first would make the arena itself, unadvised (every page of
    /// it a fault). An empty thread off glibc or under a sanitizer.
    static std::jthread prepareHelperArena(std::size_t reserveBytes = kHelperReserve);
};

} // namespace hp::cli
