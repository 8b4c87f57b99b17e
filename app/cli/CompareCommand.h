#pragma once

#include "CliCommand.h"

namespace hp::cli {

/// `compare SOURCE A B --json`: two scenarios side by side (docs/rules.md §5.2–5.3).
class CompareCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("compare"); }
    QString synopsis() const override { return QStringLiteral("compare SOURCE A B --json"); }
    QString summary() const override
    {
        return QStringLiteral("Compare two scenarios month by month: every series of A and B, deltas (B − A), cumulative "
                              "totals, B's break-even month and which scenario pays back against the other.");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace hp::cli
