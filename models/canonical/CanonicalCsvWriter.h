#pragma once

#include "domain/Project.h"

#include <QByteArray>
#include <QString>

#include <map>

namespace hp {

/// Writes a project as a folder of canonical CSV files (the inverse of
/// CanonicalCsvReader; a round trip gives an equal Project).
class CanonicalCsvWriter {
public:
    static std::map<QString, QByteArray> toFiles(const Project &project);
    static bool writeFolder(const Project &project, const QString &dir, QString *error);
};

} // namespace hp
