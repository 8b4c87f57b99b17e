#include "CommandRegistry.h"
#include "CompareCommand.h"
#include "DemoCommand.h"
#include "EvaluateCommand.h"
#include "ImportCommand.h"
#include "ShowCommand.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hedgeplan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEDGEPLAN_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    hp::cli::CommandRegistry registry;
    registry.add(std::make_unique<hp::cli::DemoCommand>());
    registry.add(std::make_unique<hp::cli::EvaluateCommand>());
    registry.add(std::make_unique<hp::cli::ShowCommand>());
    registry.add(std::make_unique<hp::cli::CompareCommand>());
    registry.add(std::make_unique<hp::cli::MonteCarloCommand>());
    registry.add(std::make_unique<hp::cli::SensitivityCommand>());
    registry.add(std::make_unique<hp::cli::ImportCommand>());
    registry.add(std::make_unique<hp::cli::ImportCommand>(hp::ImportKind::Focus));
    registry.add(std::make_unique<hp::cli::ImportCommand>(hp::ImportKind::Prices));
    const int code = registry.dispatch(QCoreApplication::arguments(), {out, err});
    out.flush();
    err.flush();
    return code;
}
