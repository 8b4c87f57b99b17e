#pragma once

#include "CliCommand.h"

namespace hp::cli {

/// `montecarlo SOURCE --scenario NAME [--against B] [--trials N] [--seed S]
/// [--threads K] --json` (docs/rules.md §5.7).
class MonteCarloCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("montecarlo"); }
    QString synopsis() const override
    {
        return QStringLiteral("montecarlo SOURCE --scenario NAME [--against B] [--trials N] [--seed S] [--threads K] --json");
    }
    QString summary() const override
    {
        return QStringLiteral("Seeded Monte Carlo over the scenario's uncertainty ranges: P10/P50/P90 and mean of NPV and "
                              "of total cost per month, P(B beats A), share of trials with litigation.");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace hp::cli
