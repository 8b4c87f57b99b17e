#pragma once

#include "domain/Project.h"

namespace hp::test {

/// Hand-built projects for the storage tests, the crash helper and the benchmark.
class StorageTestProject {
public:
    /// Every field of hp::Project set, most with awkward values: unicode and
    /// quotes in texts, 9-digit fractions, negative and huge decimals, empty
    /// and full class sets, unset optionals next to set ones, clause lists out
    /// of sorted order, a child scenario listed before its parent.
    static Project full();
    /// `p` without what schema version 1 cannot hold (regions, jurisdictions,
    /// capacity, residency, settlements, settle_disputes, capacity ranges, tiers):
    /// what the v1 fixture, written from full() by a version-1 build, reads as.
    static Project version1(Project p);
    /// `p` without what schema version 2 cannot hold (commitment tiers): what
    /// the v2 fixture, written from full() by a version-2 build, reads as.
    static Project version2(Project p);
    /// full() varied by `n` (title, figures, number of actual rows) — the
    /// states the crash test saves one after another.
    static Project numbered(int n);
    /// A small project with `actualRows` actual cost rows (the benchmark).
    static Project withActuals(int actualRows);
};

} // namespace hp::test
