#pragma once

namespace hp {

struct Project;
class SqliteConnection;

/// Reads a whole Project from a file of the current schema version. Every
/// value is checked (the file may come from anyone); a bad one throws
/// StorageException (Corrupt) naming table, row and column.
class ProjectReader {
public:
    static Project read(const SqliteConnection &connection);
};

} // namespace hp
