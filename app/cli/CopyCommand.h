#pragma once

#include "CliCommand.h"

namespace hp::cli {

/// `copy SRC DEST [--replace]`: copies a project between a `.hedgeplan` file
/// and a PostgreSQL database, either way, or database to database (docs/rules.md
/// §13); SRC may also be a folder of canonical CSVs. An existing DEST is kept
/// unless --replace is given; the write is atomic (a file by rename, a
/// database project in one transaction).
class CopyCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("copy"); }
    QString synopsis() const override { return QStringLiteral("copy SRC DEST [--replace]"); }
    QString summary() const override
    {
        return QStringLiteral("Copy a project between a .hedgeplan file and a postgresql://…?project=NAME URI, "
                              "either way (an existing DEST only with --replace).");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace hp::cli
