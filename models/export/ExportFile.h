#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryFile>

namespace hp {

/// An export written atomically (docs/rules.md §6.4): the data goes to a
/// temporary file next to the target, which is renamed over the target only
/// when complete, so a failed export never leaves a half-written file and
/// never destroys the previous one.
///
/// For libraries that write to a file name themselves (libzip,
/// libxlsxwriter): construct, let the library write temporaryPath(), then
/// commit(). Without commit() the temporary file is removed.
class ExportFile {
public:
    explicit ExportFile(const QString &target);
    ExportFile(const ExportFile &) = delete;
    ExportFile &operator=(const ExportFile &) = delete;

    /// Empty when no temporary file could be created next to the target
    /// (then error() says why).
    QString temporaryPath() const { return m_temporaryPath; }
    QString error() const { return m_error; }
    /// Renames the temporary file over the target; false with *error set.
    bool commit(QString *error);

    /// Writes `bytes` to `target` atomically (QSaveFile).
    static bool writeBytes(const QString &target, const QByteArray &bytes, QString *error);

private:
    QString m_target;
    QTemporaryFile m_temporary;
    QString m_temporaryPath;
    QString m_error;
};

} // namespace hp
