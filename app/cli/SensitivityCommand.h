#pragma once

#include "CliCommand.h"

namespace hp::cli {

/// `sensitivity SOURCE --scenario NAME --json`: the tornado of docs/rules.md §5.4.
class SensitivityCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("sensitivity"); }
    QString synopsis() const override { return QStringLiteral("sensitivity SOURCE --scenario NAME --json"); }
    QString summary() const override
    {
        return QStringLiteral("Tornado: each uncertain input at its low and high value, the others at base; bars sorted by NPV swing.");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace hp::cli
