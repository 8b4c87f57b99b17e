#pragma once

#include <vector>

namespace hp {

struct Contract;
class SqliteConnection;

/// Reads contracts and all their clauses, in their stored order.
class ContractReader {
public:
    static std::vector<Contract> read(const SqliteConnection &connection);
};

} // namespace hp
