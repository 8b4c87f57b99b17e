#pragma once

#include <QString>

#include <functional>
#include <initializer_list>

namespace hp {

struct Project;
class SqliteConnection;

/// Inserts every field of a Project into the empty tables of a freshly created
/// file (the caller holds the transaction). Order is kept in `position`
/// columns; a row that breaks a CHECK or foreign key throws StorageException
/// (InvalidProject) naming the row.
///
/// The tables are written one after the other, in an order that follows the
/// file's (parents first) except that the commitment tables, the largest in an
/// imported register, come last: `written` is told each table's name once it
/// holds all its rows, so that a PostgreSQL save can send a table while the
/// next ones are written (PgSavePipeline; docs/storage.md).
class ProjectWriter {
public:
    using TableWritten = std::function<void(const QString &table)>;
    static void write(const SqliteConnection &connection, const Project &project, const TableWritten &written = {});
    /// Tells `written` (when set) that these tables are complete.
    static void tell(const TableWritten &written, std::initializer_list<const char *> tables);
};

} // namespace hp
