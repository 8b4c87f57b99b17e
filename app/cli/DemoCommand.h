#pragma once

#include "CliCommand.h"

namespace hp::cli {

/// `demo OUT`: writes the built-in demo portfolio as a project file (OUT ends
/// in .hedgeplan), a new project in PostgreSQL (OUT is a postgresql:// URI) or
/// as a folder of canonical CSV files.
class DemoCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString synopsis() const override { return QStringLiteral("demo OUT"); }
    QString summary() const override
    {
        return QStringLiteral("Write the demo portfolio: a project file when OUT ends in .hedgeplan, a new database project "
                              "for a postgresql:// URI, else a folder of CSVs.");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace hp::cli
