#include "ProjectTarget.h"

#include "ProjectSource.h"
#include "canonical/CanonicalCsvWriter.h"
#include "postgres/PgProjectStore.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectUri.h"

#include <QFileInfo>

namespace hp::cli {

bool ProjectTarget::open(const QString &project, Project *out, bool *isNew, QString *error)
{
    m_source = project;
    m_snapshot = {};
    *isNew = false;
    if (!ProjectSource::isDatabase(project)) {
        if (!QFileInfo::exists(project)) {
            *isNew = true;
            return true;
        }
        return ProjectSource::load(project, out, error);
    }
    const auto uri = ProjectUri::parse(project, error);
    if (!uri)
        return false;
    bool found = false;
    StorageError storageError;
    if (!PgProjectStore::exists(*uri, &found, &storageError)
        || (found && !PgProjectStore::load(*uri, out, &storageError, &m_snapshot))) {
        *error = storageError.message;
        return false;
    }
    *isNew = !found;
    return true;
}

bool ProjectTarget::write(const Project &project, const QString &target, QString *error)
{
    StorageError storageError;
    if (ProjectSource::isDatabase(target)) {
        const auto uri = ProjectUri::parse(target, error);
        if (!uri)
            return false;
        const bool ok = target == m_source
            ? PgProjectStore::save(*uri, project, &m_snapshot, &storageError)
            : PgProjectStore::write(*uri, project, PgProjectStore::Overwrite::Refuse, &storageError);
        if (!ok)
            *error = storageError.message;
        return ok;
    }
    if (ProjectSource::isProjectFile(target)) {
        if (!ProjectFile::write(project, target, &storageError)) {
            *error = storageError.message;
            return false;
        }
        return true;
    }
    return CanonicalCsvWriter::writeFolder(project, target, error);
}

} // namespace hp::cli
