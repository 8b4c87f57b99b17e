#include "CommandRegistry.h"

namespace hp::cli {

void CommandRegistry::add(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

QString CommandRegistry::usage() const
{
    QString text = QStringLiteral("Usage: hedgeplan-cli COMMAND [ARGS…]\n\n"
                                  "Hedgeplan's headless interface: the same engine as the desktop app.\n"
                                  "SOURCE is a .hedgeplan project file, a folder of canonical CSV files or a project in\n"
                                  "PostgreSQL: postgresql://[user@]host[:port]/dbname?project=NAME (passwords from\n"
                                  "~/.pgpass, PGPASSWORD or a service file).\n\n"
                                  "Commands:\n");
    for (const auto &c : m_commands)
        text += QStringLiteral("  %1\n      %2\n").arg(c->synopsis(), c->summary());
    text += QStringLiteral("\nOptions:\n  -h, --help     this help (COMMAND --help: the command's own)\n"
                           "  -v, --version  the version\n\n"
                           "Exit codes: 0 success, 1 cannot evaluate or write, 2 usage error or unreadable input,\n"
                           "3 import rows rejected.\n");
    return text;
}

int CommandRegistry::dispatch(const QStringList &arguments, CliStreams io) const
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        io.err << usage();
        return UsageError;
    }
    const QString first = args.front();
    if (first == u"-h" || first == u"--help" || first == u"help") {
        io.out << usage();
        return Ok;
    }
    if (first == u"-v" || first == u"--version") {
        io.out << QStringLiteral("hedgeplan-cli %1\n").arg(QStringLiteral(HEDGEPLAN_VERSION));
        return Ok;
    }
    for (const auto &c : m_commands)
        if (c->name() == first)
            return c->run(args, io);
    io.err << QStringLiteral("hedgeplan-cli: unknown command '%1'\n\n").arg(first) << usage();
    return UsageError;
}

} // namespace hp::cli
