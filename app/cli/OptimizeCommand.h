#pragma once

#include "CliCommand.h"

namespace hp::cli {

/// `optimize SOURCE --scenario BASE …` — the placement optimizer (docs/rules.md §12.1,
/// docs/cli.md, docs/analysis.md).
class OptimizeCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("optimize"); }
    QString synopsis() const override
    {
        return QStringLiteral("optimize SOURCE --scenario BASE [--workloads a|b] [--from YYYY-MM] [--step PCT] "
                              "[--objective npv|total|risk_adjusted|p90 [--trials N --seed S]] "
                              "[--max-expected-exposure AMOUNT] [--max-gross-exposure AMOUNT] [--no-shortfall] "
                              "[--max-hhi N] [--max-single-homed-pct P] [--min-providers K] [--max-switching AMOUNT] "
                              "[--dual-run N] [--time-limit S] [--threads K] [--save-as NAME] --json");
    }
    QString summary() const override
    {
        return QStringLiteral("Best placement of the chosen workloads from a month on, under constraints; every plan "
                              "evaluated by the exact engine.");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace hp::cli
