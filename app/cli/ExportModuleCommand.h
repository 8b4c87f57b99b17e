#pragma once

#include "CliCommand.h"

#include <memory>

namespace hp::cli {

class ExportModule;

/// `export` as the registry sees it: name known up front, everything else
/// (synopsis, summary, run) from the command in the export module, which is
/// loaded the first time one of them is asked for (docs/performance.md).
/// When the module cannot be loaded, the help says so and `export` fails
/// with the reason (exit code 1).
class ExportModuleCommand : public CliCommand {
public:
    explicit ExportModuleCommand(ExportModule &module) : m_module(module) {}
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams io) override;

private:
    /// The module's command; nullptr with *error when it cannot be loaded.
    CliCommand *loaded(QString *error) const;
    ExportModule &m_module;
    mutable std::unique_ptr<CliCommand> m_command;
};

} // namespace hp::cli
