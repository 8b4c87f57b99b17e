#include "CommandLine.h"

namespace hp::cli {

CommandLine::CommandLine(const CliCommand &command, const QStringList &positionalNames)
    : m_command(command)
    , m_positional(positionalNames)
    , m_help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."))
{
    m_parser.setApplicationDescription(command.summary());
    m_parser.addOption(m_help);
    for (const QString &name : positionalNames)
        m_parser.addPositionalArgument(name, QString());
}

bool CommandLine::parse(const QStringList &arguments, CliStreams io, int *exitCode)
{
    if (!m_parser.parse(arguments)) {
        io.err << QStringLiteral("hedgeplan-cli %1: %2\nUsage: hedgeplan-cli %3\n")
                      .arg(m_command.name(), m_parser.errorText(), m_command.synopsis());
        *exitCode = UsageError;
        return false;
    }
    if (m_parser.isSet(m_help)) {
        io.out << QStringLiteral("Usage: hedgeplan-cli %1\n\n%2\n").arg(m_command.synopsis(), m_parser.helpText().section(QLatin1Char('\n'), 2));
        *exitCode = Ok;
        return false;
    }
    const QStringList pos = m_parser.positionalArguments();
    if (pos.size() < m_positional.size() || (pos.size() > m_positional.size() && !m_positional.last().endsWith(QStringLiteral("…")))) {
        io.err << QStringLiteral("hedgeplan-cli %1: expected %2\nUsage: hedgeplan-cli %3\n")
                      .arg(m_command.name(), m_positional.join(QLatin1Char(' ')), m_command.synopsis());
        *exitCode = UsageError;
        return false;
    }
    return true;
}

void CommandLine::printJson(CliStreams io, const QJsonDocument &doc)
{
    io.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

void CommandLine::streamJson(CliStreams io, const std::function<void(JsonWriter &)> &write)
{
    io.out.flush();
    if (QIODevice *device = io.out.device()) {
        JsonWriter writer(device);
        write(writer);
        writer.flush();
        return;
    }
    io.out << QString::fromUtf8(JsonWriter::toJson(write));
}

} // namespace hp::cli
