#include "CopyCommand.h"

#include "CommandLine.h"
#include "ProjectSource.h"
#include "postgres/PgProjectStore.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectUri.h"

#include <QFileInfo>

namespace hp::cli {

int CopyCommand::run(const QStringList &arguments, CliStreams io)
{
    CommandLine cl(*this, {QStringLiteral("SRC"), QStringLiteral("DEST")});
    const QCommandLineOption replace(QStringLiteral("replace"), QStringLiteral("Overwrite DEST when it exists."));
    cl.parser().addOption(replace);
    int code = Ok;
    if (!cl.parse(arguments, io, &code))
        return code;
    const QString source = cl.positional().at(0);
    const QString dest = cl.positional().at(1);
    auto fail = [&](int exitCode, const QString &message) {
        io.err << QStringLiteral("hedgeplan-cli copy: %1\n").arg(message);
        return exitCode;
    };

    std::optional<ProjectUri> destUri;
    if (ProjectSource::isDatabase(dest)) {
        QString message;
        destUri = ProjectUri::parse(dest, &message);
        if (!destUri)
            return fail(UsageError, message);
    } else if (!ProjectSource::isProjectFile(dest)) {
        return fail(UsageError, QStringLiteral("DEST '%1' is neither a .hedgeplan file nor a postgresql://…?project=NAME URI")
                                    .arg(dest));
    }
    if (source == dest
        || (!destUri && !ProjectSource::isDatabase(source) && ProjectFile::resolvedPath(source) == ProjectFile::resolvedPath(dest)))
        return fail(UsageError, QStringLiteral("SRC and DEST are the same project"));

    Project project;
    QString error;
    if (!ProjectSource::load(source, &project, &error))
        return fail(UsageError, error);

    StorageError storageError;
    if (destUri) {
        const auto overwrite = cl.parser().isSet(replace) ? PgProjectStore::Overwrite::Replace : PgProjectStore::Overwrite::Refuse;
        if (!PgProjectStore::write(*destUri, project, overwrite, &storageError))
            return fail(ProjectSource::exitCodeFor(storageError), storageError.message);
    } else {
        if (QFileInfo::exists(dest) && !cl.parser().isSet(replace))
            return fail(Failed, QStringLiteral("'%1' exists already; nothing was written (replace it with --replace)").arg(dest));
        if (!ProjectFile::write(project, dest, &storageError))
            return fail(Failed, storageError.message);
    }
    io.out << QStringLiteral("copied %1 to %2\n").arg(ProjectUri::masked(source), ProjectUri::masked(dest));
    return Ok;
}

} // namespace hp::cli
