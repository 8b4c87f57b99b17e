#include "ProjectSource.h"

#include "io/CanonicalCsvReader.h"
#include "storage/ProjectFile.h"

#include <QFileInfo>

namespace hp::cli {

bool ProjectSource::load(const QString &source, Project *project, QString *error)
{
    const QFileInfo info(source);
    if (!info.exists()) {
        *error = QStringLiteral("%1: no such file or folder").arg(source);
        return false;
    }
    if (info.isDir()) {
        CsvReadResult r = CanonicalCsvReader::readFolder(source);
        if (!r.ok()) {
            QStringList lines;
            for (const ImportError &e : r.errors)
                lines << QStringLiteral("%1/%2").arg(source, e.toString());
            *error = lines.join(QLatin1Char('\n'));
            return false;
        }
        *project = std::move(r.project);
        return true;
    }
    StorageError storageError;
    if (!ProjectFile::load(source, project, &storageError)) {
        *error = storageError.message;
        return false;
    }
    return true;
}

} // namespace hp::cli
