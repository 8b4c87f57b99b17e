#include "ExportModuleCommand.h"

#include "ExportModule.h"

namespace hp::cli {

CliCommand *ExportModuleCommand::loaded(QString *error) const
{
    if (!m_command)
        m_command = m_module.command(error);
    else if (error)
        error->clear();
    return m_command.get();
}

QString ExportModuleCommand::synopsis() const
{
    const CliCommand *command = loaded(nullptr);
    return command ? command->synopsis() : QStringLiteral("export …");
}

QString ExportModuleCommand::summary() const
{
    QString error;
    const CliCommand *command = loaded(&error);
    return command ? command->summary() : QStringLiteral("Unavailable: %1.").arg(error);
}

int ExportModuleCommand::run(const QStringList &arguments, CliStreams io)
{
    QString error;
    CliCommand *command = loaded(&error);
    if (!command) {
        io.err << QStringLiteral("hedgeplan-cli export: %1\n").arg(error);
        return Failed;
    }
    return command->run(arguments, io);
}

} // namespace hp::cli
