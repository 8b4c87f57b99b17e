#pragma once

#include "domain/Project.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace hp {

class SqliteConnection;

/// A project as the rows of the .hedgeplan file's tables, every value as text
/// (NULL as nullopt): the form in which a project travels to and from
/// PostgreSQL. Both directions go through an in-memory SQLite database and the
/// file's own ProjectWriter and ProjectReader, so the PostgreSQL project shares
/// the file's schema description, representation and read checks: a project
/// read from a database is checked exactly like one read from a file.
class ProjectTables {
public:
    enum class Type { Integer, Real, Text };

    struct Table {
        QString name;
        QStringList columns;
        std::vector<Type> types;
        std::vector<int> key; ///< indexes of the primary-key columns
        std::vector<std::vector<std::optional<QString>>> rows; ///< ordered by the key

        /// The key of row `r` as one string (for maps), values joined by U+001F.
        QString keyOf(std::size_t r) const;
        /// A readable name of row `r` for messages: "providers 'cloud-a'" style.
        QString describe(std::size_t r) const;
    };

    /// The tables of the current file schema, without rows, parents before children.
    static const std::vector<Table> &shapes();

    /// Every row of `project`, written by ProjectWriter (its checks apply:
    /// throws StorageException InvalidProject naming the row).
    static std::vector<Table> fromProject(const Project &project);
    /// The project held by `tables` (same shapes), read back by ProjectReader
    /// with all its checks (throws StorageException Corrupt naming table, row, column).
    static Project toProject(const std::vector<Table> &tables);

    /// A fresh in-memory database holding the file's empty schema (a copy of one
    /// serialized image, built once).
    static std::unique_ptr<SqliteConnection> memoryProject();
};

} // namespace hp
