#pragma once

#include "CliCommand.h"

namespace hp::cli {

/// `export-doc PROJECT --scenario NAME --format pptx|xlsx|csv -o OUT`: the
/// presenters' exports (DocumentExport). Temporary: the lead folds it into
/// `export`, which then calls exportDocument() for these formats.
class ExportDocumentCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("export-doc"); }
    QString synopsis() const override
    {
        return QStringLiteral("export-doc SOURCE --scenario NAME --format pptx|xlsx|csv -o OUT [--trials N --seed S]");
    }
    QString summary() const override
    {
        return QStringLiteral("Write a slide deck, a workbook or CSV tables of one scenario.");
    }
    int run(const QStringList &arguments, CliStreams io) override;
};

} // namespace hp::cli
