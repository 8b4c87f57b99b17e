#include "AuditSiliconCommand.h"
#include "CommandRegistry.h"
#include "CompareCommand.h"
#include "CopyCommand.h"
#include "DemoCommand.h"
#include "EvaluateCommand.h"
#include "ExportModule.h"
#include "ExportModuleCommand.h"
#include "GoalSeekCommand.h"
#include "MonteCarloCommand.h"
#include "OptimizeCommand.h"
#include "SizeCommitmentCommand.h"
#include "SensitivityCommand.h"
#include "ImportCommand.h"
#include "ProcessExit.h"
#include "ProcessHeap.h"
#include "ShowCommand.h"
#include "storage/SqliteLibrary.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Fewer, larger page faults for the few megabytes a command allocates.
    hp::cli::ProcessHeap::prepare();
    // No global mutex on SQLite's allocations: a file is read and checked on two threads.
    hp::SqliteLibrary::configure();
    // `export` is a module loaded on demand (the chart layer's libraries); it
    // creates the application it needs (a QApplication when it draws). Every
    // other command runs on a QCoreApplication (docs/performance.md).
    hp::cli::ExportModule exportModule;
    std::unique_ptr<QCoreApplication> app;
    if (hp::cli::ExportModule::isExport(argc, argv))
        app.reset(exportModule.createApplication(argc, argv));
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hedgeplan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEDGEPLAN_VERSION));

    int code = 0;
    {
        QTextStream out(stdout);
        QTextStream err(stderr);
        hp::cli::CommandRegistry registry;
        registry.add(std::make_unique<hp::cli::DemoCommand>());
        registry.add(std::make_unique<hp::cli::EvaluateCommand>());
        registry.add(std::make_unique<hp::cli::ShowCommand>());
        registry.add(std::make_unique<hp::cli::CompareCommand>());
        registry.add(std::make_unique<hp::cli::MonteCarloCommand>());
        registry.add(std::make_unique<hp::cli::SensitivityCommand>());
        registry.add(std::make_unique<hp::cli::GoalSeekCommand>());
        registry.add(std::make_unique<hp::cli::OptimizeCommand>());
        registry.add(std::make_unique<hp::cli::SizeCommitmentCommand>());
        registry.add(std::make_unique<hp::cli::AuditSiliconCommand>());
        registry.add(std::make_unique<hp::cli::ExportModuleCommand>(exportModule));
        registry.add(std::make_unique<hp::cli::ImportCommand>());
        registry.add(std::make_unique<hp::cli::ImportCommand>(hp::ImportKind::Focus));
        registry.add(std::make_unique<hp::cli::ImportCommand>(hp::ImportKind::Prices));
        registry.add(std::make_unique<hp::cli::CopyCommand>());
        code = registry.dispatch(QCoreApplication::arguments(), {out, err});
    } // the streams' files flush what they buffered into the C streams
    // Nothing left to do but free memory (ProcessExit).
    hp::cli::ProcessExit::now(code);
    return code;
}
