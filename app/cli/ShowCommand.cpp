#include "ShowCommand.h"

#include "CommandLine.h"
#include "ProjectSource.h"
#include "canonical/EntityTable.h"
#include "json/JsonReport.h"
#include "postgres/PgProjectStore.h"
#include "storage/ProjectUri.h"

namespace hp::cli {

QString ShowCommand::summary() const
{
    return QStringLiteral("Print the stored rows of an entity as a JSON array (%1), or a database project's "
                          "change log (changes).")
        .arg(EntityTables::entities().join(QStringLiteral(", ")));
}

int ShowCommand::showChanges(const QString &source, CliStreams io)
{
    if (!ProjectUri::isUri(source)) {
        io.err << QStringLiteral("hedgeplan-cli show: '%1' has no change log: only projects in PostgreSQL "
                                 "(postgresql://…?project=NAME) keep one\n")
                      .arg(source);
        return UsageError;
    }
    QString message;
    const auto uri = ProjectUri::parse(source, &message);
    if (!uri) {
        io.err << message << '\n';
        return UsageError;
    }
    QJsonArray log;
    StorageError error;
    if (!PgProjectStore::changes(*uri, &log, &error)) {
        io.err << error.message << '\n';
        return UsageError;
    }
    CommandLine::printJson(io, QJsonDocument(log));
    return Ok;
}

int ShowCommand::run(const QStringList &arguments, CliStreams io)
{
    CommandLine cl(*this, {QStringLiteral("SOURCE"), QStringLiteral("ENTITY")});
    cl.parser().addOption({QStringLiteral("json"), QStringLiteral("Print JSON (the only format).")});
    int code = Ok;
    if (!cl.parse(arguments, io, &code))
        return code;
    const QString entity = cl.positional().at(1);
    if (entity == u"changes")
        return showChanges(cl.positional().front(), io);
    if (!EntityTables::entities().contains(entity)) {
        io.err << QStringLiteral("hedgeplan-cli show: unknown entity '%1' (one of: %2, changes)\n")
                      .arg(entity, EntityTables::entities().join(QStringLiteral(", ")));
        return UsageError;
    }
    Project project;
    QString error;
    if (!ProjectSource::load(cl.positional().front(), &project, &error)) {
        io.err << error << '\n';
        return UsageError;
    }
    CommandLine::printJson(io, QJsonDocument(JsonReport::table(*EntityTables::build(project, entity))));
    return Ok;
}

} // namespace hp::cli
