#pragma once

#include "storage/ProjectWriter.h"

#include <vector>

namespace hp {

struct Contract;
class SqliteConnection;

/// Inserts contracts with all their clauses, keeping the order of every clause
/// list, in two parts (ProjectWriter writes the commitments last): the
/// contracts and the described clause kinds (revenue shares, exclusivities,
/// classifications, dated clauses), then the commitments with their eligible
/// classes, years and tiers. `written` is told each table once it is complete.
class ContractWriter {
public:
    static void write(const SqliteConnection &connection, const std::vector<Contract> &contracts,
                      const ProjectWriter::TableWritten &written);
    static void writeCommitments(const SqliteConnection &connection, const std::vector<Contract> &contracts,
                                 const ProjectWriter::TableWritten &written);
};

} // namespace hp
