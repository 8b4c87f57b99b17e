#pragma once

#include "CliCommand.h"

namespace hp::cli {

/// `size-commitment SOURCE --scenario NAME --contract C [--clause K] [--trials N]
/// [--seed S] [--threads T] --json` (docs/rules.md §12.2, docs/cli.md): parses,
/// refuses what cannot be sized with exit 2, and prints CommitmentSizing's answer.
class SizeCommitmentCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("size-commitment"); }
    QString synopsis() const override
    {
        return QStringLiteral("size-commitment SOURCE --scenario NAME --contract C [--clause K] [--trials N] [--seed S] "
                              "[--threads T] --json");
    }
    QString summary() const override
    {
        return QStringLiteral("Expected and P90 total cost, and P(shortfall), of a tiered commitment scaled from 0 % to "
                              "200 % of today's size and to each tier; names the best size.");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace hp::cli
