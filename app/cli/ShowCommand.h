#pragma once

#include "CliCommand.h"

namespace hp::cli {

/// `show SOURCE ENTITY --json`: what the project stores, keyed by CSV column.
class ShowCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("show"); }
    QString synopsis() const override { return QStringLiteral("show SOURCE ENTITY --json"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace hp::cli
