#pragma once

#include "postgres/PgSnapshot.h"

#include <QJsonValue>

namespace hp {

class PgConnection;

/// Moves ProjectTables rows between PostgreSQL and memory for one project
/// (table names qualified with the schema, `project_id` added).
class PgTableIo {
public:
    /// Reads every table of project `projectId` (in the caller's transaction).
    static PgSnapshot read(const PgConnection &c, qint64 projectId);
    /// Writes all rows of `tables` for `projectId` with COPY (the project's tables must be empty).
    static void copy(const PgConnection &c, qint64 projectId, const std::vector<ProjectTables::Table> &tables);
    /// The same for one table: all its rows, or those `rows` names (indexes into table.rows).
    static void copyTable(const PgConnection &c, qint64 projectId, const ProjectTables::Table &table,
                          const std::vector<std::size_t> *rows = nullptr);
    /// About this many bytes of COPY text go to the server at a time.
    static constexpr qsizetype kCopyPiece = 1 << 20;
    /// Appends rows `from`… of `table` (all its rows, or those `rows` names) in COPY's text format
    /// (project_id first) to `data` until it holds kCopyPiece bytes; returns the index of the next row.
    /// Needs no connection: PgSavePipeline encodes on its own thread.
    static std::size_t appendCopyRows(QByteArray &data, const QByteArray &projectId, const ProjectTables::Table &table,
                                      const std::vector<std::size_t> *rows, std::size_t from);
    /// COPY of rows encoded by appendCopyRows (nothing when `pieces` is empty).
    static void copyPieces(const PgConnection &c, const ProjectTables::Table &table, const std::vector<QByteArray> &pieces);
    /// Deletes every row of the project (its projects row stays).
    static void clear(const PgConnection &c, qint64 projectId);
    /// Throws ReadOnly unless the role may insert, update and delete in every table.
    static void checkWritable(const PgConnection &c);
    static bool writable(const PgConnection &c);

    /// `table` qualified: hedgeplan.table.
    static QString qualified(const QString &table);
    /// The change log's row key of row `r`: its key column's value, or an object of its key columns.
    static QJsonValue rowKey(const ProjectTables::Table &table, std::size_t r);
    /// "who at when" of the last logged change of a row, or an empty string.
    static QString lastChange(const PgConnection &c, qint64 projectId, const QString &table, const QJsonValue &key);
};

} // namespace hp
