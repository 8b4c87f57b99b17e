#include "DocumentExport.h"

#include "CliCommand.h"
#include "engine/ScenarioEngine.h"

namespace hp::cli {

int exportDocument(const Project &project, const QString &scenario, const QString &format, const QString &out,
                   QTextStream &err, const DocumentExportOptions &options)
{
    const QString prefix = QStringLiteral("hedgeplan-cli export: ");
    const auto documentFormat = DocumentExporter::parseFormat(format);
    if (!documentFormat) {
        err << prefix << QStringLiteral("unknown format '%1' (pptx, xlsx, csv)\n").arg(format);
        return UsageError;
    }
    if (out.isEmpty()) {
        err << prefix << QStringLiteral("-o OUT is required\n");
        return UsageError;
    }
    if (!project.scenario(scenario)) {
        err << prefix << QStringLiteral("no scenario named '%1'\n").arg(scenario);
        return UsageError;
    }
    QString error;
    bool ok = false;
    try {
        ok = DocumentExporter::write(project, scenario, *documentFormat, out, options, &error);
    } catch (const EngineError &e) {
        err << prefix << e.message() << '\n';
        return Failed;
    }
    if (!ok) {
        err << prefix << error << '\n';
        return Failed;
    }
    return Ok;
}

} // namespace hp::cli
