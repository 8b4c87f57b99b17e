#pragma once

#include <QStringList>

namespace hp {

/// Where a selection goes when the list under it is replaced (a rename, an
/// undo, an import): to the entry with the same key when it is still there
/// (at the same position first, as keys may repeat); else, when the list
/// kept its length (a rename), to the same position; else to the nearest
/// position that exists (-1: the list is empty). The views keep their
/// current scenario, row and workload this way.
class KeptSelection {
public:
    static int row(const QStringList &before, const QStringList &after, int row);
};

} // namespace hp
