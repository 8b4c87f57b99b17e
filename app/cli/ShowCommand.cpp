#include "ShowCommand.h"

#include "CommandLine.h"
#include "ProjectSource.h"
#include "io/EntityTable.h"
#include "io/JsonReport.h"

namespace hp::cli {

QString ShowCommand::summary() const
{
    return QStringLiteral("Print the stored rows of an entity as a JSON array (%1).")
        .arg(EntityTables::entities().join(QStringLiteral(", ")));
}

int ShowCommand::run(const QStringList &arguments, CliStreams io)
{
    CommandLine cl(*this, {QStringLiteral("SOURCE"), QStringLiteral("ENTITY")});
    cl.parser().addOption({QStringLiteral("json"), QStringLiteral("Print JSON (the only format).")});
    int code = Ok;
    if (!cl.parse(arguments, io, &code))
        return code;
    const QString entity = cl.positional().at(1);
    if (!EntityTables::entities().contains(entity)) {
        io.err << QStringLiteral("hedgeplan-cli show: unknown entity '%1' (one of: %2)\n")
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
