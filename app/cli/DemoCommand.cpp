#include "DemoCommand.h"

#include "CommandLine.h"
#include "ProjectSource.h"
#include "canonical/CanonicalCsvWriter.h"
#include "canonical/DemoPortfolio.h"
#include "postgres/PgProjectStore.h"
#include "storage/ProjectFile.h"

namespace hp::cli {

int DemoCommand::run(const QStringList &arguments, CliStreams io)
{
    CommandLine cl(*this, {QStringLiteral("OUT")});
    int code = Ok;
    if (!cl.parse(arguments, io, &code))
        return code;
    const QString out = cl.positional().front();
    const Project demo = DemoPortfolio::load();
    if (ProjectSource::isDatabase(out)) { // a new project in PostgreSQL; an existing one is kept
        QString message;
        const auto uri = ProjectUri::parse(out, &message);
        if (!uri) {
            io.err << QStringLiteral("hedgeplan-cli demo: %1\n").arg(message);
            return UsageError;
        }
        StorageError error;
        if (!PgProjectStore::write(*uri, demo, PgProjectStore::Overwrite::Refuse, &error)) {
            io.err << QStringLiteral("hedgeplan-cli demo: %1\n").arg(error.message);
            return ProjectSource::exitCodeFor(error);
        }
        return Ok;
    }
    if (ProjectSource::isProjectFile(out)) {
        StorageError error;
        if (!ProjectFile::write(demo, out, &error)) {
            io.err << QStringLiteral("hedgeplan-cli demo: %1\n").arg(error.message);
            return Failed;
        }
        return Ok;
    }
    QString error;
    if (!CanonicalCsvWriter::writeFolder(demo, out, &error)) {
        io.err << QStringLiteral("hedgeplan-cli demo: %1\n").arg(error);
        return Failed;
    }
    return Ok;
}

} // namespace hp::cli
