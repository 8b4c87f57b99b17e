#pragma once

#include "CliCommand.h"

namespace hp::cli {

/// `audit-silicon SOURCE --scenario NAME [--month YYYY-MM] --json`: the
/// silicon audit of docs/rules.md §11.3.
class AuditSiliconCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("audit-silicon"); }
    QString synopsis() const override
    {
        return QStringLiteral("audit-silicon SOURCE --scenario NAME [--month YYYY-MM] --json");
    }
    QString summary() const override
    {
        return QStringLiteral("Per workload: the premium paid over the cheapest offering on another silicon, "
                              "the cost of moving and its payback, as JSON.");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace hp::cli
