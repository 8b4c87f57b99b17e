#pragma once

#include "domain/Project.h"
#include "postgres/PgSnapshot.h"

#include <QString>

namespace hp::cli {

/// The PROJECT an import reads and writes back: a `.hedgeplan` file, a folder
/// of canonical CSVs or a project in PostgreSQL. A database project is written
/// back with what changed in one transaction, refusing rows someone else
/// changed since it was read (PgProjectStore::save); a failed write changes nothing.
class ProjectTarget {
public:
    /// Reads PROJECT; a missing file, folder or database project is a new,
    /// empty project (*isNew). False with *error when it cannot be read
    /// (a missing database, a server that cannot be reached, a bad URI).
    bool open(const QString &project, Project *out, bool *isNew, QString *error);
    /// Writes `project` to `target`: PROJECT itself or another place (-o OUT).
    bool write(const Project &project, const QString &target, QString *error);

private:
    QString m_source;
    PgSnapshot m_snapshot;
};

} // namespace hp::cli
