#include "ProjectSource.h"

#include "canonical/CanonicalCsvReader.h"
#include "postgres/PgProjectStore.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectUri.h"

#include <QFileInfo>

namespace hp::cli {

bool ProjectSource::isDatabase(const QString &source) { return ProjectUri::isUri(source); }

int ProjectSource::exitCodeFor(const StorageError &error)
{
    using Code = StorageError::Code;
    switch (error.code) {
    case Code::Connection:
    case Code::NotFound:
    case Code::NewerVersion:
    case Code::NotAProject:
        return 2;
    default:
        return 1;
    }
}

bool ProjectSource::load(const QString &source, Project *project, QString *error)
{
    if (isDatabase(source)) {
        const auto uri = ProjectUri::parse(source, error);
        if (!uri)
            return false;
        StorageError storageError;
        if (!PgProjectStore::load(*uri, project, &storageError)) {
            *error = storageError.message;
            return false;
        }
        return true;
    }
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
