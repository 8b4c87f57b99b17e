#pragma once

#include "CliCommand.h"

namespace hp::cli {

/// `compare SOURCE A B --json`: two scenarios side by side with deltas and break-even.
class CompareCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("compare"); }
    QString synopsis() const override { return QStringLiteral("compare SOURCE A B --json"); }
    QString summary() const override
    {
        return QStringLiteral("Compare two scenarios month by month: totals, deltas (B − A) and the break-even month.");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

/// `montecarlo SOURCE --scenario NAME [--against B] --trials N --seed S [--threads K] --json`.
class MonteCarloCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("montecarlo"); }
    QString synopsis() const override
    {
        return QStringLiteral("montecarlo SOURCE --scenario NAME [--against B] [--trials N] [--seed S] [--threads K] --json");
    }
    QString summary() const override
    {
        return QStringLiteral("Seeded Monte Carlo over the scenario's uncertainty ranges: P10/P50/P90 and mean of NPV and cost.");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

/// `sensitivity SOURCE --scenario NAME --json`: the tornado of DOMAIN §5.4.
class SensitivityCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("sensitivity"); }
    QString synopsis() const override { return QStringLiteral("sensitivity SOURCE --scenario NAME --json"); }
    QString summary() const override
    {
        return QStringLiteral("Each uncertain input at its low and high value, bars sorted by NPV swing.");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace hp::cli
