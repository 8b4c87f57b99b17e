#pragma once

namespace hp {

class CanonicalReadContext;

/// Reads scenarios.csv, placements.csv and uncertainty.csv into the context's project.
class ScenarioCsvReader {
public:
    static void read(CanonicalReadContext &ctx);
};

} // namespace hp
