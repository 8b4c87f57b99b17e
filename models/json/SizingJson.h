#pragma once

#include "optimizer/CommitmentSizing.h"

#include <QJsonObject>

namespace hp {

/// JSON of `size-commitment` (docs/rules.md §12.2, docs/cli.md): `contract`,
/// `clause`, `candidates` (ascending by total, each `total`, `discount_pct`,
/// `expected_total`, `p90_total`, `p_shortfall`) and `best` (a copy of the
/// chosen candidate). Money as strings with two decimals (half-even),
/// `discount_pct` a number in percentage points, `p_shortfall` a share 0–1.
class SizingJson {
public:
    static QJsonObject result(const SizingResult &r);
    static QJsonObject candidate(const SizingCandidate &c);
};

} // namespace hp
