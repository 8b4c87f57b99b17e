#include "KeptSelection.h"

#include <algorithm>

namespace hp {

int KeptSelection::row(const QStringList &before, const QStringList &after, int row)
{
    if (after.isEmpty())
        return -1;
    if (row >= 0 && row < before.size()) {
        if (row < after.size() && after[row] == before[row])
            return row;
        const qsizetype same = after.indexOf(before[row]);
        if (same >= 0)
            return int(same);
    }
    return std::clamp(row, 0, int(after.size()) - 1);
}

} // namespace hp
