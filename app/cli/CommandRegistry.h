#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

namespace hp::cli {

/// The subcommands and the top-level dispatch (`--help`, `--version`).
class CommandRegistry {
public:
    void add(std::unique_ptr<CliCommand> command);
    /// `arguments` as from main (program name first).
    int dispatch(const QStringList &arguments, CliStreams io) const;
    QString usage() const;

private:
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace hp::cli
