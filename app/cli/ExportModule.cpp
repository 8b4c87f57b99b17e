#include "ExportModule.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstring>

namespace hp::cli {

bool ExportModule::isExport(int argc, char **argv) { return argc >= 2 && std::strcmp(argv[1], "export") == 0; }

QStringList ExportModule::candidates()
{
    // The executable's folder without QCoreApplication (the module may have to
    // create the application): Linux's link to the running executable.
    const QString dir = QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).absolutePath();
    const QString file = QStringLiteral("hedgeplan-cli-export.so");
    return {dir + u'/' + file, QFileInfo(dir + QStringLiteral("/" HEDGEPLAN_CLI_MODULE_DIR "/") + file).absoluteFilePath()};
}

bool ExportModule::load(QString *error)
{
    if (!m_tried) {
        m_tried = true;
        QStringList failures;
        for (const QString &path : candidates()) {
            if (!QFileInfo::exists(path)) {
                failures << QStringLiteral("%1: no such file").arg(path);
                continue;
            }
            m_library.setFileName(path);
            if (!m_library.load()) {
                failures << m_library.errorString();
                continue;
            }
            m_application = reinterpret_cast<ApplicationEntry>(m_library.resolve(kApplicationEntry));
            m_command = reinterpret_cast<CommandEntry>(m_library.resolve(kCommandEntry));
            if (m_application && m_command)
                break;
            failures << QStringLiteral("%1: not Hedgeplan's export module (%2)").arg(path, m_library.errorString());
            m_application = nullptr;
            m_command = nullptr;
            m_library.unload();
        }
        if (!m_command)
            m_error = QStringLiteral("the export module cannot be loaded (%1)").arg(failures.join(QStringLiteral("; ")));
    }
    if (!m_command && error)
        *error = m_error;
    return m_command != nullptr;
}

QCoreApplication *ExportModule::createApplication(int &argc, char **argv)
{
    return load(nullptr) ? m_application(&argc, argv) : nullptr;
}

std::unique_ptr<CliCommand> ExportModule::command(QString *error)
{
    if (!load(error))
        return nullptr;
    return std::unique_ptr<CliCommand>(m_command());
}

} // namespace hp::cli
