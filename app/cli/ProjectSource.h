#pragma once

#include "domain/Project.h"
#include "storage/StorageError.h"

#include <QString>

namespace hp::cli {

/// Loads the SOURCE argument of a command: a `.hedgeplan` project file, a
/// folder of canonical CSV files or a project in PostgreSQL
/// (`postgresql://…?project=NAME`, docs/rules.md §13; a URI is never taken for a
/// file name). Problems are written to *error, one per line (each names file,
/// line and column where it can; a URI's password is masked).
class ProjectSource {
public:
    static bool load(const QString &source, Project *project, QString *error);
    static bool isProjectFile(const QString &path) { return path.endsWith(QStringLiteral(".hedgeplan"), Qt::CaseInsensitive); }
    /// `postgresql://` or `postgres://`: a project in a database.
    static bool isDatabase(const QString &source);
    /// The exit code for a failed write: 2 when the place cannot be reached or
    /// read (server, login, database, schema), 1 when it refused the write
    /// (read-only role, existing project, conflict, invalid project).
    static int exitCodeFor(const StorageError &error);
};

} // namespace hp::cli
