#pragma once

#include "storage/ProjectTables.h"

#include <memory>

namespace hp {

class SqliteConnection;

/// A project written by ProjectWriter into an in-memory copy of the file's
/// schema (every CHECK and foreign key of the file applies; the constructor
/// throws StorageException InvalidProject naming the row), its tables then read
/// back one at a time, as ProjectTables rows. It holds an SQLite connection:
/// create, use and destroy it on one thread (PgSavePipeline runs it on its own).
class WrittenProject {
public:
    explicit WrittenProject(const Project &project);
    ~WrittenProject();
    WrittenProject(const WrittenProject &) = delete;
    WrittenProject &operator=(const WrittenProject &) = delete;

    /// ProjectTables::shapes()[t] with its rows, ordered by the key.
    ProjectTables::Table table(std::size_t t) const;

private:
    std::unique_ptr<SqliteConnection> m_c;
};

} // namespace hp
