#pragma once

#include <vector>

namespace hp {

struct Contract;
class SqliteConnection;

/// Inserts contracts with all their clauses (commitments with their years and
/// eligible classes, revenue shares, exclusivities, classifications, dated
/// clauses), keeping the order of every clause list.
class ContractWriter {
public:
    static void write(const SqliteConnection &connection, const std::vector<Contract> &contracts);
};

} // namespace hp
