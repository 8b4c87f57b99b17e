#include "ExportFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace hp {

ExportFile::ExportFile(const QString &target)
    : m_target(target)
{
    const QFileInfo info(target);
    m_temporary.setFileTemplate(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    if (!info.absoluteDir().exists()) {
        m_error = QStringLiteral("%1: the folder %2 does not exist").arg(target, QDir::toNativeSeparators(info.absolutePath()));
        return;
    }
    if (!m_temporary.open()) {
        m_error = QStringLiteral("%1: cannot create a temporary file: %2").arg(target, m_temporary.errorString());
        return;
    }
    m_temporaryPath = m_temporary.fileName();
    m_temporary.close();
}

bool ExportFile::commit(QString *error)
{
    if (m_temporaryPath.isEmpty()) {
        *error = m_error;
        return false;
    }
    // Exports are documents for people: readable like any file they save,
    // not the temporary file's owner-only mode.
    QFile::setPermissions(m_temporaryPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                               | QFileDevice::ReadOther);
    // POSIX rename() replaces the target atomically; QFile::rename refuses an existing target.
    if (std::rename(QFile::encodeName(m_temporaryPath).constData(), QFile::encodeName(m_target).constData()) != 0) {
        *error = QStringLiteral("%1: cannot replace the file: %2").arg(m_target, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_temporary.setAutoRemove(false);
    return true;
}

bool ExportFile::writeBytes(const QString &target, const QByteArray &bytes, QString *error)
{
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot write: %2").arg(target, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(target, file.errorString());
        return false;
    }
    return true;
}

} // namespace hp
