#pragma once

#include "CliCommand.h"

namespace hp::cli {

/// `goalseek SOURCE --scenario NAME --workload W --from YYYY-MM --to OFFERING
/// (--commitment CONTRACT | --exposure-limit AMOUNT [--contract CONTRACT]) --json`
/// (docs/rules.md §5.5).
class GoalSeekCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("goalseek"); }
    QString synopsis() const override
    {
        return QStringLiteral("goalseek SOURCE --scenario NAME --workload W --from YYYY-MM --to OFFERING "
                              "(--commitment CONTRACT | --exposure-limit AMOUNT [--contract CONTRACT]) --json");
    }
    QString summary() const override
    {
        return QStringLiteral("Smallest share moved to an offering that keeps a commitment free of shortfall, or largest "
                              "that keeps expected exposure under a limit (0.1 point).");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace hp::cli
