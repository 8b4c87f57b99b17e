#pragma once

#include "domain/Project.h"

#include <QString>

namespace hp::cli {

/// Loads the SOURCE argument of a command: a `.hedgeplan` project file or a
/// folder of canonical CSV files. Problems are written to *error, one per line
/// (each names file, line and column where it can).
class ProjectSource {
public:
    static bool load(const QString &source, Project *project, QString *error);
    static bool isProjectFile(const QString &path) { return path.endsWith(QStringLiteral(".hedgeplan"), Qt::CaseInsensitive); }
};

} // namespace hp::cli
