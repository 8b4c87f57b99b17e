#pragma once

#include "CliCommand.h"

namespace hp::cli {

/// `show SOURCE ENTITY --json`: what the project stores, keyed by CSV column;
/// `show PROJECT changes --json`: a database project's change log.
class ShowCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("show"); }
    QString synopsis() const override { return QStringLiteral("show SOURCE ENTITY --json"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams io) override;

private:
    /// `show PROJECT changes --json`: the change log of a project in PostgreSQL (docs/rules.md §13).
    static int showChanges(const QString &source, CliStreams io);
};

} // namespace hp::cli
