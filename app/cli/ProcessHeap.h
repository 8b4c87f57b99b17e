#pragma once

#include <cstddef>

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

    /// Threads started from now on allocate from the same heap as the main
    /// thread (M_ARENA_MAX 1) instead of an arena of their own, whose pages
    /// fault in one by one. For commands whose threads are few and short:
    /// `evaluate` checks the file's integrity and writes half of the
    /// violations on a second thread (about 1 000 page faults in arenas of
    /// their own). Not for commands whose threads allocate all along (Monte
    /// Carlo's workers would queue on the one heap's lock).
    static bool shareWithThreads();
};

} // namespace hp::cli
