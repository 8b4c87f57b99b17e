#pragma once

#include "export/DocumentExporter.h"

#include <QTextStream>

namespace hp::cli {

/// The CLI's `export PROJECT --scenario NAME --format pptx|xlsx|csv -o OUT`:
/// checks the arguments, then writes through hp::DocumentExporter.
/// Writes errors to `err` prefixed "hedgeplan-cli export:"; returns an ExitCode.
int exportDocument(const Project &project, const QString &scenario, const QString &format, const QString &out,
                   QTextStream &err, const DocumentExportOptions &options = {});

} // namespace hp::cli
