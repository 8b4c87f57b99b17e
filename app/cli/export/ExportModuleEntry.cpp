// The entry points of hedgeplan-cli-export.so (app/cli/ExportModule.h): the
// only symbols the module exports.
#include "ChartExportCommand.h"

#include <QApplication>
#include <QCoreApplication>

extern "C" {

__attribute__((visibility("default"))) QCoreApplication *hp_cli_export_application(int *argc, char **argv)
{
    // Charts draw through QGraphicsScene, which needs a QApplication.
    if (hp::cli::ChartExportCommand::needsGui(*argc, argv)) {
        hp::cli::ChartExportCommand::chooseHeadlessPlatform();
        return new QApplication(*argc, argv);
    }
    return new QCoreApplication(*argc, argv);
}

__attribute__((visibility("default"))) hp::cli::CliCommand *hp_cli_export_command()
{
    return new hp::cli::ChartExportCommand();
}

} // extern "C"
