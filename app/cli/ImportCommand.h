#pragma once

#include "CliCommand.h"
#include "import/ImportKind.h"

#include <optional>

namespace hp::cli {

/// `import PROJECT FILE…` (docs/rules.md §6, §10): contract registers, FOCUS
/// exports and LiteLLM price maps into a project file or CSV folder, in one
/// transaction; `import-focus` and `import-prices` are the same command with
/// the kind fixed. Exit 0 when every row was imported, 3 when rows were
/// rejected (nothing is written unless --valid-rows), 2 on usage errors and
/// unreadable input, 1 when the project cannot be written.
class ImportCommand : public CliCommand {
public:
    explicit ImportCommand(std::optional<ImportKind> kind = std::nullopt) : m_kind(kind) {}
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams io) override;

private:
    std::optional<ImportKind> m_kind;
};

} // namespace hp::cli
