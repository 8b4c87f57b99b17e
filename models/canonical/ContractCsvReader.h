#pragma once

namespace hp {

class CanonicalReadContext;

/// Reads contracts.csv and its clause files (commitments, revenue_share,
/// exclusivity, classification, other_clauses) into the context's project.
class ContractCsvReader {
public:
    static void read(CanonicalReadContext &ctx);
};

} // namespace hp
