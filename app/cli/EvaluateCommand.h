#pragma once

#include "CliCommand.h"

namespace hp::cli {

/// `evaluate SOURCE [--scenario NAME] --json`: the figures of docs/rules.md §10.
class EvaluateCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("evaluate"); }
    QString synopsis() const override { return QStringLiteral("evaluate SOURCE [--scenario NAME] --json"); }
    QString summary() const override
    {
        return QStringLiteral("Evaluate a scenario month by month and print the figures as JSON.");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace hp::cli
