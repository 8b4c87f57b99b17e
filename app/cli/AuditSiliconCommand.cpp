#include "AuditSiliconCommand.h"

#include "CommandLine.h"
#include "ProjectSource.h"
#include "engine/ScenarioEngine.h"
#include "json/ScarcityJson.h"

namespace hp::cli {

int AuditSiliconCommand::run(const QStringList &arguments, CliStreams io)
{
    CommandLine cl(*this, {QStringLiteral("SOURCE")});
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"), QStringLiteral("The scenario to audit."), QStringLiteral("NAME"));
    const QCommandLineOption monthOption(QStringLiteral("month"),
                                         QStringLiteral("The month to audit (default: the horizon's first month)."),
                                         QStringLiteral("YYYY-MM"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON (the only format)."));
    cl.parser().addOption(scenarioOption);
    cl.parser().addOption(monthOption);
    cl.parser().addOption(jsonOption);
    int code = Ok;
    if (!cl.parse(arguments, io, &code))
        return code;
    const QString scenario = cl.parser().value(scenarioOption);
    if (scenario.isEmpty()) {
        io.err << QStringLiteral("hedgeplan-cli audit-silicon: --scenario NAME is required\n");
        return UsageError;
    }
    std::optional<YearMonth> month;
    if (cl.parser().isSet(monthOption)) {
        QString why;
        month = YearMonth::parse(cl.parser().value(monthOption), &why);
        if (!month) {
            io.err << QStringLiteral("hedgeplan-cli audit-silicon: --month: %1\n")
                          .arg(why.isEmpty() ? QStringLiteral("'%1' is not a month YYYY-MM").arg(cl.parser().value(monthOption)) : why);
            return UsageError;
        }
    }

    Project project;
    QString error;
    if (!ProjectSource::load(cl.positional().front(), &project, &error)) {
        io.err << error << '\n';
        return UsageError;
    }
    try {
        const SiliconAudit audit = ScenarioEngine(project).siliconAudit(scenario, month);
        CommandLine::streamJson(io, [&](JsonWriter &w) { ScarcityJson::writeSiliconAudit(w, scenario, audit); });
        return Ok;
    } catch (const EngineError &e) {
        io.err << QStringLiteral("hedgeplan-cli audit-silicon: %1\n").arg(e.message());
        return Failed;
    }
}

} // namespace hp::cli
