#pragma once

namespace hp {

struct Project;
class SqliteConnection;

/// Inserts every field of a Project into the empty tables of a freshly created
/// file (the caller holds the transaction). Order is kept in `position`
/// columns; a row that breaks a CHECK or foreign key throws StorageException
/// (InvalidProject) naming the row.
class ProjectWriter {
public:
    static void write(const SqliteConnection &connection, const Project &project);
};

} // namespace hp
