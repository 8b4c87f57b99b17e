#pragma once

#include "CliCommand.h"

#include <QLibrary>
#include <QString>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QCoreApplication;
QT_END_NAMESPACE

namespace hp::cli {

/// The `export` command lives in a module, hedgeplan-cli-export.so, that is
/// loaded only when it is needed: it links the chart layer (Qt Charts,
/// Widgets, Svg, OpenGL), about 40 shared libraries that every other command
/// would otherwise load at start-up (docs/performance.md). The module is
/// looked for next to the executable (the build tree), then in the installed
/// layout (<bindir>/../<libdir>/hedgeplan). Its two entry points:
/// - `hp_cli_export_application(int *argc, char **argv)`: the application an
///   `export` with these arguments needs (a QApplication when it draws);
/// - `hp_cli_export_command()`: a new export command, owned by the caller.
class ExportModule {
public:
    static constexpr const char *kApplicationEntry = "hp_cli_export_application";
    static constexpr const char *kCommandEntry = "hp_cli_export_command";
    using ApplicationEntry = QCoreApplication *(*)(int *argc, char **argv);
    using CommandEntry = CliCommand *(*)();

    /// True when the command line is `hedgeplan-cli export …`.
    static bool isExport(int argc, char **argv);
    /// The files tried, in order.
    static QStringList candidates();

    /// Loads the module (once). False with *error naming what was tried and why
    /// it failed. Works before the application object exists.
    bool load(QString *error);
    /// The application `export` needs for argv; nullptr when the module cannot
    /// be loaded (the command then says why).
    QCoreApplication *createApplication(int &argc, char **argv);
    /// A new export command; nullptr with *error when the module cannot be loaded.
    std::unique_ptr<CliCommand> command(QString *error);

private:
    QLibrary m_library;
    ApplicationEntry m_application = nullptr;
    CommandEntry m_command = nullptr;
    QString m_error;
    bool m_tried = false;
};

} // namespace hp::cli
