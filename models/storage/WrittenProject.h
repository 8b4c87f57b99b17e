#pragma once

#include "storage/ProjectTables.h"
#include "storage/ProjectWriter.h"

#include <memory>

namespace hp {

class SqliteConnection;

/// A project written by ProjectWriter into an in-memory copy of the file's
/// schema (every CHECK and foreign key of the file applies; write() throws
/// StorageException InvalidProject naming the row), its tables read back one
/// at a time, as ProjectTables rows: once written, or as soon as ProjectWriter
/// tells that a table is complete. It holds an SQLite connection: create, use
/// and destroy it on one thread (PgSavePipeline runs it on its own).
class WrittenProject {
public:
    /// The empty schema, nothing written yet.
    WrittenProject();
    /// Writes `project` in one transaction; `written` is told each table once
    /// it holds all its rows (it may read it back with table()).
    void write(const Project &project, const ProjectWriter::TableWritten &written = {});
    ~WrittenProject();
    WrittenProject(const WrittenProject &) = delete;
    WrittenProject &operator=(const WrittenProject &) = delete;

    /// ProjectTables::shapes()[t] with its rows, ordered by the key.
    ProjectTables::Table table(std::size_t t) const;

private:
    std::unique_ptr<SqliteConnection> m_c;
};

} // namespace hp
