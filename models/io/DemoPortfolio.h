#pragma once

#include "domain/Project.h"

namespace hp {

/// The built-in demo "Frontier lab, 2026 pivot" (DOMAIN.md §8), read from the
/// canonical CSVs compiled in as resources under :/demo.
class DemoPortfolio {
public:
    static Project load();
};

} // namespace hp
